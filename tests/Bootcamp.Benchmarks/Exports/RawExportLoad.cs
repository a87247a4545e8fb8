using System.Diagnostics;
using Bootcamp.Benchmarks.Support;
using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Logging;
using Bootcamp.Domain.Scheduling;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Exports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.Benchmarks.Exports;

/// <summary>
/// Issue 11, the raw export: a Berlin cohort of 200 learners with 300,000 exercise log rows and 200,000 attendance
/// marks, exported by the real background job (Berlin staff's scope, the query's async stream, the writer, the
/// progress reports) to CSV and to a workbook. Reports rows per second, the bytes the run allocated, and the peak of
/// the managed heap and of the working set sampled during the run, against the same before it started: a flat
/// memory line is the point.
/// </summary>
public static class RawExportLoad
{
    private const string Area = "exports";
    private const int Learners = 200;
    private const int SessionsCount = 1_000;
    private const int DaysPerLearner = 1_500;

    public static async Task<IReadOnlyList<Figure>> RunAsync()
    {
        Console.WriteLine($"// Exports: the raw export of {Learners * (SessionsCount + DaysPerLearner):N0} rows to CSV and to a workbook, through the job");
        using var app = BenchApp.Start();
        var seeding = Stopwatch.StartNew();
        var rows = await SeedAsync(app);
        Console.WriteLine($"// {rows:N0} rows in Berlin's scope, seeded in {seeding.Elapsed.TotalSeconds:0} s");
        var figures = new List<Figure>();
        foreach (var format in new[] { "csv", "xlsx" })
            figures.Add(await MeasureAsync(app, format, rows));
        return figures;
    }

    private static async Task<Figure> MeasureAsync(BenchApp app, string format, long rows)
    {
        Guid id = default;
        await app.WithDbAsync(async db =>
        {
            var staff = await db.Users.Where(u => u.Email == BenchApp.Staff).Select(u => u.Id).SingleAsync();
            await using var scope = app.Services.CreateAsyncScope();
            var (file, _) = await scope.ServiceProvider.GetRequiredService<ExportFileWriter>()
                .CreateAsync(staff, new ExportRequest(ExportKinds.Raw, format, [], true, null), CancellationToken.None);
            id = file.Id;
        });
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var setBefore = process.WorkingSet64;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        long heapPeak = heapBefore, setPeak = setBefore;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                process.Refresh();
                heapPeak = Math.Max(heapPeak, GC.GetTotalMemory(forceFullCollection: false));
                setPeak = Math.Max(setPeak, process.WorkingSet64);
                await Task.Delay(25);
            }
        });
        var watch = Stopwatch.StartNew();
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<ExportJob>().RunAsync(id, CancellationToken.None);
        var seconds = watch.Elapsed.TotalSeconds;
        await sampling.CancelAsync();
        await sampler;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        ExportFile? done = null;
        await app.WithDbAsync(async db => done = await db.ExportFiles.AsNoTracking().SingleAsync(f => f.Id == id));
        const double MB = 1024 * 1024;
        if (done!.Status != ExportStatus.Done)
            return new Figure(Area, $"raw export {format}, {rows:N0} rows", "failed", done.FailureReason ?? "");
        return new Figure(Area, $"raw export {format}, {rows:N0} rows", $"{rows / seconds:N0} rows/s",
            $"{seconds:0.0} s, {done.SizeBytes / MB:0} MB file, {allocated / MB:N0} MB allocated, managed heap {heapBefore / MB:0} -> peak {heapPeak / MB:0} MB, "
            + $"working set {setBefore / MB:0} -> peak {setPeak / MB:0} MB");
    }

    /// <summary>The bench cohort and its rows, bulk-inserted in one transaction; returns every row Berlin staff may export.</summary>
    private static async Task<long> SeedAsync(BenchApp app)
    {
        long total = 0;
        await app.WithDbAsync(async db =>
        {
            var centre = await db.Centres.SingleAsync(c => c.Name == "Berlin Kreuzberg");
            var programme = await db.Programmes.Include(p => p.Modules).SingleAsync(p => p.Code == "FSW");
            var modules = programme.Modules.OrderBy(m => m.Position).Select(m => m.Id).ToList();
            var start = new DateOnly(2022, 1, 3);
            var cohort = new Cohort("BER-FSW-RAW", programme.Id, centre.Id, start, Learners,
                [new LectureSlot(DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(12, 0))]);
            db.Cohorts.Add(cohort);
            var learners = Enumerable.Range(1, Learners).Select(i => new Learner($"Raw{i:000}", $"Learner{i:000}", $"raw.learner{i:000}@example.org", null)).ToList();
            db.Learners.AddRange(learners);
            await db.SaveChangesAsync();
            db.Enrolments.AddRange(learners.Select(l => new Enrolment(cohort.Id, l.Id, start)));
            var sessions = Enumerable.Range(0, SessionsCount).Select(i =>
            {
                var at = start.AddDays(i).ToDateTime(new TimeOnly(8, 0), DateTimeKind.Utc);
                return new LectureSession(cohort.Id, modules[i * modules.Count / SessionsCount], $"Topic {i}", at, at.AddHours(3), null, null);
            }).ToList();
            db.Sessions.AddRange(sessions);
            await db.SaveChangesAsync();

            await using var transaction = await db.Database.BeginTransactionAsync();
            var statuses = new[] { AttendanceStatus.Present, AttendanceStatus.Present, AttendanceStatus.Late, AttendanceStatus.Absent };
            var recorded = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            foreach (var chunk in sessions.Chunk(100))
            {
                await BulkInsert.RunAsync(db, [.. chunk.SelectMany((s, si) => learners.Select((l, li) =>
                    new Attendance(s.Id, l.Id, statuses[(si + li) % statuses.Length], null, "bench", recorded)))], CancellationToken.None);
            }
            foreach (var learner in learners)
            {
                await BulkInsert.RunAsync(db, [.. Enumerable.Range(0, DaysPerLearner).Select(d => new ExerciseLog(cohort.Id, learner.Id,
                    modules[d * modules.Count / DaysPerLearner], start.AddDays(d), 15 * (1 + d % 16), d % 3 == 0 ? ExerciseKind.Group : ExerciseKind.Solo,
                    null, null, "Lab exercises, \"pairs\"", "bench", recorded))], CancellationToken.None);
            }
            await transaction.CommitAsync();
            var berlin = db.Cohorts.Where(c => c.CentreId == centre.Id).Select(c => c.Id);
            total = await db.ExerciseLogs.CountAsync(e => berlin.Contains(e.CohortId))
                + await db.Attendance.CountAsync(a => db.Sessions.Any(s => s.Id == a.SessionId && berlin.Contains(s.CohortId)));
        });
        return total;
    }
}
