using System.Diagnostics;
using System.Globalization;
using Bootcamp.Benchmarks.Logging;
using Bootcamp.Benchmarks.Support;
using Bootcamp.Web.Features.Exports;

namespace Bootcamp.Benchmarks.Exports;

/// <summary>
/// Issue 11, the progress workbook: the 30-learner, 40-week cohort's workbook downloaded through the real app (scope,
/// the progress engine as of a day, SpreadCheetah), under 1 s; and the renderer over plain rows for 5,000 learners (a
/// partner's month-end selection: 30 weeks, 120 lectures held), under 10 s, with the memory it allocated and the
/// process's peak working set.
/// </summary>
public static class WorkbookLoad
{
    private const string Area = "exports";
    private const int Downloads = 5;
    private const int LargeSelection = 5_000;
    private const int Lectures = 120;
    private const int Weeks = 30;

    public static async Task<IReadOnlyList<Figure>> RunAsync()
    {
        Console.WriteLine("// Exports: the progress workbook of a 30-learner cohort through the app, then the renderer for 5,000 learners");
        using var app = BenchApp.Start();
        var world = await LoggingWorld.BuildAsync(app);
        using var staff = await app.SignInAsync(BenchApp.Staff, "/Exports");
        var asOf = world.Days[^1].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var url = $"/Exports/Progress?cohortIds={world.CohortId}&asOf={asOf}&format=xlsx";
        var times = new List<double>();
        var failed = 0;
        long size = 0;
        for (var i = 0; i <= Downloads; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await staff.Http.GetAsync(url);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            if (i == 0)
                continue;
            times.Add(watch.Elapsed.TotalMilliseconds);
            size = bytes.Length;
            if (!response.IsSuccessStatusCode || !bytes.AsSpan(0, 2).SequenceEqual("PK"u8))
                failed++;
        }
        times.Sort();
        var median = times[times.Count / 2];

        var report = Report(LargeSelection);
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var large = Stopwatch.StartNew();
        var file = await ProgressWorkbook.RenderAsync(report, CancellationToken.None);
        var seconds = large.Elapsed.TotalSeconds;
        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (1024 * 1024);
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024);
        return
        [
            new(Area, "progress workbook download, 30 learners, median", $"{median:0} ms",
                $"{size / 1024} KB, {failed} failed; target < 1 s {(median < 1000 && failed == 0 ? "met" : "MISSED")}"),
            new(Area, $"progress workbook render, {LargeSelection:N0} learners", $"{seconds:0.0} s",
                $"{file.Length / 1024} KB, {allocated:N0} MB allocated, peak working set {peak:N0} MB; target < 10 s {(seconds < 10 ? "met" : "MISSED")}"),
        ];
    }

    /// <summary>The report's five sheets for <paramref name="learners"/> learners in cohorts of 30, as the report query makes them.</summary>
    private static ProgressReport Report(int learners)
    {
        var cohorts = learners / 30;
        var start = new DateOnly(2026, 1, 5);
        var lectureColumns = Enumerable.Range(0, Lectures).Select(i => $"{start.AddDays(i / 4 * 7 + i % 4):yyyy-MM-dd} 09:00").ToList();
        var weekColumns = Enumerable.Range(0, Weeks).Select(i => start.AddDays(7 * i)).ToList();
        string Code(int c) => $"BER-FSW-{c:000}";
        string Name(int l) => $"Learner {l:00000} Example";
        var summary = Enumerable.Range(0, cohorts).Select(c => (object?[])[Code(c), "Full-Stack Web Developer", "Berlin Kreuzberg", "Active", start, start.AddDays(270),
            30, 28, 2, 0.87m, 3000.5m, 3300m, 0.91m, 4, 0.85m, null]).ToList();
        var rows = Enumerable.Range(0, learners).Select(l => (object?[])[Code(l / 30), Name(l), "Enrolled", start, null, 100, 115, 3, 0.89m,
            150.25m, 60.5m, 210.75m, 220m, 400m, "2 of 3 passed", "met", "3 of 6", l % 7 == 0 ? "yes" : "no",
            l % 7 == 0 ? "On pace for 380 h by 30 Sep 2026, needs 400 h (210.75 h logged, 220 h planned since enrolment)." : ""]).ToList();
        var marks = new[] { "P", "P", "P", "L", "A", "P", "E", "P" };
        return new ProgressReport("Progress report", new(2026, 7, 31), "benchmark", DateTime.UtcNow,
        [
            new(ProgressReportQuery.Summary, [.. Enumerable.Range(0, 16).Select(i => new ReportColumn($"S{i}", i switch
            {
                4 or 5 => ReportKind.Date, 9 or 12 or 14 or 15 => ReportKind.Rate, 10 or 11 => ReportKind.Hours, >= 6 => ReportKind.Count, _ => ReportKind.Text,
            }))], summary),
            new(ProgressReportQuery.Learners, [.. Enumerable.Range(0, 19).Select(i => new ReportColumn($"L{i}", i switch
            {
                3 or 4 => ReportKind.Date, 5 or 6 or 7 => ReportKind.Count, 8 => ReportKind.Rate, >= 9 and <= 13 => ReportKind.Hours, _ => ReportKind.Text,
            }))], rows),
            new(ProgressReportQuery.Attendance, [new("Cohort", ReportKind.Text), new("Learner", ReportKind.Text), .. lectureColumns.Select(c => new ReportColumn(c, ReportKind.Text))],
                [.. Enumerable.Range(0, learners).Select(l => (object?[])[Code(l / 30), Name(l), .. lectureColumns.Select((_, i) => (object?)marks[(l + i) % marks.Length])])]),
            new(ProgressReportQuery.HoursByWeek, [new("Cohort", ReportKind.Text), new("Learner", ReportKind.Text), .. weekColumns.Select(w => new ReportColumn($"Week of {w:yyyy-MM-dd}", ReportKind.Hours))],
                [.. Enumerable.Range(0, learners).Select(l => (object?[])[Code(l / 30), Name(l), .. weekColumns.Select((_, i) => (object?)((l + i) % 12 + 0.25m))])]),
            new(ProgressReportQuery.Milestones, [new("Cohort", ReportKind.Text), new("Learner", ReportKind.Text), new("Enrolled on", ReportKind.Date), new("Qualifying start", ReportKind.Date),
                new("Completed on", ReportKind.Date), new("Completion", ReportKind.Text), new("Outcome", ReportKind.Text), new("Outcome date", ReportKind.Date), new("Employer or course", ReportKind.Text)],
                [.. Enumerable.Range(0, learners).Select(l => (object?[])[Code(l / 30), Name(l), start, start.AddDays(11), null, null, null, null, null])]),
        ]);
    }
}
