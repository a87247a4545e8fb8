using System.Data.Common;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Bootcamp.IntegrationTests.Support;
using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Bootcamp.IntegrationTests.Security;

/// <summary>
/// Every action of the route table, asked by every role with an id inside and outside the role's scope (issue 8),
/// answers as <see cref="AuthorizationMatrix"/> says. GETs are requested; POSTs carry a valid anti-forgery token and
/// an id outside the scope (for admins, one that does not exist) and must change nothing.
/// </summary>
public sealed partial class AuthorizationMatrixTests : AppFixture
{
    private readonly Dictionary<Who, Caller> _callers = [];
    private Samples _inside = null!;
    private Samples _lisbon = null!;
    private Samples _outside = null!;
    private Samples _missing = null!;
    private Dictionary<string, ControllerActionDescriptor> _routes = null!;

    private sealed record Caller(HttpClient Client, string Token);

    protected override async Task ArrangeFixtureAsync()
    {
        _routes = RouteTable(App.Services.GetRequiredService<IActionDescriptorCollectionProvider>());
        await CredentialSamples.IssueAsync(App, "BER-FSW-07", "LIS-QAA-03", "TOR-CYB-04");
        await ExportSamples.FinishedAsync(App, BootcampApp.Staff, "BER-FSW-07");
        await ExportSamples.FinishedAsync(App, BootcampApp.Partner, "LIS-QAA-03");
        await ExportSamples.FinishedAsync(App, ExportSamples.TorontoPartner, "TOR-CYB-04");
        await SubscriptionSamples.AddAsync(App, ("BER-FSW-07", BootcampApp.Staff), ("LIS-QAA-03", BootcampApp.Partner), ("TOR-CYB-04", "maple@bootcamp.local"));
        (_inside, _lisbon, _outside) = await App.WithDbAsync(async db =>
            (await Samples.LoadAsync(db, "BER-FSW-07"), await Samples.LoadAsync(db, "LIS-QAA-03"), await Samples.LoadAsync(db, "TOR-CYB-04")));
        _missing = Samples.Missing(_outside);
        var anonymous = App.Anonymous();
        _callers[Who.Anonymous] = new(anonymous, await TokenAsync(anonymous, "/Account/SignIn"));
        foreach (var (who, _) in Accounts)
            _callers[who] = await SignInAsync(who);
    }

    private static readonly (Who Who, string Email)[] Accounts =
    [
        (Who.Admin, BootcampApp.Admin), (Who.Staff, BootcampApp.Staff), (Who.Instructor, BootcampApp.Instructor), (Who.Partner, BootcampApp.Partner),
    ];

    [Test]
    public void Every_action_in_the_route_table_has_an_entry()
    {
        var missing = _routes.Keys.Except(AuthorizationMatrix.Entries.Select(e => e.Action)).Order().ToList();

        Assert.That(missing, Is.Empty, "Add these actions to AuthorizationMatrix.Entries");
    }

    [Test]
    public void Every_entry_names_an_action_in_the_route_table()
    {
        var stale = AuthorizationMatrix.Entries.Select(e => e.Action).Except(_routes.Keys).ToList();

        Assert.That(stale, Is.Empty, "These entries name no action: rename or remove them");
        Assert.That(AuthorizationMatrix.Entries.Select(e => e.Action), Is.Unique);
    }

    [Test]
    public void No_entry_lets_a_post_with_an_id_outside_the_scope_succeed()
    {
        var succeeding = AuthorizationMatrix.Entries
            .Where(e => e.IsPost && !e.EndsSession)
            .SelectMany(e => Enum.GetValues<Who>().Where(w => e.Expected(w, Place.Outside) == Answer.Ok).Select(w => $"{e.Action} as {w}"))
            .ToList();

        Assert.That(succeeding, Is.Empty);
    }

    [TestCaseSource(typeof(AuthorizationMatrix), nameof(AuthorizationMatrix.Cases))]
    public async Task Action_answers_every_role_as_the_matrix_says(MatrixEntry entry)
    {
        Assume.That(_routes.ContainsKey(entry.Action), "not in the route table (see Every_entry_names_an_action_in_the_route_table)");
        var route = _routes[entry.Action];
        var wrong = new List<string>();
        var before = entry.IsPost ? await FingerprintAsync() : "";
        foreach (var who in Enum.GetValues<Who>())
        {
            foreach (var place in entry.IsPost ? [Place.Outside] : new[] { Place.Inside, Place.Outside })
            {
                var samples = SamplesFor(who, place, entry.IsPost);
                var expected = entry.Expected(who, place);
                var (answer, detail) = await AskAsync(entry, route, who, samples);
                if (answer != expected)
                    wrong.Add($"{who,-10} {place,-7} {detail}: expected {expected}, got {answer}");
            }
        }

        Assert.That(wrong, Is.Empty, entry.Action);
        if (entry.IsPost)
            Assert.That(await FingerprintAsync(), Is.EqualTo(before), $"{entry.Action} changed data");
    }

