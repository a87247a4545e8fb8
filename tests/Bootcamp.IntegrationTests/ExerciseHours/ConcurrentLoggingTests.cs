using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.ExerciseHours;

/// <summary>
/// Reliability against the real SQLite file of a running app: many signed-in clients write at once, and every
/// accepted write is stored exactly once, with no request failing on a database lock.
/// </summary>
public sealed partial class ConcurrentLoggingTests : AppFixture
{
    private const int Clients = 8;
    private const int EntriesPerClient = 200;
    private const int RostersPerClient = 20;

    private LoggingWorld _world = null!;
    private List<(HttpClient Client, string Token)> _clients = null!;

    protected override async Task ArrangeFixtureAsync()
    {
        _world = await LoggingWorld.CreateAsync(App, learners: 10, extraPastSessions: Clients * RostersPerClient + 1);
        _clients = [];
        for (var i = 0; i < Clients; i++)
        {
            var client = await App.SignInAsync(i % 2 == 0 ? BootcampApp.Instructor : BootcampApp.Staff);
            var page = await client.GetStringAsync($"/ExerciseHours/Cohorts/{_world.CohortId}/Log");
            _clients.Add((client, WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value)));
        }
    }

    [Test]
    public async Task Eight_clients_posting_200_hour_entries_each_store_every_entry_once()
    {
        var failures = new ConcurrentBag<string>();

        await Task.WhenAll(_clients.Select((c, k) => Task.Run(async () =>
        {
            for (var j = 0; j < EntriesPerClient; j++)
            {
                var n = k * EntriesPerClient + j;
                var fields = new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = c.Token,
                    ["Form.Who"] = $"learner-{_world.Regulars[n % 10]}",
                    ["Form.Kind"] = "Solo",
                    ["Form.ModuleId"] = _world.ModuleIds[0].ToString(CultureInfo.InvariantCulture),
                    ["Form.Date"] = _world.Today.AddDays(-1 - n / 10 % 50).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    ["Form.Hours"] = "0.25",
                    ["Form.Description"] = $"load {k}-{j}",
                };
                var response = await c.Client.PostAsync($"/ExerciseHours/Cohorts/{_world.CohortId}/Log", new FormUrlEncodedContent(fields));
                if (response.StatusCode != HttpStatusCode.Redirect)
                    failures.Add($"{k}-{j}: {(int)response.StatusCode} {Excerpt(await response.Content.ReadAsStringAsync())}");
            }
        })));

        Assert.That(failures, Is.Empty);
        var (descriptions, audits) = await App.WithDbAsync(async db =>
        {
            var rows = await db.ExerciseLogs.Where(e => e.CohortId == _world.CohortId).Select(e => e.Description).ToListAsync();
            return (rows, await db.AuditEntries.CountAsync(a => a.CohortId == _world.CohortId && a.Record == Bootcamp.Domain.Logging.AuditedRecord.ExerciseLog));
        });
        Assert.That(descriptions, Has.Count.EqualTo(Clients * EntriesPerClient));
        Assert.That(descriptions.Distinct().Count(), Is.EqualTo(Clients * EntriesPerClient), "no entry stored twice");
        Assert.That(audits, Is.EqualTo(Clients * EntriesPerClient));
    }

    [Test]
    public async Task Eight_clients_saving_rosters_at_once_store_every_mark_once()
    {
        var roster = _world.Regulars.Append(_world.WithdrawnLearner).ToList();
        var failures = new ConcurrentBag<string>();

        await Task.WhenAll(_clients.Select((c, k) => Task.Run(async () =>
        {
            for (var j = 0; j < RostersPerClient; j++)
            {
                var session = _world.Sessions[-100 - (k * RostersPerClient + j)];
                var response = await c.Client.PostAsync($"/Attendance/Sessions/{session}", RosterContent(c.Token, roster));
                if (response.StatusCode != HttpStatusCode.Redirect)
                    failures.Add($"{k}-{j}: {(int)response.StatusCode} {Excerpt(await response.Content.ReadAsStringAsync())}");
            }
        })));

        Assert.That(failures, Is.Empty);
        var marks = await App.WithDbAsync(db => db.Attendance
            .Where(a => db.Sessions.Any(s => s.Id == a.SessionId && s.CohortId == _world.CohortId))
            .GroupBy(a => a.SessionId).Select(g => g.Count()).ToListAsync());
        Assert.That(marks, Has.Count.EqualTo(Clients * RostersPerClient).And.All.EqualTo(roster.Count));
    }

    [Test]
    public async Task Eight_clients_saving_the_same_new_roster_at_once_leave_one_saved_and_the_others_told()
    {
        var roster = _world.Regulars.Append(_world.WithdrawnLearner).ToList();
        var session = _world.Sessions[-100 - Clients * RostersPerClient];

        var responses = await Task.WhenAll(_clients.Select(c => c.Client.PostAsync($"/Attendance/Sessions/{session}", RosterContent(c.Token, roster))));

        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.Redirect), Is.EqualTo(1));
        var refused = responses.Where(r => r.StatusCode != HttpStatusCode.Redirect).ToList();
        Assert.That(refused.Select(r => r.StatusCode), Has.All.EqualTo(HttpStatusCode.OK));
        foreach (var response in refused)
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("while you were editing"));
        Assert.That(await App.WithDbAsync(db => db.Attendance.CountAsync(a => a.SessionId == session)), Is.EqualTo(roster.Count));
    }

    private static FormUrlEncodedContent RosterContent(string token, IReadOnlyList<int> learners)
    {
        var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token) };
        for (var i = 0; i < learners.Count; i++)
        {
            fields.Add(new($"Rows[{i}].LearnerId", learners[i].ToString(CultureInfo.InvariantCulture)));
            fields.Add(new($"Rows[{i}].Status", i % 4 == 1 ? "Late" : "Present"));
            fields.Add(new($"Rows[{i}].Version", "0"));
        }
        return new FormUrlEncodedContent(fields);
    }

    private static string Excerpt(string body)
    {
        var error = ErrorPattern().Match(body);
        return error.Success ? error.Groups[1].Value : body[..Math.Min(200, body.Length)];
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("class=\"(?:field-validation-error|error-summary)[^>]*>(.{0,300})", RegexOptions.Singleline)]
    private static partial Regex ErrorPattern();
}
