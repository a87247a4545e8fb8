using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bootcamp.Benchmarks.Logging;
using Bootcamp.Benchmarks.Support;
using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Logging;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Benchmarks.Scale;

/// <summary>
/// Issue 13, speed at network scale: the real app (Kestrel on loopback, signed-in clients) over a generated network
/// (<see cref="NetworkFile"/>, scale 1 unless BOOTCAMP_BENCH_SCALE says otherwise). A cohort's pages and saves are
/// measured on the demo set too and compared; the network's pages, a workbook, two background exports through Hangfire,
/// and 16 concurrent writers against one. The same measures run again on PostgreSQL when the bench has a server
/// (<see cref="BenchPostgres.ServerVariable"/>: the network kept by <see cref="NetworkOnPostgres"/>, the demo in a
/// database of its own), and each figure is printed side by side for both providers with its target, met or MISSED
/// for each, and the load average when it was taken; only errors or lost rows fail the run.
/// </summary>
public static partial class ScaleLoad
{
    private const string Area = "scale";
    private const int Samples = 20;
    private const int SaveSamples = 12;
    private const int Writers = 16;
    private const int RosterEvery = 5;
    private const double RatioTarget = 1.5;
    private const double PageTargetMs = 100;
    private const double WorkbookTargetMs = 1_000;
    private const double WritersTarget = 0.8;
    private const string RosterReason = "Bench: marks corrected";
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan WriterRun = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan ExportLimit = TimeSpan.FromMinutes(10);
    private static readonly string NoPostgres = $"no PostgreSQL server: set {BenchPostgres.ServerVariable} to an Npgsql connection string whose account may create databases";

    /// <summary>One measure on one provider: the figure with its verdict, the target it was held to, and how it was taken.</summary>
    private sealed record Reading(string Measure, string Value, string Target, string Detail);

    public static async Task<IReadOnlyList<Figure>> RunAsync()
    {
        var scale = NetworkFile.Scale();
        var sqlite = await MeasureAsync("SQLite", scale, BenchApp.Start, async () => BenchApp.OnNetwork(await NetworkFile.CopyAsync(scale)));
        List<Reading>? postgres = null;
        if (BenchPostgres.Server is { } server)
        {
            postgres = await MeasureAsync("PostgreSQL", scale, () => BenchApp.StartOnPostgres(server),
                async () => BenchApp.OnPostgresNetwork(server, await NetworkOnPostgres.CopyAsync(server, scale)));
        }
        else
        {
            Console.WriteLine($"// Scale: the PostgreSQL column stays empty: {NoPostgres}");
        }
        var figures = sqlite.Select((reading, i) => SideBySide(reading, postgres?[i])).ToList();
        if (postgres is null)
            figures.Add(new("", "PostgreSQL column", "", NoPostgres, "not run"));
        return [.. figures.Select(f => f with { Area = $"{Area} (scale {scale.ToString(CultureInfo.InvariantCulture)})" })];
    }

    /// <summary>Every measure on one provider, in the same order whichever it is, so the two lists line up.</summary>
    private static async Task<List<Reading>> MeasureAsync(string provider, double scale, Func<BenchApp> demoApp, Func<Task<BenchApp>> networkApp)
    {
        Console.WriteLine($"// Scale, {provider}: the demo set's bench cohort (30 learners, 40 weeks), for comparison");
        Dictionary<string, Timing> demo;
        using (var app = demoApp())
        {
            var demoWorld = await ScaleWorld.DemoAsync(app);
            demo = await PerCohortAsync(app, demoWorld);
        }

        using var network = await networkApp();
        var world = await ScaleWorld.NetworkAsync(network);
        Console.WriteLine($"// Scale, {provider}: scale {scale.ToString(CultureInfo.InvariantCulture)}, cohort {world.Code} ({world.LearnerIds.Count} learners enrolled, "
            + $"{world.Weeks} weeks of history), staff {world.StaffEmail}");
        var readings = new List<Reading>();
        foreach (var (measure, timing) in await PerCohortAsync(network, world))
        {
            var ratio = timing.Median / demo[measure].Median;
            readings.Add(Timed(measure, timing, $", {ratio:0.00} x demo", ratio <= RatioTarget, $"target median <= {RatioTarget} x the demo's",
                $"demo median {demo[measure].Median:0} ms, "));
        }
        readings.AddRange(await NetworkPagesAsync(network, world));
        readings.AddRange(await ExportsAsync(network));
        readings.AddRange(await WritersAsync(network, world));
        return readings;
    }