    /// <summary>
    /// Inside: a Berlin cohort the demo instructor teaches (a Lisbon one for the partner, who runs Lisbon).
    /// Outside: the Toronto cohort nobody of these accounts may see but the admin, whose POSTs get ids that do not exist.
    /// </summary>
    private Samples SamplesFor(Who who, Place place, bool post) => (who, place) switch
    {
        (Who.Admin, Place.Outside) when post => _missing,
        (_, Place.Outside) => _outside,
        (Who.Partner, _) => _lisbon,
        _ => _inside,
    };

    private async Task<(Answer Answer, string Detail)> AskAsync(MatrixEntry entry, ControllerActionDescriptor route, Who who, Samples samples)
    {
        var url = Url(route, entry, samples);
        var caller = _callers[who];
        HttpResponseMessage response;
        if (entry.IsPost)
        {
            var fields = entry.Form.ToDictionary(f => f.Key, f => samples.Fill(f.Value));
            fields["__RequestVerificationToken"] = caller.Token;
            response = await caller.Client.PostAsync(url, new FormUrlEncodedContent(fields));
            if (entry.EndsSession && who != Who.Anonymous)
                _callers[who] = await SignInAsync(who);
        }
        else
        {
            response = await caller.Client.GetAsync(url);
        }
        var location = response.Headers.Location?.OriginalString ?? "";
        var answer = (response.StatusCode, location) switch
        {
            (HttpStatusCode.OK, _) when entry.IsPost => Answer.Page,
            (HttpStatusCode.OK, _) => Answer.Ok,
            (HttpStatusCode.NotFound, _) => Answer.NotFound,
            (HttpStatusCode.BadRequest, _) => Answer.BadRequest,
            (HttpStatusCode.Forbidden, _) => Answer.Denied,
            (HttpStatusCode.Redirect, var to) when to.Contains("/Account/Denied", StringComparison.Ordinal) => Answer.Denied,
            (HttpStatusCode.Redirect, var to) when to.Contains("/Account/SignIn", StringComparison.Ordinal) && !entry.EndsSession => Answer.SignIn,
            (HttpStatusCode.Redirect, _) => Answer.Ok,
            _ => Answer.Other,
        };
        var shown = answer == Answer.Ok && location.Length > 0 ? $" -> {location}" : "";
        return (answer, $"{(entry.IsPost ? "POST" : "GET")} {url} [{(int)response.StatusCode}{shown}]");
    }

    private async Task<Caller> SignInAsync(Who who)
    {
        var client = await App.SignInAsync(Accounts.Single(a => a.Who == who).Email);
        return new(client, await TokenAsync(client, "/"));
    }

    private static string Url(ControllerActionDescriptor route, MatrixEntry entry, Samples samples)
    {
        var template = route.AttributeRouteInfo?.Template ?? "{controller}/{action}/{id?}";
        var path = RouteParameter().Replace(template, m => m.Groups["name"].Value switch
        {
            "controller" => route.ControllerName,
            "action" => route.ActionName,
            "cohortId" => samples[Id.Cohort],
            "enrolmentId" => samples[Id.Enrolment],
            "learnerId" => samples[Id.Learner],
            _ when route.Parameters.Any(p => p.Name == m.Groups["name"].Value) => samples[entry.Id],
            _ => "",
        });
        return "/" + path.TrimStart('~', '/').TrimEnd('/') + entry.Query;
    }

    [GeneratedRegex(@"\{(?<name>\w+)(:[^}?]+)?\??\}")]
    private static partial Regex RouteParameter();

    /// <summary>Every controller action, keyed as the matrix names it: Controller.Action and the HTTP method (ANY when it takes every method).</summary>
    private static Dictionary<string, ControllerActionDescriptor> RouteTable(IActionDescriptorCollectionProvider provider) =>
        provider.ActionDescriptors.Items.OfType<ControllerActionDescriptor>()
            .SelectMany(a => Methods(a).Select(m => (Key: $"{a.ControllerName}.{a.ActionName} {m}", Action: a)))
            .ToDictionary(a => a.Key, a => a.Action);

    private static IEnumerable<string> Methods(ControllerActionDescriptor action)
    {
        var methods = action.ActionConstraints?.OfType<HttpMethodActionConstraint>().SelectMany(c => c.HttpMethods).ToList() ?? [];
        return methods.Count == 0 ? ["ANY"] : methods;
    }

