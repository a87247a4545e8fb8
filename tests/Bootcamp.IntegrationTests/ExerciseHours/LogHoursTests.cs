using System.Globalization;
using System.Net;
using Bootcamp.Domain.Logging;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.ExerciseHours;

public sealed class LogHoursTests : AppFixture
{
    private LoggingWorld _world = null!;
    private HttpClient _instructor = null!;

    protected override async Task ArrangeFixtureAsync()
    {
        _world = await LoggingWorld.CreateAsync(App);
        _instructor = await App.SignInAsync(BootcampApp.Instructor);
    }

    private string LogUrl => $"/ExerciseHours/Cohorts/{_world.CohortId}/Log";

    private Dictionary<string, string> Entry(string who, DateOnly date, string hours, string kind = "Solo") => new()
    {
        ["Form.Who"] = who,
        ["Form.Kind"] = kind,
        ["Form.ModuleId"] = _world.ModuleIds[0].ToString(CultureInfo.InvariantCulture),
        ["Form.Date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Form.Hours"] = hours,
        ["Form.Description"] = "Katas",
    };

    private async Task<(HttpResponseMessage Response, IReadOnlyList<string> Errors)> LogAsync(Dictionary<string, string> fields, HttpClient? client = null)
    {
        var response = await (client ?? _instructor).PostFormAsync(LogUrl, LogUrl, fields);
        var errors = response.StatusCode == HttpStatusCode.OK ? (await response.ReadPageAsync()).Errors() : [];
        return (response, errors);
    }