    /// <summary>
    /// One row for both providers: SQLite's figure, PostgreSQL's (or why there is none), the target, and how each was
    /// taken. A measure named after the data (a count of cohorts, say) names PostgreSQL's too when the two networks differ.
    /// </summary>
    private static Figure SideBySide(Reading sqlite, Reading? postgres) =>
        new("",
            postgres is null || postgres.Measure == sqlite.Measure ? sqlite.Measure : $"{sqlite.Measure} (PostgreSQL: {postgres.Measure})",
            sqlite.Value,
            $"{sqlite.Target}{(sqlite.Target.Length > 0 ? "; " : "")}SQLite: {sqlite.Detail}" + (postgres is null ? "" : $"; PostgreSQL: {postgres.Detail}"),
            postgres?.Value ?? "not run");

    /// <summary>The cohort page, a lecture's roster read and saved, and the weekly hours grid saved, by the cohort's staff.</summary>
    private static async Task<Dictionary<string, Timing>> PerCohortAsync(BenchApp app, ScaleWorld world)
    {
        using var staff = await app.SignInAsync(world.StaffEmail, $"/ExerciseHours/Cohorts/{world.CohortId}/Week");
        var session = world.HeldSessionIds[0];
        var (flip, week) = (0, 0);
        var timings = new Dictionary<string, Timing>
        {
            ["cohort page"] = await Timing.MeasureAsync(() => Timing.TimedAsync(() => LoggingLoad.GetAsync(staff, $"/Cohorts/Details/{world.CohortId}")), Samples, Budget),
            ["roster page"] = await Timing.MeasureAsync(() => Timing.TimedAsync(() => LoggingLoad.GetAsync(staff, $"/Attendance/Sessions/{session}")), Samples, Budget),
            ["roster save"] = await Timing.MeasureAsync(async () =>
            {
                var fields = await RosterFieldsAsync(staff, session, flip++ % 2 == 0 ? "Late" : "Present");
                return fields is null ? null : await Timing.TimedAsync(() => PostRosterAsync(staff, session, fields));
            }, SaveSamples, Budget),
            [$"weekly grid save ({world.LearnerIds.Count * 5} cells)"] = await Timing.MeasureAsync(() => Timing.TimedAsync(() =>
                LoggingLoad.SaveWeekAsync(staff, $"/ExerciseHours/Cohorts/{world.CohortId}/Week", world.LearnerIds, world.ModuleId, world.Mondays[week++ % world.Mondays.Count])),
                SaveSamples, Budget),
        };
        return timings.ToDictionary(t => t.Key.StartsWith("weekly", StringComparison.Ordinal) ? "weekly grid save" : t.Key, t => t.Value);
    }

    private static async Task<List<Reading>> NetworkPagesAsync(BenchApp app, ScaleWorld world)
    {
        var funder = await FunderAsync(app);
        var (programme, asOf) = (0, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2));
        await app.WithDbAsync(async db => programme = await db.Cohorts.GroupBy(c => c.ProgrammeId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync());
        using var admin = await app.SignInAsync(BenchApp.Admin, "/Exports");
        using var partner = await app.SignInAsync(funder.Email, "/Exports");
        using var staff = await app.SignInAsync(world.StaffEmail, "/Exports");
        Task<Timing> Page(SignedInClient client, string url) =>
            Timing.MeasureAsync(() => Timing.TimedAsync(() => LoggingLoad.GetAsync(client, url)), Samples, Budget);
        Reading Under(string measure, Timing t, double target) => Timed(measure, t, "", t.Median < target, $"target median < {target:0} ms", "");
        var workbookUrl = $"/Exports/Progress?cohortIds={world.CohortId}&asOf={asOf:yyyy-MM-dd}&format=xlsx";

        var home = await Page(admin, "/");
        var completed = await Page(admin, $"/Cohorts?Status={CohortStatus.Completed}&Page=5");
        var filtered = await Page(admin, $"/Cohorts?Programme={programme}&Q=25&Page=2");
        var timeline = await Page(admin, "/Schedule/Timeline");
        var dashboard = await Page(partner, "/Dashboard");
        var workbook = await Timing.MeasureAsync(() => Timing.TimedAsync(() => WorkbookAsync(staff, workbookUrl)), 6, Budget);
        return
        [
            Under("admin home", home, PageTargetMs),
            Under("cohort list, completed, page 5", completed, PageTargetMs),
            Under("cohort list, one programme, search, page 2", filtered, PageTargetMs),
            Under("network timeline (admin)", timeline, PageTargetMs),
            Under($"partner dashboard, {funder.Cohorts:N0} cohorts", dashboard, PageTargetMs),
            Under($"progress workbook, cohort {world.Code}", workbook, WorkbookTargetMs),
        ];
    }