    private static async Task<string> TokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        var token = TokenPattern().Match(html);
        if (!token.Success)
            throw new InvalidOperationException($"No anti-forgery token on {page}");
        return WebUtility.HtmlDecode(token.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    /// <summary>
    /// A hash of every row the app keeps, except the accounts' sign-in bookkeeping (security stamps, failed
    /// attempts), which signing in and out is meant to change.
    /// </summary>
    private async Task<string> FingerprintAsync()
    {
        await using DbConnection connection = App.PostgresConnectionString is { } postgres
            ? new NpgsqlConnection(postgres)
            : new SqliteConnection($"Data Source={App.DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = App.OnPostgres
                ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'AspNet%' ORDER BY table_name"
                : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'AspNet%' AND name NOT LIKE 'sqlite%' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                tables.Add(reader.GetString(0));
        }
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var table in tables)
        {
            await using var rows = connection.CreateCommand();
            // PostgreSQL has no rowid, and a row's place on disk moves when it is written: its rows are hashed in text order.
            rows.CommandText = $"SELECT * FROM \"{table}\"" + (App.OnPostgres ? "" : " ORDER BY rowid");
            await using var reader = await rows.ExecuteReaderAsync();
            hash.AppendData(Encoding.UTF8.GetBytes(table));
            var texts = new List<string>();
            while (await reader.ReadAsync())
            {
                var text = new StringBuilder();
                for (var i = 0; i < reader.FieldCount; i++)
                    text.Append(Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('\u001f');
                texts.Add(text.ToString());
            }
            if (App.OnPostgres)
                texts.Sort(StringComparer.Ordinal);
            foreach (var text in texts)
                hash.AppendData(Encoding.UTF8.GetBytes(text));
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}

/// <summary>The ids one request may carry, all from one cohort's world: its centre, a session, a learner and so on.</summary>
public sealed class Samples(IReadOnlyDictionary<Id, string> ids)
{
    public string this[Id id] => id == Id.None ? "" : ids[id];

    /// <summary>Replaces {Cohort}, {Holiday}... in a form value with this world's ids.</summary>
    public string Fill(string value) => Enum.GetValues<Id>().Aggregate(value, (v, id) => v.Replace($"{{{id}}}", id == Id.None ? "" : ids[id], StringComparison.Ordinal));

    public static Samples Missing(Samples like) =>
        new(Enum.GetValues<Id>().Where(i => i != Id.None).ToDictionary(i => i, i => i switch
        {
            Id.User => "no-such-user",
            Id.CohortToken or Id.InstructorToken => "no-such-token",
            Id.StatusCode => like[i],
            _ => "987654",
        }));

    public static async Task<Samples> LoadAsync(Bootcamp.Web.Data.BootcampDb db, string cohortCode)
    {
        var cohort = await db.Cohorts.AsNoTracking().SingleAsync(c => c.Code == cohortCode);
        var session = await db.Sessions.Where(s => s.CohortId == cohort.Id && db.Attendance.Any(a => a.SessionId == s.Id)).OrderBy(s => s.StartUtc).FirstAsync();
        var enrolment = await db.Enrolments.Where(e => e.CohortId == cohort.Id).OrderBy(e => e.Id).FirstAsync();
        var entry = await db.ExerciseLogs.Where(e => e.CohortId == cohort.Id).OrderBy(e => e.Id).FirstAsync();
        var instructor = await db.Instructors.Where(i => db.CohortInstructors.Any(ci => ci.CohortId == cohort.Id && ci.InstructorId == i.Id)).OrderBy(i => i.Id).FirstAsync();
        var holiday = await db.Holidays.Where(h => h.CentreId == cohort.CentreId).OrderBy(h => h.Id).FirstAsync();
        var programme = await db.Programmes.Where(p => p.Id == cohort.ProgrammeId).Select(p => new { p.Id, Module = p.Modules.OrderBy(m => m.Position).First().Id }).SingleAsync();
        var partner = await db.Partners.OrderBy(p => p.Id).FirstAsync();
        var group = await db.ProjectGroups.Where(g => g.CohortId == cohort.Id && g.GroupProjectId != null).OrderBy(g => g.Id).Select(g => new { g.Id, Project = g.GroupProjectId!.Value }).FirstAsync();
        var user = await db.Users.Where(u => u.Email == BootcampApp.Partner).SingleAsync();
        var credential = await db.IssuedCredentials.Where(c => c.CohortId == cohort.Id).OrderBy(c => c.Id).Select(c => c.PublicId).FirstAsync();
        var download = await ExportSamples.OfCohortAsync(db, cohort.Id);
        var subscription = await db.SubscribedCohorts.Where(c => c.CohortId == cohort.Id).OrderBy(c => c.SubscriptionId).Select(c => c.SubscriptionId).FirstAsync();
        return new(new Dictionary<Id, string>
        {
            [Id.Cohort] = Text(cohort.Id),
            [Id.Centre] = Text(cohort.CentreId),
            [Id.Session] = Text(session.Id),
            [Id.Enrolment] = Text(enrolment.Id),
            [Id.Learner] = Text(enrolment.LearnerId),
            [Id.Entry] = Text(entry.Id),
            [Id.Instructor] = Text(instructor.Id),
            [Id.Holiday] = Text(holiday.Id),
            [Id.Programme] = Text(programme.Id),
            [Id.Module] = Text(programme.Module),
            [Id.Partner] = Text(partner.Id),
            [Id.User] = user.Id,
            [Id.CohortToken] = cohort.CalendarToken,
            [Id.InstructorToken] = instructor.CalendarToken,
            [Id.StatusCode] = "404",
            [Id.Project] = Text(group.Project),
            [Id.Group] = Text(group.Id),
            [Id.Credential] = credential,
            [Id.Download] = download.ToString(),
            [Id.Subscription] = Text(subscription),
        });
    }

    private static string Text(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
