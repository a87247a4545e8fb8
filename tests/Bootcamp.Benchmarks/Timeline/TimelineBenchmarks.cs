using System.Net;
using BenchmarkDotNet.Attributes;
using Bootcamp.Benchmarks.Support;
using Bootcamp.Domain.Centres;
using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Programmes;

namespace Bootcamp.Benchmarks.Timeline;

/// <summary>
/// Issue 3, Speed: the network timeline page rendered over loopback by the real app, its SQLite file holding 100
/// centres, 40 programmes and 2,000 cohorts (on top of the demo data, whose admin account opens the page).
/// </summary>
[MemoryDiagnoser]
public class TimelineBenchmarks
{
    public const int Centres = 100;
    public const int Programmes = 40;
    public const int Cohorts = 2_000;
    private static readonly string[] Zones = ["Europe/Berlin", "Europe/Lisbon", "America/Toronto", "Europe/London", "Asia/Singapore"];
    private BenchApp _app = null!;
    private SignedInClient _admin = null!;

    [GlobalSetup]
    public void Setup()
    {
        _app = BenchApp.Start();
        _app.WithDbAsync(async db =>
        {
            var centres = Enumerable.Range(1, Centres)
                .Select(i => new TrainingCentre($"Bench centre {i:000}", $"City {i:000}", "DE", Zones[i % Zones.Length], null)).ToList();
            var programmes = Enumerable.Range(1, Programmes)
                .Select(i => new Programme($"B{i:00}", $"Bench programme {i:00}", "Bench", 26 + i % 14, "A programme for the benchmark.")).ToList();
            db.Centres.AddRange(centres);
            db.Programmes.AddRange(programmes);
            await db.SaveChangesAsync();

            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var pattern = new[] { new LectureSlot(DayOfWeek.Monday, new TimeOnly(17, 30), new TimeOnly(21, 0)) };
            var random = new Random(2_000);
            for (var i = 0; i < Cohorts; i++)
            {
                var programme = programmes[random.Next(Programmes)];
                var start = today.AddDays(random.Next(-540, 360));
                var cohort = new Cohort($"BENCH-{i:0000}", programme.Id, centres[i % Centres].Id, start, 24, pattern);
                if (i % 3 != 0)
                    cohort.SetEndDate(start.AddDays(programme.DurationWeeks * 7));
                cohort.ChangeStatus(start > today ? CohortStatus.Planned : CohortStatus.Active);
                db.Cohorts.Add(cohort);
            }
            await db.SaveChangesAsync();
        }).GetAwaiter().GetResult();
        _admin = _app.SignInAsync(BenchApp.Admin, "/Schedule/Timeline").GetAwaiter().GetResult();
    }

    [Benchmark(Description = "Network timeline, 2,000 cohorts in 100 centres (GET over loopback)")]
    public async Task<int> Render()
    {
        using var response = await _admin.Http.GetAsync("/Schedule/Timeline");
        var html = await response.Content.ReadAsStringAsync();
        return response.StatusCode == HttpStatusCode.OK ? html.Length : throw new InvalidOperationException($"Timeline answered {response.StatusCode}");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _admin.Dispose();
        _app.Dispose();
    }
}