    private static async Task<bool> WorkbookAsync(SignedInClient client, string url)
    {
        using var response = await client.Http.GetAsync(url);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return response.IsSuccessStatusCode && bytes.AsSpan(0, 2).SequenceEqual("PK"u8);
    }

    /// <summary>
    /// The largest funder's raw data (csv) over all its cohorts and its progress report (xlsx) over its active cohorts and
    /// over all of them (a month-end report), asked for on the export page and made by the Hangfire job; one still running
    /// after the limit is a missed target.
    /// </summary>
    private static async Task<List<Reading>> ExportsAsync(BenchApp app)
    {
        var funder = await FunderAsync(app);
        using var partner = await app.SignInAsync(funder.Email, "/Exports");
        var asOf = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var readings = new List<Reading>();
        var target = $"made by the Hangfire job; still running after {ExportLimit.TotalMinutes:0} min is MISSED";
        var requests = new (string Kind, string Format, IReadOnlyList<int>? Cohorts, string What)[]
        {
            ("raw", "csv", null, $"all {funder.Cohorts:N0} cohorts of the partner"),
            ("progress", "xlsx", funder.Active, $"the partner's {funder.Active.Count} active cohorts"),
            ("progress", "xlsx", null, $"all {funder.Cohorts:N0} cohorts of the partner (those started by the day)"),
        };
        foreach (var (kind, format, cohorts, what) in requests)
        {
            var measure = $"background export, {kind} {format}, {what}";
            Console.WriteLine($"// Scale: {measure}");
            var watch = Stopwatch.StartNew();
            using var asked = await partner.PostAsync("/Exports/Background",
            [
                new("Background.Kind", kind), new("Background.Cohorts", cohorts is null ? "all" : "chosen"), new("Background.Format", format),
                new("Background.AsOf", asOf), .. (cohorts ?? []).Select(id => new KeyValuePair<string, string>("Background.CohortIds", id.ToString(CultureInfo.InvariantCulture))),
            ]);
            var location = asked.Headers.Location?.OriginalString ?? "";
            if (asked.StatusCode != HttpStatusCode.Redirect || !location.StartsWith("/Exports/Preparing/", StringComparison.Ordinal))
            {
                readings.Add(new(measure, "failed", target, $"asking for it answered {(int)asked.StatusCode}"));
                continue;
            }
            var id = location["/Exports/Preparing/".Length..];
            var (state, percent, failure) = ("", 0, "");
            while (watch.Elapsed < ExportLimit)
            {
                await Task.Delay(500);
                var status = JsonDocument.Parse(await partner.Http.GetStringAsync($"/Exports/Status/{id}")).RootElement;
                (state, percent, failure) = (status.GetProperty("status").GetString() ?? "", status.GetProperty("percent").GetInt32(),
                    status.GetProperty("failure").GetString() ?? "");
                if (status.GetProperty("finished").GetBoolean())
                    break;
            }
            readings.Add(state switch
            {
                "Done" => new(measure, $"{watch.Elapsed.TotalSeconds:0.0} s", target, $"load {Load()}"),
                "Failed" => new(measure, "failed", target, failure),
                _ => new(measure, $"> {ExportLimit.TotalMinutes:0} min: MISSED", target, $"still {state} at {percent}% when the bench stopped waiting, load {Load()}"),
            });
        }
        return readings;
    }

