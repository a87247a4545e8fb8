using System.Diagnostics;
using System.Globalization;
using Bootcamp.Benchmarks.Logging;
using Bootcamp.Benchmarks.Support;
using Bootcamp.Web.Features.Graduation;

namespace Bootcamp.Benchmarks.Documents;

/// <summary>
/// Issue 10, documents: the cohort graduation report for the 30-learner, 40-week cohort downloaded through the real
/// app (scope, progress engine, graduation engine and PDF renderer together), and the renderer's scaling from N to
/// 20 x N learners over plain rows: time(20 x N) / time(N) must stay at or under 25, so a long report costs pages, not
/// a quadratic layout.
/// </summary>
public static class DocumentLoad
{
    private const string Area = "documents";
    private const int Downloads = 10;
    private const int SmallCohort = 30;
    private const int Renders = 7;
    private const int WarmUps = 3;

    private static readonly string[] FirstNames =
        ["Amara", "Jonas", "Leila", "Mateus", "Sofia", "Tomasz", "Ines", "Kwame", "Yuki", "Elif", "Rafael", "Hannah", "Omar", "Priya", "Lukas"];
    private static readonly string[] LastNames =
        ["Okafor", "Schneider", "Haddad", "Ferreira", "Novak", "Kowalski", "Almeida", "Mensah", "Tanaka", "Yilmaz", "Costa", "Becker", "Farouk", "Raman"];

    public static async Task<IReadOnlyList<Figure>> RunAsync()
    {
        Console.WriteLine("// Documents: the graduation report of a 30-learner cohort with 40 weeks of history, then the renderer from 30 to 600 learners");
        using var app = BenchApp.Start();
        var world = await LoggingWorld.BuildAsync(app);
        var board = $"/Graduation/Cohort/{world.CohortId}";
        using var staff = await app.SignInAsync(BenchApp.Staff, board);
        var download = await TimeAsync(Downloads, async () =>
        {
            using var response = await staff.Http.GetAsync($"{board}/Report");
            var bytes = await response.Content.ReadAsByteArrayAsync();
            return response.IsSuccessStatusCode && bytes.AsSpan(0, 4).SequenceEqual("%PDF"u8);
        });

        var small = Rows(SmallCohort);
        var large = Rows(SmallCohort * 20);
        var smallPdf = GraduationReport.Render(small);
        var largePdf = GraduationReport.Render(large);
        var (smallTime, largeTime) = Alternating(() => GraduationReport.Render(small), () => GraduationReport.Render(large));
        var ratio = largeTime / smallTime;

        return
        [
            new(Area, "cohort report download, 30 learners, median", Ms(download.Median),
                $"p95 {Ms(download.P95)}, {download.Failed} failed; target < 1 s {(download.Median < 1000 && download.Failed == 0 ? "met" : "MISSED")}"),
            new(Area, $"report render, {SmallCohort} learners, median", Ms(smallTime), $"{smallPdf.Length / 1024} KB"),
            new(Area, $"report render, {SmallCohort * 20} learners, median", Ms(largeTime), $"{largePdf.Length / 1024} KB"),
            new(Area, "time(20 x N) / time(N)", ratio.ToString("0.0", CultureInfo.InvariantCulture), ratio <= 25 ? "target <= 25 met" : "ABOVE the 25 target"),
        ];
    }

    private static string Ms(double milliseconds) => $"{milliseconds:0} ms";

    /// <summary>A finished cohort's report rows as the report builder makes them, for <paramref name="count"/> learners.</summary>
    private static GraduationReportRows Rows(int count)
    {
        var learners = Enumerable.Range(0, count).Select(i =>
        {
            var met = i % 5 != 0;
            return new GraduationReportRow(
                $"{FirstNames[i % FirstNames.Length]} {LastNames[i / FirstNames.Length % LastNames.Length]}",
                met ? $"{88 + i % 10}% (Met)" : "71% (Not met)",
                $"{300 + i % 40}.50", $"{100 + i % 25}.25", $"{400 + i % 60}.75",
                met ? "3 of 3 passed" : "2 of 3 passed", met ? "Met" : "Not met", $"{(met ? 6 : 4)} of 6",
                met ? "6 of 6" : "4 of 6",
                met ? "Graduated on 30 Jan 2026" : "Not graduated on 30 Jan 2026",
                i % 17 == 0 ? "Long illness with medical certificate; project work made up in February" : "");
        }).ToList();
        var totals = new GraduationReportRow($"Total: {count} learners", "", "", "", "", "", "", "", "", "", "");
        return new GraduationReportRows("BER-FSW-09", "Full-Stack Web Developer (FSW)", "Berlin Kreuzberg", "Europe/Berlin",
            "5 Jan 2026 – 30 Sep 2026", "Completed", "2 Oct 2026", "Criteria version 1, the programme's first",
            [("Attendance", "at least 80% of held lectures"), ("Exercise hours", "at least 400 h"), ("Group work", "at least 25% of exercise")],
            learners, totals);
    }

    /// <summary>
    /// Medians of both renders taken in alternating rounds after warm-up rounds (the JIT's tiers settle in the first
    /// ones), so both sizes see the same machine: it is shared, and its load moves.
    /// </summary>
    private static (double Small, double Large) Alternating(Func<byte[]> small, Func<byte[]> large)
    {
        var smallTimes = new List<double>();
        var largeTimes = new List<double>();
        for (var round = 0; round < WarmUps + Renders; round++)
        {
            var s = Time(small);
            var l = Time(large);
            if (round < WarmUps)
                continue;
            smallTimes.Add(s);
            largeTimes.Add(l);
        }
        return (Median(smallTimes), Median(largeTimes));
    }

    private static double Time(Func<byte[]> render)
    {
        var watch = Stopwatch.StartNew();
        render();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> times)
    {
        times.Sort();
        return times[times.Count / 2];
    }

    private static async Task<(double Median, double P95, int Failed)> TimeAsync(int runs, Func<Task<bool>> request)
    {
        await request();
        var times = new List<double>();
        var failed = 0;
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            if (!await request())
                failed++;
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return (times[times.Count / 2], times[(int)Math.Ceiling(times.Count * 0.95) - 1], failed);
    }
}
