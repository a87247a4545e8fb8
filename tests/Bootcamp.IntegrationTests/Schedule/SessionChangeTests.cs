using System.Net;
using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Logging;
using Bootcamp.Domain.Scheduling;
using Bootcamp.IntegrationTests.Cohorts;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Schedule;

/// <summary>Changing one session at a time and shifting the rest, on cohorts placed in September 2027 (no Berlin holidays).</summary>
public sealed class SessionChangeTests : AppFixture
{
    private HttpClient _staff = null!;

    protected override async Task ArrangeFixtureAsync() => _staff = await App.SignInAsync(BootcampApp.Staff);

    [Test]
    public async Task A_moved_session_keeps_its_attendance()
    {
        var cohort = await ArrangeAsync("TST-MOVE", new DateOnly(2027, 9, 7), "Tue 17:30-21:00");
        var session = (await App.SessionsAsync(cohort.Id))[1];
        var attendanceId = await App.WithDbAsync(async db =>
        {
            var learner = new Learner("Moving", "Learner", "moving.learner@test.local", null);
            db.Learners.Add(learner);
            await db.SaveChangesAsync();
            db.Enrolments.Add(new Enrolment(cohort.Id, learner.Id, new DateOnly(2027, 9, 7)));
            var mark = new Bootcamp.Domain.Logging.Attendance(session.Id, learner.Id, AttendanceStatus.Late, null, "test", App.UtcNow);
            db.Attendance.Add(mark);
            await db.SaveChangesAsync();
            return mark.Id;
        });

        var response = await _staff.PostFormAsync($"/Schedule/Session/{session.Id}", $"/Schedule/Session/{session.Id}",
            ScheduleScenario.MoveFields(new DateOnly(2027, 9, 16), "18:00", "21:30", cohort.RoomId, cohort.InstructorId));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await response.Content.ReadAsStringAsync());
        var moved = (await App.SessionsAsync(cohort.Id)).Single(s => s.Id == session.Id);
        Assert.That(ScheduleScenario.LocalDate(moved.StartUtc), Is.EqualTo(new DateOnly(2027, 9, 16)));
        Assert.That(ScheduleScenario.LocalTime(moved.StartUtc), Is.EqualTo(new TimeOnly(18, 0)));
        var mark = await App.WithDbAsync(db => db.Attendance.AsNoTracking().SingleAsync(a => a.Id == attendanceId));
        Assert.That(mark.SessionId, Is.EqualTo(session.Id));
        Assert.That(mark.Status, Is.EqualTo(AttendanceStatus.Late));
    }

    [Test]
    public async Task Cancelling_needs_a_reason_and_a_cancelled_session_is_not_held()
    {
        var cohort = await ArrangeAsync("TST-CANCEL", new DateOnly(2027, 9, 7), "Tue 17:30-21:00");
        var session = (await App.SessionsAsync(cohort.Id))[0];
        var page = $"/Schedule/Session/{session.Id}";

        var refused = await _staff.PostFormAsync(page, $"/Schedule/Cancel/{session.Id}", new() { ["Cancel.Reason"] = " " });
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(CohortPages.ErrorFor(await refused.ReadPageAsync(), "cancel-reason-error"), Does.Contain("Give a reason"));
        Assert.That((await App.SessionsAsync(cohort.Id))[0].Status, Is.EqualTo(SessionStatus.Scheduled));

        var accepted = await _staff.PostFormAsync(page, $"/Schedule/Cancel/{session.Id}", new() { ["Cancel.Reason"] = "Instructor ill" });
        Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var cancelled = (await App.SessionsAsync(cohort.Id))[0];
        Assert.That(cancelled.Status, Is.EqualTo(SessionStatus.Cancelled));
        Assert.That(cancelled.CancellationReason, Is.EqualTo("Instructor ill"));
        Assert.That(cancelled.IsHeldBy(cancelled.EndUtc.AddDays(1)), Is.False);
    }

    [Test]
    public async Task A_move_into_a_booked_room_is_refused_without_override_and_kept_with_a_reason()
    {
        var tuesdays = await ArrangeAsync("TST-ROOM-A", new DateOnly(2027, 9, 7), "Tue 17:30-21:00");
        var thursdays = await ArrangeAsync("TST-ROOM-B", new DateOnly(2027, 9, 9), "Thu 17:30-21:00");
        var session = (await App.SessionsAsync(thursdays.Id))[0];
        var page = $"/Schedule/Session/{session.Id}";
        var fields = ScheduleScenario.MoveFields(new DateOnly(2027, 9, 14), "18:00", "20:00", tuesdays.RoomId, thursdays.InstructorId);

        var refused = await _staff.PostFormAsync(page, page, fields);
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var refusedPage = await refused.ReadPageAsync();
        var summary = refusedPage.ErrorSummaryText();
        Assert.That(refusedPage.QuerySelector("input[type=checkbox][name='Form.OverrideConflicts']"), Is.Not.Null, "the form offers the override");
        Assert.That(refusedPage.QuerySelector("input[name='Form.OverrideReason']"), Is.Not.Null);
        Assert.That(summary, Does.Contain("Not saved").And.Contain("Room Room TST-ROOM-A is booked twice"));
        Assert.That((await App.SessionsAsync(thursdays.Id))[0].StartUtc, Is.EqualTo(session.StartUtc));

        fields["Form.OverrideConflicts"] = "true";
        var noReason = await _staff.PostFormAsync(page, page, fields);
        Assert.That(CohortPages.ErrorFor(await noReason.ReadPageAsync(), "override-reason-error"), Does.Contain("Say why"));
        Assert.That((await App.SessionsAsync(thursdays.Id))[0].StartUtc, Is.EqualTo(session.StartUtc));

        fields["Form.OverrideReason"] = "Joint session of both cohorts";
        var kept = await _staff.PostFormAsync(page, page, fields);
        Assert.That(kept.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var moved = (await App.SessionsAsync(thursdays.Id)).Single(s => s.Id == session.Id);
        Assert.That(ScheduleScenario.LocalDate(moved.StartUtc), Is.EqualTo(new DateOnly(2027, 9, 14)));
        Assert.That(moved.RoomId, Is.EqualTo(tuesdays.RoomId));
        Assert.That(moved.ConflictOverrideReason, Is.EqualTo("Joint session of both cohorts"));

        var conflicts = await _staff.GetPageAsync($"/Schedule/Conflicts/{tuesdays.CentreId}");
        Assert.That(conflicts.Body!.TextContent, Does.Contain("Accepted: Joint session of both cohorts"));
    }

    [Test]
    public async Task A_move_outside_the_cohorts_dates_is_refused_even_with_an_override()
    {
        var cohort = await ArrangeAsync("TST-OUTSIDE", new DateOnly(2027, 9, 7), "Tue 17:30-21:00");
        var session = (await App.SessionsAsync(cohort.Id))[0];
        var page = $"/Schedule/Session/{session.Id}";
        var fields = ScheduleScenario.MoveFields(new DateOnly(2027, 12, 7), "17:30", "21:00", cohort.RoomId, cohort.InstructorId);
        fields["Form.OverrideConflicts"] = "true";
        fields["Form.OverrideReason"] = "Catch-up";

        var refused = await _staff.PostFormAsync(page, page, fields);

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await refused.ReadPageAsync()).ErrorSummaryText(), Does.Contain("outside the cohort's dates"));
        Assert.That((await App.SessionsAsync(cohort.Id))[0].StartUtc, Is.EqualTo(session.StartUtc));
    }

    [Test]
    public async Task A_session_can_be_added_for_a_module()
    {
        var cohort = await ArrangeAsync("TST-ADD", new DateOnly(2027, 9, 7), "Tue 17:30-21:00");
        var moduleId = cohort.ModuleId;
        var fields = ScheduleScenario.MoveFields(new DateOnly(2027, 9, 9), "09:00", "12:00", cohort.RoomId, cohort.InstructorId);
        fields["Form.ModuleId"] = moduleId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields["Form.Topic"] = "Revision";

        var response = await _staff.PostFormAsync($"/Schedule/AddSession/{cohort.Id}", $"/Schedule/AddSession/{cohort.Id}", fields);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await response.Content.ReadAsStringAsync());
        var added = (await App.SessionsAsync(cohort.Id)).Single(s => s.Topic == "Revision");
        Assert.That(ScheduleScenario.LocalTime(added.StartUtc), Is.EqualTo(new TimeOnly(9, 0)));
        Assert.That(added.ModuleId, Is.EqualTo(moduleId));
    }

    [Test]
    public async Task Shifting_moves_every_session_from_a_date_and_extends_the_end_date()
    {
        var cohort = await ArrangeAsync("TST-SHIFT", new DateOnly(2027, 9, 7), "Tue 17:30-21:00");
        var before = await App.SessionsAsync(cohort.Id);

        var response = await _staff.PostFormAsync($"/Schedule/Shift/{cohort.Id}", $"/Schedule/Shift/{cohort.Id}", new()
        {
            ["Form.FromDate"] = "2027-09-21",
            ["Form.Amount"] = "1",
            ["Form.Unit"] = "Weeks",
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await response.Content.ReadAsStringAsync());
        var after = await App.SessionsAsync(cohort.Id);
        Assert.That(after.Select(s => ScheduleScenario.LocalDate(s.StartUtc)).Take(2), Is.EqualTo(before.Select(s => ScheduleScenario.LocalDate(s.StartUtc)).Take(2)));
        Assert.That(ScheduleScenario.LocalDate(after[2].StartUtc), Is.EqualTo(new DateOnly(2027, 9, 28)));
        Assert.That(after.Select(s => ScheduleScenario.LocalTime(s.StartUtc)), Is.All.EqualTo(new TimeOnly(17, 30)));
        var endDate = await App.WithDbAsync(db => db.Cohorts.Where(c => c.Id == cohort.Id).Select(c => c.EndDate).SingleAsync());
        Assert.That(endDate, Is.EqualTo(ScheduleScenario.LocalDate(before[^1].StartUtc).AddDays(7)));
    }

    private async Task<TestCohort> ArrangeAsync(string code, DateOnly start, string slot)
    {
        var cohort = await App.NewCohortAsync(code, start);
        await _staff.SaveCalendarAsync(cohort, start, slot);
        return cohort;
    }
}