    /// <summary>The first partner (the generated network's largest funder): its account, how many cohorts it sees, and the active ones.</summary>
    private static async Task<(string Email, int Cohorts, IReadOnlyList<int> Active)> FunderAsync(BenchApp app)
    {
        (string, int, IReadOnlyList<int>) funder = default;
        await app.WithDbAsync(async db =>
        {
            var partner = await db.Users.Where(u => u.PartnerId != null).OrderBy(u => u.PartnerId).Select(u => new { u.Email, u.PartnerId }).FirstAsync();
            var cohorts = await db.Cohorts.Where(c => c.Sponsors.Any(s => s.PartnerId == partner.PartnerId)
                    || db.Centres.Any(ct => ct.Id == c.CentreId && ct.OperatorPartnerId == partner.PartnerId))
                .Select(c => new { c.Id, c.Status }).ToListAsync();
            funder = (partner.Email!, cohorts.Count, [.. cohorts.Where(c => c.Status == CohortStatus.Active).Select(c => c.Id)]);
        });
        return funder;
    }

    /// <summary>
    /// Staff writing at once: each writer posts single quarter-hour entries and every fifth time saves a roster of its
    /// own lecture, first one writer alone, then sixteen. Afterwards every accepted entry must be stored exactly once
    /// (none refused stored), and every roster hold one mark per learner with the status last accepted.
    /// </summary>
    private static async Task<List<Reading>> WritersAsync(BenchApp app, ScaleWorld world)
    {
        var one = await WriterRunAsync(app, world, 1, "solo");
        var many = await WriterRunAsync(app, world, Writers, "many");
        var problems = new List<string>();
        await app.WithDbAsync(async db =>
        {
            var stored = await db.ExerciseLogs.Where(e => e.CohortId == world.CohortId && e.Description.StartsWith("Scale writer "))
                .GroupBy(e => e.Description).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
            foreach (var entry in one.AcceptedEntries.Concat(many.AcceptedEntries))
            {
                if (stored.GetValueOrDefault(entry) != 1)
                    problems.Add($"{entry} stored {stored.GetValueOrDefault(entry)} times");
            }
            problems.AddRange(stored.Keys.Except(one.AcceptedEntries.Concat(many.AcceptedEntries)).Select(e => $"{e} stored but not accepted"));
            foreach (var (session, status) in many.LastRosters)
            {
                var marks = await db.Attendance.Where(a => a.SessionId == session).Select(a => new { a.LearnerId, a.Status }).ToListAsync();
                if (marks.Count == 0 || marks.GroupBy(m => m.LearnerId).Any(g => g.Count() != 1) || marks.Any(m => m.Status != status))
                    problems.Add($"session {session}: marks not once each with status {status}");
            }
        });
        var ratio = many.Rate.PerSecond / one.Rate.PerSecond;
        var failed = problems.Count > 0 || one.Rate.Failed + many.Rate.Failed > 0;
        return
        [
            new("1 writer, accepted writes/s", $"{one.Rate.PerSecond:0.0}/s", "", one.Note),
            new($"{Writers} concurrent writers, accepted writes/s", $"{many.Rate.PerSecond:0.0}/s", "", many.Note),
            new($"{Writers} writers / 1 writer", failed ? "failed" : $"{ratio:0.00}: {(ratio >= WritersTarget ? "met" : "MISSED")}",
                $"target >= {WritersTarget}, no errors, every accepted row stored once",
                problems.Count > 0 ? $"{problems.Count} LOST OR DOUBLED: {string.Join("; ", problems.Take(3))}" : "every accepted row stored once"),
        ];
    }

    private sealed record WriterOutcome(Rate Rate, int Refused, IReadOnlyList<string> AcceptedEntries, IReadOnlyDictionary<int, AttendanceStatus> LastRosters)
    {
        public string Note => $"{Rate.Succeeded} accepted (hours entries and roster saves), {Rate.Failed} errors, {Refused} refused, {Rate.Elapsed.TotalSeconds:0.0} s; load {Load()}";
    }

