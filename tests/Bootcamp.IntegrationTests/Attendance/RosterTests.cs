using System.Net;
using Bootcamp.Domain.Logging;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Attendance;

public sealed class RosterTests : AppFixture
{
    private LoggingWorld _world = null!;

    protected override async Task ArrangeFixtureAsync() => _world = await LoggingWorld.CreateAsync(App);

    private static Dictionary<string, string> Roster(IEnumerable<(int LearnerId, string Status, string? Reason, int Version)> rows, string? reason = null)
    {
        var fields = new Dictionary<string, string>();
        var i = 0;
        foreach (var (learnerId, status, rowReason, version) in rows)
        {
            fields[$"Rows[{i}].LearnerId"] = learnerId.ToString();
            fields[$"Rows[{i}].Status"] = status;
            fields[$"Rows[{i}].Reason"] = rowReason ?? "";
            fields[$"Rows[{i}].Version"] = version.ToString();
            i++;
        }
        if (reason is not null)
            fields["Reason"] = reason;
        return fields;
    }

    private static async Task<List<int>> RosterLearnersAsync(HttpClient client, int sessionId)
    {
        var page = await client.GetPageAsync($"/Attendance/Sessions/{sessionId}");
        return [.. page.QuerySelectorAll("input[name$='.LearnerId']").Select(i => int.Parse(i.GetAttribute("value")!))];
    }

    [Test]
    public async Task Late_enrolled_learner_is_not_on_an_earlier_roster_and_withdrawn_learner_not_on_a_later_one()
    {
        var client = await App.SignInAsync(BootcampApp.Instructor);
        var early = await RosterLearnersAsync(client, _world.Sessions[-30]);
        var middle = await RosterLearnersAsync(client, _world.Sessions[-10]);
        var recent = await RosterLearnersAsync(client, _world.Sessions[-3]);

        Assert.That(early, Does.Contain(_world.WithdrawnLearner).And.Not.Contain(_world.LateLearner));
        Assert.That(middle, Does.Not.Contain(_world.WithdrawnLearner).And.Not.Contain(_world.LateLearner));
        Assert.That(recent, Does.Contain(_world.LateLearner).And.Not.Contain(_world.WithdrawnLearner));
        Assert.That(middle, Is.EquivalentTo(_world.Regulars));
    }

    [Test]
    public async Task Roster_is_saved_in_one_post_with_an_audit_entry_per_mark()
    {
        var client = await App.SignInAsync(BootcampApp.Instructor);
        var session = _world.Sessions[-10];
        var learners = await RosterLearnersAsync(client, session);
        var statuses = new[] { "Present", "Late", "Absent", "Excused", "Present", "Present" };
        var rows = learners.Select((id, i) => (id, statuses[i], i == 3 ? (string?)"Doctor's appointment" : null, 0));

        var response = await client.PostFormAsync($"/Attendance/Sessions/{session}", $"/Attendance/Sessions/{session}", Roster(rows));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var (marks, audits) = await App.WithDbAsync(async db => (
            await db.Attendance.Where(a => a.SessionId == session).OrderBy(a => a.LearnerId).ToListAsync(),
            await db.AuditEntries.CountAsync(a => a.SessionId == session && a.Action == AuditAction.Created)));
        Assert.That(marks, Has.Count.EqualTo(learners.Count));
        Assert.That(marks.Single(m => m.LearnerId == learners[3]).Reason, Is.EqualTo("Doctor's appointment"));
        Assert.That(marks.Count(m => m.Status == AttendanceStatus.Late), Is.EqualTo(1));
        Assert.That(audits, Is.EqualTo(learners.Count));
    }

    [Test]
    public async Task Excused_without_a_reason_is_refused_and_nothing_is_saved()
    {
        var client = await App.SignInAsync(BootcampApp.Instructor);
        var session = _world.Sessions[-3];
        var learners = await RosterLearnersAsync(client, session);
        var rows = learners.Select((id, i) => (id, i == 0 ? "Excused" : "Present", (string?)null, 0));

        var response = await client.PostFormAsync($"/Attendance/Sessions/{session}", $"/Attendance/Sessions/{session}", Roster(rows));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var page = await response.ReadPageAsync();
        Assert.That(page.QuerySelector("#err-Rows-0--Reason")?.TextContent, Does.Contain("excused absence needs a reason"));
        Assert.That(await App.WithDbAsync(db => db.Attendance.CountAsync(a => a.SessionId == session)), Is.Zero);
    }

