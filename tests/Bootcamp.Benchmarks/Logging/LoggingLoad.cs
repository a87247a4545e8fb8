using System.Diagnostics;
using System.Globalization;
using System.Net;
using Bootcamp.Benchmarks.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Benchmarks.Logging;

/// <summary>
/// Issue 4, Speed: the cohort page and a weekly grid save as requests per second through the real app (EF Core)
/// and through the raw ADO.NET counterpart in the same process, taken in alternating rounds so both see the same
/// machine; then single hour entries posted by 8 concurrent writers. Everything is bounded in count and time and
/// goes over loopback to Kestrel on a SQLite file.
/// </summary>
public static class LoggingLoad
{
    private const int Rounds = 3;
    private const int Writers = 8;
    private const int EntriesPerWriter = 200;
    private const string Area = "logging";
    private static readonly TimeSpan RoundLength = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan WriterLimit = TimeSpan.FromSeconds(60);

    public static async Task<IReadOnlyList<Figure>> RunAsync()
    {
        Console.WriteLine("// Logging: starting the app on a SQLite file and building a cohort with 30 learners and 40 weeks of history");
        using var app = BenchApp.Start();
        var world = await LoggingWorld.BuildAsync(app);
        var weekPage = $"/ExerciseHours/Cohorts/{world.CohortId}/Week";
        using var staff = await app.SignInAsync(BenchApp.Staff, weekPage);
        var nextWeek = 0;

        Task<bool> EfPage() => GetAsync(staff, $"/Cohorts/Details/{world.CohortId}");
        Task<bool> RawPage() => GetAsync(staff, $"/bench/raw/cohorts/{world.CohortId}");
        Task<bool> EfSave() => SaveWeekAsync(staff, weekPage, world.LearnerIds, world.FirstModuleId, world.Mondays[nextWeek++ % world.Mondays.Count]);
        Task<bool> RawSave() => SaveWeekAsync(staff, $"/bench/raw/cohorts/{world.CohortId}/week", world.LearnerIds, world.FirstModuleId, world.Mondays[nextWeek++ % world.Mondays.Count]);

        var page = await CompareAsync(EfPage, RawPage, 2_000);
        var save = await CompareAsync(EfSave, RawSave, 200);
        var writers = await WritersAsync(app, world, weekPage);
        var stored = 0;
        await app.WithDbAsync(async db => stored = await db.ExerciseLogs.CountAsync(e => e.CohortId == world.CohortId && e.Description == WriterDescription));

        return
        [
            .. Figures("cohort page, 30 learners", page),
            .. Figures($"weekly grid save ({world.LearnerIds.Count * 5} cells)", save),
            new(Area, $"{Writers} concurrent writers, accepted entries/s", $"{writers.PerSecond:0.0}/s",
                $"{writers.Succeeded} accepted, {writers.Failed} failed, {stored} stored, {writers.Elapsed.TotalSeconds:0.0} s"),
        ];
    }

    private const string WriterDescription = "Load writer";

    private static IEnumerable<Figure> Figures(string what, (Rate Ef, Rate Raw) rates)
    {
        var ratio = rates.Ef.PerSecond / rates.Raw.PerSecond;
        yield return new(Area, $"{what}, EF Core req/s", $"{rates.Ef.PerSecond:0.0}/s", Failures(rates.Ef));
        yield return new(Area, $"{what}, raw ADO.NET req/s", $"{rates.Raw.PerSecond:0.0}/s", Failures(rates.Raw));
        yield return new(Area, $"{what}, EF/raw", $"{ratio:0.00}", ratio >= 0.6 ? "target >= 0.6 met" : "BELOW the 0.6 target");
    }

    private static string Failures(Rate rate) => $"{rate.Succeeded} requests" + (rate.Failed > 0 ? $", {rate.Failed} FAILED" : "");

    private static async Task<(Rate Ef, Rate Raw)> CompareAsync(Func<Task<bool>> ef, Func<Task<bool>> raw, int limitPerRound)
    {
        for (var i = 0; i < 5; i++)
        {
            await ef();
            await raw();
        }
        var (efTotal, rawTotal) = (new Rate(0, 0, TimeSpan.Zero), new Rate(0, 0, TimeSpan.Zero));
        for (var round = 0; round < Rounds; round++)
        {
            efTotal += await Rate.MeasureAsync(ef, RoundLength, limitPerRound);
            rawTotal += await Rate.MeasureAsync(raw, RoundLength, limitPerRound);
        }
        return (efTotal, rawTotal);
    }

    public static async Task<bool> GetAsync(SignedInClient client, string url)
    {
        using var response = await client.Http.GetAsync(url);
        await response.Content.LoadIntoBufferAsync();
        return response.StatusCode == HttpStatusCode.OK;
    }

    /// <summary>A quarter hour for every learner on Monday to Friday of the week; a redirect back to the week means it was saved.</summary>
    public static async Task<bool> SaveWeekAsync(SignedInClient client, string url, IReadOnlyList<int> learnerIds, int moduleId, DateOnly monday)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("week", monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new("Form.Description", "Weekly lab"),
        };
        foreach (var learnerId in learnerIds)
        {
            fields.Add(new(string.Create(CultureInfo.InvariantCulture, $"Form.Modules[{learnerId}]"), moduleId.ToString(CultureInfo.InvariantCulture)));
            fields.Add(new(string.Create(CultureInfo.InvariantCulture, $"Form.Kinds[{learnerId}]"), "Solo"));
            for (var day = monday; day < monday.AddDays(5); day = day.AddDays(1))
                fields.Add(new(string.Create(CultureInfo.InvariantCulture, $"Form.Hours[{learnerId}:{day:yyyy-MM-dd}]"), "0.25"));
        }
        using var response = await client.PostAsync(url, fields);
        return response.StatusCode == HttpStatusCode.Redirect;
    }

    /// <summary>Each writer signs in on its own and posts single quarter-hour entries, spread over learners and days.</summary>
    private static async Task<Rate> WritersAsync(BenchApp app, LoggingWorld world, string tokenPage)
    {
        var clients = await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => app.SignInAsync(BenchApp.Staff, tokenPage)));
        var url = $"/ExerciseHours/Cohorts/{world.CohortId}/Log";
        var clock = Stopwatch.StartNew();
        var results = await Task.WhenAll(clients.Select((client, writer) => Task.Run(async () =>
        {
            var (accepted, failed) = (0, 0);
            for (var i = 0; i < EntriesPerWriter && clock.Elapsed < WriterLimit; i++)
            {
                var learnerId = world.LearnerIds[(writer * 7 + i) % world.LearnerIds.Count];
                var day = world.Days[(writer * 31 + i * 13) % world.Days.Count];
                using var response = await client.PostAsync(url,
                [
                    new("Form.Who", $"learner-{learnerId}"),
                    new("Form.Kind", "Solo"),
                    new("Form.ModuleId", world.FirstModuleId.ToString(CultureInfo.InvariantCulture)),
                    new("Form.Date", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                    new("Form.Hours", "0.25"),
                    new("Form.Description", WriterDescription),
                ]);
                if (response.StatusCode == HttpStatusCode.Redirect)
                    accepted++;
                else
                    failed++;
            }
            return (accepted, failed);
        })));
        var elapsed = clock.Elapsed;
        foreach (var client in clients)
            client.Dispose();
        return new Rate(results.Sum(r => r.accepted), results.Sum(r => r.failed), elapsed);
    }
}