    [Test]
    public async Task Hours_for_one_learner_are_saved_with_an_audit_entry()
    {
        var learner = _world.Regulars[5];
        var (response, _) = await LogAsync(Entry($"learner-{learner}", _world.Today.AddDays(-1), "1.75"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var (log, audit) = await App.WithDbAsync(async db =>
        {
            var stored = await db.ExerciseLogs.SingleAsync(e => e.LearnerId == learner);
            return (stored, await db.AuditEntries.SingleAsync(a => a.Record == AuditedRecord.ExerciseLog && a.RecordId == stored.Id));
        });
        Assert.That(log.Minutes, Is.EqualTo(105));
        Assert.That(log.LoggedBy, Is.EqualTo(BootcampApp.Instructor));
        Assert.That(audit.Action, Is.EqualTo(AuditAction.Created));
        Assert.That(audit.NewValue, Does.Contain("1.75 h solo"));
    }

    [Test]
    public async Task Thirteen_hours_in_a_day_are_refused_and_nothing_is_saved()
    {
        var learner = _world.Regulars[1];
        var day = _world.Today.AddDays(-2);
        await _world.StoreHoursAsync(App, learner, day, 8 * 60, BootcampApp.Instructor, App.UtcNow);
        var before = await _world.HoursCountAsync(App);

        var (response, errors) = await LogAsync(Entry($"learner-{learner}", day, "5"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(errors, Has.Some.Contains("13 h").And.Some.Contains("at most 12 h a day"));
        Assert.That(await _world.HoursCountAsync(App), Is.EqualTo(before));
    }

    [Test]
    public async Task Thirteen_hours_in_one_entry_are_refused()
    {
        var (response, errors) = await LogAsync(Entry($"learner-{_world.Regulars[2]}", _world.Today.AddDays(-4), "13"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(errors, Has.Some.Contains("at most 12 h a day"));
    }

    [TestCase("99999999999")]
    [TestCase("-99999999999")]
    public async Task An_absurd_figure_is_refused_with_a_message_not_an_error_page(string hours)
    {
        var (response, errors) = await LogAsync(Entry($"learner-{_world.Regulars[2]}", _world.Today.AddDays(-5), hours));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(errors, Is.Not.Empty);
    }

    [Test]
    public async Task A_future_date_is_refused_next_to_the_date()
    {
        var before = await _world.HoursCountAsync(App);
        var response = await _instructor.PostFormAsync(LogUrl, LogUrl, Entry($"learner-{_world.Regulars[0]}", _world.Today.AddDays(1), "2"));

        var page = await response.ReadPageAsync();
        Assert.That(page.QuerySelector("#Form_Date-error")?.TextContent, Does.Contain("future"));
        Assert.That(await _world.HoursCountAsync(App), Is.EqualTo(before));
    }

    [Test]
    public async Task A_withdrawn_learner_cannot_be_logged_after_withdrawal()
    {
        var before = await _world.HoursCountAsync(App);
        var (_, errors) = await LogAsync(Entry($"learner-{_world.WithdrawnLearner}", _world.WithdrawnOn.AddDays(2), "2"));

        Assert.That(errors, Has.Some.Contains("withdrawn"));
        Assert.That(await _world.HoursCountAsync(App), Is.EqualTo(before));
    }

    [Test]
    public async Task Hours_before_a_late_learners_enrolment_are_refused()
    {
        var (_, errors) = await LogAsync(Entry($"learner-{_world.LateLearner}", _world.Today.AddDays(-8), "1"));
        Assert.That(errors, Has.Some.Contains("enrolled on"));
    }

    [Test]
    public async Task Hours_that_are_not_quarter_hours_are_refused()
    {
        var (_, errors) = await LogAsync(Entry($"learner-{_world.Regulars[0]}", _world.Today.AddDays(-1), "1.3"));
        Assert.That(errors, Has.Some.Contains("quarter hours"));
    }

    [Test]
    public async Task A_group_entry_creates_one_row_per_member_with_a_shared_group_entry_id()
    {
        var day = _world.Today.AddDays(-6);
        var (response, _) = await LogAsync(Entry($"group-{_world.GroupId}", day, "2.5", "Group"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var (rows, audits) = await App.WithDbAsync(async db =>
        {
            var logs = await db.ExerciseLogs.Where(e => e.CohortId == _world.CohortId && e.ProjectGroupId == _world.GroupId).ToListAsync();
            var ids = logs.Select(l => l.Id).ToList();
            return (logs, await db.AuditEntries.CountAsync(a => a.Record == AuditedRecord.ExerciseLog && ids.Contains(a.RecordId)));
        });
        Assert.That(rows.Select(r => r.LearnerId), Is.EquivalentTo(_world.GroupMembers));
        Assert.That(rows.Select(r => r.GroupEntryId).Distinct().Single(), Is.Not.Null);
        Assert.That(rows, Has.All.Matches<ExerciseLog>(r => r!.Kind == ExerciseKind.Group && r.Minutes == 150 && r.Date == day));
        Assert.That(audits, Is.EqualTo(rows.Count));
    }

    [Test]
    public async Task Partner_is_refused_and_an_instructor_of_another_cohort_gets_not_found()
    {
        var other = await LoggingWorld.CreateAsync(App, taughtByDemoInstructor: false);
        var partner = await App.SignInAsync(BootcampApp.Partner);
        var lisbon = await App.SignInAsync("lisbon.staff@bootcamp.local");

        var partnerResponse = await partner.GetAsync(LogUrl);
        var instructorResponse = await _instructor.GetAsync($"/ExerciseHours/Cohorts/{other.CohortId}/Log");
        var lisbonResponse = await lisbon.GetAsync(LogUrl);
        var staffResponse = await (await App.SignInAsync(BootcampApp.Staff)).GetAsync($"/ExerciseHours/Cohorts/{other.CohortId}/Log");

        Assert.That(partnerResponse.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden).Or.EqualTo(HttpStatusCode.Redirect));
        if (partnerResponse.StatusCode == HttpStatusCode.Redirect)
            Assert.That(partnerResponse.Headers.Location?.ToString(), Does.Contain("/Account/Denied"));
        Assert.That(instructorResponse.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(lisbonResponse.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(staffResponse.StatusCode, Is.EqualTo(HttpStatusCode.OK), "staff of the cohort's centre may log");
    }

    [Test]
    public async Task Instructor_of_another_cohort_cannot_post_hours_to_it()
    {
        var other = await LoggingWorld.CreateAsync(App, taughtByDemoInstructor: false);
        var fields = Entry($"learner-{other.Regulars[0]}", other.Today.AddDays(-1), "1");
        var page = await _instructor.GetStringAsync(LogUrl);
        Assert.That(page, Does.Contain("__RequestVerificationToken"));

        var response = await _instructor.PostFormAsync(LogUrl, $"/ExerciseHours/Cohorts/{other.CohortId}/Log", fields);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await other.HoursCountAsync(App), Is.Zero);
    }
}