    private static async Task<WriterOutcome> WriterRunAsync(BenchApp app, ScaleWorld world, int writers, string run)
    {
        Console.WriteLine($"// Scale: {writers} writer(s) for {WriterRun.TotalSeconds:0} s");
        var clients = await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => app.SignInAsync(world.StaffEmail, $"/ExerciseHours/Cohorts/{world.CohortId}/Log")));
        var url = $"/ExerciseHours/Cohorts/{world.CohortId}/Log";
        var clock = Stopwatch.StartNew();
        var results = await Task.WhenAll(clients.Select((client, writer) => Task.Run(async () =>
        {
            var (errors, refused) = (0, 0);
            var accepted = new List<string>();
            var session = world.HeldSessionIds[1 + (writer % (world.HeldSessionIds.Count - 1))];
            AttendanceStatus? last = null;
            var (rosters, tries) = (0, 0);
            for (var i = 0; clock.Elapsed < WriterRun; i++)
            {
                try
                {
                    if (i % RosterEvery == RosterEvery - 1)
                    {
                        var status = tries++ % 2 == 0 ? AttendanceStatus.Late : AttendanceStatus.Present;
                        var fields = await RosterFieldsAsync(client, session, status.ToString());
                        var saved = fields is not null && await PostRosterAsync(client, session, fields);
                        if (saved)
                        {
                            last = status;
                            rosters++;
                        }
                        else
                        {
                            refused++;
                        }
                        continue;
                    }
                    var (learnerId, day) = world.OpenDays[(writer * 7919 + i * 13) % world.OpenDays.Count];
                    var description = $"Scale writer {run} {writer} #{i}";
                    using var response = await client.PostAsync(url,
                    [
                        new("Form.Who", $"learner-{learnerId}"),
                        new("Form.Kind", "Solo"),
                        new("Form.ModuleId", world.ModuleId.ToString(CultureInfo.InvariantCulture)),
                        new("Form.Date", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                        new("Form.Hours", "0.25"),
                        new("Form.Description", description),
                    ]);
                    if (response.StatusCode == HttpStatusCode.Redirect)
                        accepted.Add(description);
                    else if (response.StatusCode == HttpStatusCode.OK)
                        refused++;
                    else
                        errors++;
                }
                catch (HttpRequestException)
                {
                    errors++;
                }
            }
            return (Accepted: accepted, Rosters: rosters, Errors: errors, Refused: refused, Session: session, Last: last);
        })));
        var elapsed = clock.Elapsed;
        foreach (var client in clients)
            client.Dispose();
        var rosterResults = results.Where(r => r.Last is not null).GroupBy(r => r.Session).ToDictionary(g => g.Key, g => g.Last().Last!.Value);
        return new WriterOutcome(new Rate(results.Sum(r => r.Accepted.Count + r.Rosters), results.Sum(r => r.Errors), elapsed), results.Sum(r => r.Refused),
            [.. results.SelectMany(r => r.Accepted)], rosterResults);
    }

    /// <summary>The roster form as its page holds it (learners and the versions of their marks), every learner given <paramref name="status"/>.</summary>
    private static async Task<List<KeyValuePair<string, string>>?> RosterFieldsAsync(SignedInClient client, int sessionId, string status)
    {
        using var response = await client.Http.GetAsync($"/Attendance/Sessions/{sessionId}");
        if (response.StatusCode != HttpStatusCode.OK)
            return null;
        var page = await response.Content.ReadAsStringAsync();
        var fields = new List<KeyValuePair<string, string>> { new("Reason", RosterReason) };
        foreach (Match row in RosterRow().Matches(page))
        {
            var index = row.Groups[1].Value;
            fields.Add(new($"Rows[{index}].LearnerId", row.Groups[2].Value));
            fields.Add(new($"Rows[{index}].Version", row.Groups[3].Value));
            fields.Add(new($"Rows[{index}].Status", status));
        }
        return fields.Count > 1 ? fields : null;
    }

    private static async Task<bool> PostRosterAsync(SignedInClient client, int sessionId, List<KeyValuePair<string, string>> fields)
    {
        using var response = await client.PostAsync($"/Attendance/Sessions/{sessionId}", fields);
        return response.StatusCode == HttpStatusCode.Redirect;
    }

    [GeneratedRegex("""name="Rows\[(\d+)\]\.LearnerId" value="(\d+)" />\s*<input type="hidden" name="Rows\[\d+\]\.Version" value="(\d+)" />""")]
    private static partial Regex RosterRow();

    /// <summary>A timed measure's median and p95, with <paramref name="figure"/> (a ratio, say) and whether it met <paramref name="target"/>.</summary>
    private static Reading Timed(string measure, Timing timing, string figure, bool met, string target, string detail) =>
        new(measure,
            timing.Milliseconds.Count == 0 || timing.Failed > 0 ? "failed" : $"median {timing.Median:0} ms, p95 {timing.P95:0} ms{figure}: {(met ? "met" : "MISSED")}",
            target,
            $"{detail}{timing.Milliseconds.Count} requests{(timing.Failed > 0 ? $", {timing.Failed} FAILED" : "")}, load {Load()}");

    private static string Load() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
}
