using System.Text;
using Bootcamp.IntegrationTests.Support;
using Bootcamp.Web.Features.Exports;
using Bootcamp.Web.Infrastructure.Csv;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Bootcamp.IntegrationTests.Exports;

/// <summary>
/// A background export survives the app stopping half-way (issue 11): an app with a real Hangfire server on SQLite job
/// storage starts the admin's raw export, which is held after its first 10,000 rows as if the process hung; the app is
/// stopped without waiting for it, a second app starts on the same database, job storage and exports folder, picks the
/// job up once its invisibility time-out has passed, and finishes it: one row, done, one complete file. When the first
/// run wakes up afterwards it changes nothing.
/// </summary>
public sealed class ExportRestartTests
{
    /// <summary>Where the first app's job waits, never hearing the shutdown (a hung worker does not).</summary>
    private sealed class Gate
    {
        public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class GatedProgress(IExportProgress inner, Gate gate) : IExportProgress
    {
        public async Task ReportAsync(Guid fileId, int percent, string text, CancellationToken cancellationToken)
        {
            await inner.ReportAsync(fileId, percent, text, cancellationToken);
            if (text.EndsWith("rows written", StringComparison.Ordinal) && gate.Reached.TrySetResult())
                await gate.Release.Task;
        }
    }

    /// <summary>
    /// Stops an app whose job hangs: the host waits a second for its hosted services (the Hangfire server) and gives
    /// up on the worker, as a process that is killed would. The hung job is left where it is.
    /// </summary>
    private static async Task StopWithoutWaitingAsync(BootcampApp app)
    {
        try
        {
            await app.DisposeAsync();
        }
        catch (OperationCanceledException)
        {
            // The host's shutdown time-out passed while the job still ran.
        }
    }

    [Test]
    public async Task A_job_cut_off_by_a_restart_is_finished_once_by_the_next_app()
    {
        var jobs = Path.Combine(Path.GetTempPath(), $"bootcamp-jobs-{Guid.NewGuid():N}.db");
        var settings = new Dictionary<string, string>
        {
            ["Jobs:File"] = jobs,
            ["Jobs:PollSeconds"] = "0.2",
            ["Jobs:InvisibilitySeconds"] = "4",
            ["Jobs:Workers"] = "1",
        };
        var gate = new Gate();
        var first = new BootcampApp(settings: settings)
        {
            TestServices = services =>
            {
                services.RemoveAll<IExportProgress>();
                services.AddScoped<IExportProgress>(sp => new GatedProgress(new ExportProgressWriter(sp.GetRequiredService<IServiceScopeFactory>()), gate));
                services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(1));
            },
        };
        try
        {
            var adminId = await first.WithDbAsync(db => db.Users.Where(u => u.Email == BootcampApp.Admin).Select(u => u.Id).SingleAsync());
            Guid id;
            await using (var scope = first.Services.CreateAsyncScope())
                id = (await scope.ServiceProvider.GetRequiredService<BackgroundExports>().EnqueueAsync(adminId, new ExportRequest(ExportKinds.Raw, "csv", [], true, null), CancellationToken.None)).Id;
            await gate.Reached.Task.WaitAsync(BackgroundExportWaits.Patience);
            var partWhenCut = Directory.GetFiles(first.ExportsFolder, $"{id:N}.*.part").Single();
            var cutOff = await first.WithDbAsync(db => db.ExportFiles.AsNoTracking().SingleAsync(f => f.Id == id));

            await StopWithoutWaitingAsync(first);
            using var second = BootcampApp.Restart(first, settings);
            var done = await BackgroundExportWaits.FinishedAsync(second, id);
            var expected = await second.WithDbAsync(async db => await db.ExerciseLogs.CountAsync() + await db.Attendance.CountAsync());
            var final = Path.Combine(first.ExportsFolder, $"{id:N}.csv");
            var rows = CsvText.Read(Encoding.UTF8.GetString(await File.ReadAllBytesAsync(final))).Records.Count - 1;
            var bytes = await File.ReadAllBytesAsync(final);

            gate.Release.SetResult();
            await BackgroundExportWaits.UntilAsync(() => Task.FromResult(!File.Exists(partWhenCut)));
            var after = await second.WithDbAsync(db => db.ExportFiles.AsNoTracking().SingleAsync(f => f.Id == id));

            using (Assert.EnterMultipleScope())
            {
                Assert.That(cutOff.Status, Is.EqualTo(ExportStatus.Running));
                Assert.That(cutOff.ProgressText, Is.EqualTo($"10,000 of {expected:N0} rows written"));
                Assert.That(done.Status, Is.EqualTo(ExportStatus.Done), done.FailureReason);
                Assert.That(done.Runs, Is.GreaterThanOrEqualTo(2), "the second app ran it again");
                Assert.That(rows, Is.EqualTo(expected));
                Assert.That(await second.WithDbAsync(db => db.ExportFiles.CountAsync()), Is.EqualTo(1));
                Assert.That(Directory.GetFiles(first.ExportsFolder), Is.EqualTo(new[] { final }));
                Assert.That(after.Status, Is.EqualTo(ExportStatus.Done));
                Assert.That(after.FinishedAtUtc, Is.EqualTo(done.FinishedAtUtc));
                Assert.That(after.SizeBytes, Is.EqualTo(done.SizeBytes));
                Assert.That(await File.ReadAllBytesAsync(final), Is.EqualTo(bytes));
            }
        }
        finally
        {
            gate.Release.TrySetResult();
            await StopWithoutWaitingAsync(first);
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                File.Delete(jobs + suffix);
        }
    }
}