    [Test]
    public async Task Mark_everyone_present_saves_the_whole_roster_as_present()
    {
        var client = await App.SignInAsync(BootcampApp.Instructor);
        var session = _world.Sessions[0];
        var learners = await RosterLearnersAsync(client, session);
        var fields = Roster(learners.Select(id => (id, "Absent", (string?)null, 0)));
        fields["Command"] = "AllPresent";

        var response = await client.PostFormAsync($"/Attendance/Sessions/{session}", $"/Attendance/Sessions/{session}", fields);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var statuses = await App.WithDbAsync(db => db.Attendance.Where(a => a.SessionId == session).Select(a => a.Status).ToListAsync());
        Assert.That(statuses, Has.Count.EqualTo(learners.Count).And.All.EqualTo(AttendanceStatus.Present));
    }

    [Test]
    public async Task A_stale_roster_is_refused_and_shows_the_other_persons_change()
    {
        var session = _world.Sessions[-30];
        var instructor = await App.SignInAsync(BootcampApp.Instructor);
        var staff = await App.SignInAsync(BootcampApp.Staff);
        var learners = await RosterLearnersAsync(instructor, session);
        var url = $"/Attendance/Sessions/{session}";
        Assert.That((await instructor.PostFormAsync(url, url, Roster(learners.Select(id => (id, "Present", (string?)null, 0))))).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        // Both open the taken roster at version 1; staff saves first.
        var first = learners[0];
        var staffRows = learners.Select(id => (id, id == first ? "Late" : "Present", (string?)null, 1));
        Assert.That((await staff.PostFormAsync(url, url, Roster(staffRows, "Came in at ten"))).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var instructorRows = learners.Select(id => (id, id == first ? "Absent" : "Present", (string?)null, 1));
        var response = await instructor.PostFormAsync(url, url, Roster(instructorRows));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var message = string.Join(" ", (await response.ReadPageAsync()).Errors());
        Assert.That(message, Does.Contain("Katrin Vogel").And.Contain("Late").And.Contain("while you were editing"));
        var stored = await App.WithDbAsync(db => db.Attendance.SingleAsync(a => a.SessionId == session && a.LearnerId == first));
        Assert.That(stored.Status, Is.EqualTo(AttendanceStatus.Late));
        Assert.That(stored.Version, Is.EqualTo(2));
    }

    [Test]
    public async Task Session_history_shows_who_changed_a_mark_from_what_to_what()
    {
        var world = await LoggingWorld.CreateAsync(App);
        var session = world.Sessions[-10];
        var client = await App.SignInAsync(BootcampApp.Staff);
        var learners = await RosterLearnersAsync(client, session);
        var url = $"/Attendance/Sessions/{session}";
        Assert.That((await client.PostFormAsync(url, url, Roster(learners.Select(id => (id, "Present", (string?)null, 0))))).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var marks = await App.WithDbAsync(db => db.Attendance.Where(a => a.SessionId == session).ToDictionaryAsync(a => a.LearnerId, a => a.Version));
        var rows = learners.Select(id => (id, id == learners[1] ? "Excused" : "Present", id == learners[1] ? (string?)"Family emergency" : null, marks.GetValueOrDefault(id)));
        Assert.That((await client.PostFormAsync(url, url, Roster(rows, "Corrected after a call"))).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        var page = await client.GetPageAsync($"/Attendance/Sessions/{session}/History");

        var text = page.QuerySelector("table")!.TextContent;
        Assert.That(text, Does.Contain("Katrin Vogel").And.Contain("Excused: Family emergency"));
        Assert.That(text, Does.Contain("Corrected after a call"));
        var changed = await App.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.SessionId == session && a.Action == AuditAction.Changed));
        Assert.That((changed.LearnerId, changed.OldValue, changed.NewValue, changed.Reason, changed.ChangedBy),
            Is.EqualTo((learners[1], "Present", "Excused: Family emergency", "Corrected after a call", BootcampApp.Staff)));
    }

    [Test]
    public async Task After_the_correction_window_only_staff_with_a_reason_change_a_mark()
    {
        var world = await LoggingWorld.CreateAsync(App);
        var session = world.Sessions[-10];
        var learner = world.Regulars[0];
        await App.WithDbAsync(async db =>
        {
            foreach (var id in world.Regulars)
                db.Attendance.Add(new Bootcamp.Domain.Logging.Attendance(session, id, AttendanceStatus.Present, null, BootcampApp.Instructor, App.UtcNow.AddDays(-9)));
            await db.SaveChangesAsync();
            return 0;
        });
        var versions = await App.WithDbAsync(db => db.Attendance.Where(a => a.SessionId == session).ToDictionaryAsync(a => a.LearnerId, a => a.Version));
        var rows = world.Regulars.Select(id => (id, id == learner ? "Absent" : "Present", (string?)null, versions[id])).ToList();
        var url = $"/Attendance/Sessions/{session}";
        var instructor = await App.SignInAsync(BootcampApp.Instructor);
        var staff = await App.SignInAsync(BootcampApp.Staff);

        var byInstructor = await instructor.PostFormAsync(url, url, Roster(rows, "Misread the list"));
        var byStaffWithoutReason = await staff.PostFormAsync(url, url, Roster(rows));
        Assert.That((byInstructor.StatusCode, byStaffWithoutReason.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.OK)));
        Assert.That((await byInstructor.ReadPageAsync()).Errors(), Has.Some.Contains("correction window closed"));
        Assert.That((await byStaffWithoutReason.ReadPageAsync()).Errors(), Has.Some.Contains("needs a reason"));
        Assert.That(await App.WithDbAsync(db => db.Attendance.Where(a => a.SessionId == session && a.LearnerId == learner).Select(a => a.Status).SingleAsync()),
            Is.EqualTo(AttendanceStatus.Present), "nothing was saved");

        var byStaff = await staff.PostFormAsync(url, url, Roster(rows, "Sign-in sheet shows the learner was absent"));

        Assert.That(byStaff.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await App.WithDbAsync(db => db.Attendance.Where(a => a.SessionId == session && a.LearnerId == learner).Select(a => a.Status).SingleAsync()),
            Is.EqualTo(AttendanceStatus.Absent));
    }

    [Test]
    public async Task Attendance_cannot_be_taken_before_the_session_day()
    {
        var client = await App.SignInAsync(BootcampApp.Instructor);
        var session = _world.Sessions[2];
        var page = await client.GetPageAsync($"/Attendance/Sessions/{session}");
        Assert.That(page.QuerySelector("form[method=post] input[name$='.LearnerId']"), Is.Null);
        Assert.That(page.Body!.TextContent, Does.Contain("not before"));
    }

    [Test]
    public async Task Attendance_for_a_lecture_later_today_is_refused_with_its_start_time_until_it_starts()
    {
        var world = await LoggingWorld.CreateAsync(App);
        var start = App.UtcNow.AddHours(3);
        var session = await App.WithDbAsync(async db =>
        {
            var later = new Bootcamp.Domain.Scheduling.LectureSession(world.CohortId, world.ModuleIds[0], "Later today", start, start.AddMinutes(50), null, null);
            db.Sessions.Add(later);
            await db.SaveChangesAsync();
            return later.Id;
        });
        var url = $"/Attendance/Sessions/{session}";
        var client = await App.SignInAsync(BootcampApp.Instructor);
        var startsAt = TimeZoneInfo.ConvertTimeFromUtc(start, LoggingWorld.Zone).ToString("HH:mm");

        var page = await client.GetPageAsync(url);
        var response = await client.PostFormAsync(url, url, Roster(world.Regulars.Select(id => (id, "Present", (string?)null, 0))));

        Assert.That(page.QuerySelector("form[method=post] input[name$='.LearnerId']"), Is.Null);
        Assert.That(page.Body!.TextContent, Does.Contain($"starts at {startsAt}").And.Contain("once it has started"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await response.ReadPageAsync()).Errors(), Has.Some.Contains($"starts at {startsAt}"));
        Assert.That(await App.WithDbAsync(db => db.Attendance.CountAsync(a => a.SessionId == session)), Is.Zero);
    }

    [Test]
    public async Task Instructor_home_lists_todays_session_and_past_sessions_without_attendance()
    {
        var untouched = await LoggingWorld.CreateAsync(App);
        var client = await App.SignInAsync(BootcampApp.Instructor);
        var page = await client.GetPageAsync("/");
        var today = page.QuerySelector("[aria-labelledby=today-heading]")!.InnerHtml;
        var waiting = page.QuerySelector("[aria-labelledby=waiting-heading]")!.InnerHtml;
        Assert.That(today, Does.Contain($"/Attendance/Sessions/{_world.Sessions[0]}"));
        Assert.That(waiting, Does.Contain($"/Attendance/Sessions/{untouched.Sessions[-3]}\"").And.Contain($"/Attendance/Sessions/{untouched.Sessions[-10]}\""),
            "past lectures without attendance wait for it");
        Assert.That(waiting, Does.Not.Contain($"/Attendance/Sessions/{_world.Sessions[2]}\""));
        Assert.That(waiting, Does.Not.Contain($"/Attendance/Sessions/{_world.Sessions[0]}\""));
    }

    [Test]
    public async Task Instructor_home_lists_only_the_lectures_the_instructor_teaches()
    {
        var world = await LoggingWorld.CreateAsync(App);
        var (colleagues, mine) = await App.WithDbAsync(async db =>
        {
            var me = await db.Users.Where(u => u.Email == BootcampApp.Instructor).Select(u => u.InstructorId).SingleAsync();
            var colleague = await db.Instructors.Where(i => i.Id != me).Select(i => i.Id).FirstAsync();
            var today = world.Today.ToDateTime(new TimeOnly(14, 0));
            var start = TimeZoneInfo.ConvertTimeToUtc(today, LoggingWorld.Zone);
            var theirs = new Bootcamp.Domain.Scheduling.LectureSession(world.CohortId, world.ModuleIds[0], "Colleague's lecture", start, start.AddMinutes(50), null, colleague);
            var pastStart = start.AddDays(-7);
            var theirsPast = new Bootcamp.Domain.Scheduling.LectureSession(world.CohortId, world.ModuleIds[0], "Colleague's past lecture", pastStart, pastStart.AddMinutes(50), null, colleague);
            db.Sessions.AddRange(theirs, theirsPast);
            await db.SaveChangesAsync();
            return (new[] { theirs.Id, theirsPast.Id }, world.Sessions[0]);
        });
        var client = await App.SignInAsync(BootcampApp.Instructor);

        var page = await client.GetPageAsync("/");

        var today = page.QuerySelector("[aria-labelledby=today-heading]")!.InnerHtml;
        var waiting = page.QuerySelector("[aria-labelledby=waiting-heading]")!.InnerHtml;
        Assert.That(today, Does.Contain($"/Attendance/Sessions/{mine}\""));
        Assert.That(today + waiting, Does.Not.Contain($"/Attendance/Sessions/{colleagues[0]}\"").And.Not.Contain($"/Attendance/Sessions/{colleagues[1]}\""),
            "a co-instructor's lectures are not on this instructor's home");
    }

    [Test]
    public async Task Partner_is_refused_and_staff_of_another_centre_sees_nothing()
    {
        var session = _world.Sessions[-10];
        var partner = await App.SignInAsync(BootcampApp.Partner);
        var lisbon = await App.SignInAsync("lisbon.staff@bootcamp.local");

        var partnerResponse = await partner.GetAsync($"/Attendance/Sessions/{session}");
        var lisbonResponse = await lisbon.GetAsync($"/Attendance/Sessions/{session}");

        Assert.That(partnerResponse.StatusCode, Is.EqualTo(HttpStatusCode.Redirect).Or.EqualTo(HttpStatusCode.Forbidden));
        if (partnerResponse.StatusCode == HttpStatusCode.Redirect)
            Assert.That(partnerResponse.Headers.Location?.ToString(), Does.Contain("/Account/Denied"));
        Assert.That(lisbonResponse.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
