using System.Collections.Concurrent;
using Bootcamp.IntegrationTests.Support;
using Bootcamp.Web.Features.Exports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bootcamp.IntegrationTests.Exports;

/// <summary>
/// A progress report of many cohorts moves its bar as each batch of cohorts is read, not in one jump: every step the
/// real job reports is heard on its way to the row (the app's own progress writer still writes it).
/// </summary>
public sealed class ExportProgressStepsTests
{
    private sealed class HeardProgress(IExportProgress inner, ConcurrentQueue<(int Percent, string Text)> heard) : IExportProgress
    {
        public async Task ReportAsync(Guid fileId, int percent, string text, CancellationToken cancellationToken)
        {
            heard.Enqueue((percent, text));
            await inner.ReportAsync(fileId, percent, text, cancellationToken);
        }
    }

    [Test]
    public async Task A_workbook_of_every_cohort_reports_each_batch_of_cohorts_read_with_a_rising_percent()
    {
        var heard = new ConcurrentQueue<(int Percent, string Text)>();
        await using var app = new BootcampApp
        {
            TestServices = services =>
            {
                services.RemoveAll<IExportProgress>();
                services.AddScoped<IExportProgress>(sp => new HeardProgress(new ExportProgressWriter(sp.GetRequiredService<IServiceScopeFactory>()), heard));
            },
        };
        var asOf = new DateOnly(2026, 6, 3);
        var (adminId, started) = await app.WithDbAsync(async db => (
            await db.Users.Where(u => u.Email == BootcampApp.Admin).Select(u => u.Id).SingleAsync(),
            await db.Cohorts.CountAsync(c => c.StartDate <= asOf)));
        Assert.That(started, Is.GreaterThan(5), "the demo network has more cohorts than one batch");
        Guid id;
        await using (var scope = app.Services.CreateAsyncScope())
            id = (await scope.ServiceProvider.GetRequiredService<BackgroundExports>()
                .EnqueueAsync(adminId, new ExportRequest(ExportKinds.Progress, "xlsx", [], true, asOf), CancellationToken.None)).Id;

        var done = await BackgroundExportWaits.FinishedAsync(app, id);

        Assert.That(done.Status, Is.EqualTo(ExportStatus.Done), done.FailureReason);
        var steps = heard.ToList();
        var reading = steps.Where(s => s.Text.StartsWith("Read the figures of ", StringComparison.Ordinal)).ToList();
        Assert.That(reading.Select(s => s.Text), Is.EqualTo(Enumerable.Range(1, (started + 4) / 5)
            .Select(batch => $"Read the figures of {Math.Min(5 * batch, started)} of {started} cohorts")));
        Assert.That(steps.Select(s => s.Percent), Is.Ordered.Ascending, "the bar only moves forward");
        Assert.That(reading[0].Percent, Is.GreaterThan(5).And.LessThan(70));
        Assert.That(reading[^1].Percent, Is.EqualTo(70));
        Assert.That(steps[^1].Text, Is.EqualTo("Writing the workbook"));
    }
}
