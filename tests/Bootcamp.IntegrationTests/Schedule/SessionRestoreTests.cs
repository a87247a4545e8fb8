using System.Net;
using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Scheduling;
using Bootcamp.IntegrationTests.Cohorts;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Schedule;

/// <summary>Issue 12, mistakes can be undone: a session cancelled by mistake is restored with a reason, kept in its history.</summary>
public sealed class SessionRestoreTests : AppFixture
{
    private HttpClient _staff = null!;

    protected override async Task ArrangeFixtureAsync() => _staff = await App.SignInAsync(BootcampApp.Staff);

    /// <summary>A cohort with its calendar of Tuesday lectures in September 2027, its first lecture cancelled.</summary>
    private async Task<(TestCohort Cohort, LectureSession Cancelled)> CancelledAsync(string code)
    {
        var start = new DateOnly(2027, 9, 7);
        var cohort = await App.NewCohortAsync(code, start);
        await _staff.SaveCalendarAsync(cohort, start, "Tue 17:30-21:00");
        var session = (await App.SessionsAsync(cohort.Id))[0];
        var cancel = await _staff.PostFormAsync($"/Schedule/Session/{session.Id}", $"/Schedule/Cancel/{session.Id}", new() { ["Cancel.Reason"] = "Room flooded" });
        Assert.That(cancel.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        return (cohort, session);
    }

    private Task<HttpResponseMessage> RestoreAsync(HttpClient client, int sessionId, string reason, string? pageUrl = null) =>
        client.PostFormAsync(pageUrl ?? $"/Schedule/Session/{sessionId}", $"/Schedule/Restore/{sessionId}", new() { ["Restore.Reason"] = reason });

    private Task<LectureSession> SessionAsync(int id) => App.WithDbAsync(db => db.Sessions.AsNoTracking().SingleAsync(s => s.Id == id));

    private Task<List<SessionChange>> HistoryAsync(int id) =>
        App.WithDbAsync(db => db.SessionChanges.AsNoTracking().Where(c => c.SessionId == id).OrderBy(c => c.Id).ToListAsync());

    [Test]
    public async Task A_cancelled_session_is_restored_with_a_reason_and_both_changes_stay_in_its_history()
    {
        var (_, session) = await CancelledAsync("TST-RST-1");
        var page = await _staff.GetPageAsync($"/Schedule/Session/{session.Id}");
        Assert.That(page.QuerySelector($"form[action='/Schedule/Restore/{session.Id}']"), Is.Not.Null, "a cancelled session offers the restore");

        var response = await RestoreAsync(_staff, session.Id, "Cancelled the wrong week");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var restored = await SessionAsync(session.Id);
        Assert.That((restored.Status, restored.CancellationReason, restored.StartUtc, restored.RoomId, restored.InstructorId),
            Is.EqualTo((SessionStatus.Scheduled, (string?)null, session.StartUtc, session.RoomId, session.InstructorId)));
        var history = await HistoryAsync(session.Id);
        Assert.That(history.Select(c => (c.Kind, c.Reason, c.ChangedBy)), Is.EqualTo(new[]
        {
            (SessionChangeKind.Cancelled, "Room flooded", BootcampApp.Staff),
            (SessionChangeKind.Restored, "Cancelled the wrong week", BootcampApp.Staff),
        }));
        var after = await _staff.GetPageAsync(response.Headers.Location!.ToString());
        Assert.That(after.QuerySelector(".flash")!.TextContent, Does.Contain("restored"));
        Assert.That(after.QuerySelector("[aria-labelledby=history-heading]")!.TextContent, Does.Contain("Room flooded").And.Contain("Cancelled the wrong week"));
        Assert.That(after.QuerySelector($"form[action='/Schedule/Restore/{session.Id}']"), Is.Null);
        Assert.That(after.QuerySelector($"form[action='/Schedule/Cancel/{session.Id}']"), Is.Not.Null, "it can be cancelled again");
    }

    [Test]
    public async Task A_restore_needs_a_reason()
    {
        var (_, session) = await CancelledAsync("TST-RST-2");

        var response = await RestoreAsync(_staff, session.Id, " ");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(CohortPages.ErrorFor(await response.ReadPageAsync(), "restore-reason-error"), Is.EqualTo("Say why the session is restored."));
        Assert.That((await SessionAsync(session.Id)).Status, Is.EqualTo(SessionStatus.Cancelled));
    }

    [Test]
    public async Task A_room_booked_since_the_cancellation_refuses_the_restore_and_nothing_is_saved()
    {
        var (cohort, session) = await CancelledAsync("TST-RST-3");
        var other = await App.NewCohortAsync("TST-RST-3B", new DateOnly(2027, 9, 7));
        await App.WithDbAsync(db =>
        {
            db.Sessions.Add(new LectureSession(other.Id, other.ModuleId, "Booked meanwhile", session.StartUtc, session.EndUtc, cohort.RoomId, other.InstructorId));
            return db.SaveChangesAsync();
        });

        var response = await RestoreAsync(_staff, session.Id, "Cancelled the wrong week");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var summary = string.Join(" ", (await response.ReadPageAsync()).Errors());
        Assert.That(summary, Does.Contain("Not restored: its slot is no longer free").And.Contain("Room TST-RST-3 is booked twice"));
        var kept = await SessionAsync(session.Id);
        Assert.That((kept.Status, kept.CancellationReason), Is.EqualTo((SessionStatus.Cancelled, "Room flooded")));
        Assert.That((await HistoryAsync(session.Id)).Select(c => c.Kind), Is.EqualTo(new[] { SessionChangeKind.Cancelled }));
    }

    [Test]
    public async Task A_session_of_a_finished_cohort_is_not_restored()
    {
        var (cohort, session) = await CancelledAsync("TST-RST-4");
        await App.WithDbAsync(async db =>
        {
            var stored = await db.Cohorts.SingleAsync(c => c.Id == cohort.Id);
            stored.ChangeStatus(CohortStatus.Active);
            stored.ChangeStatus(CohortStatus.Completed);
            return await db.SaveChangesAsync();
        });
        var page = await _staff.GetPageAsync($"/Schedule/Session/{session.Id}");

        var response = await RestoreAsync(_staff, session.Id, "Cancelled the wrong week");

        Assert.That(page.QuerySelector($"form[action='/Schedule/Restore/{session.Id}']"), Is.Null, "not offered");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await response.ReadPageAsync()).Errors(), Does.Contain("TST-RST-4 is completed: its sessions can no longer be restored."));
        Assert.That((await SessionAsync(session.Id)).Status, Is.EqualTo(SessionStatus.Cancelled));
    }

    [Test]
    public async Task Another_centres_staff_get_404_and_change_nothing()
    {
        var (_, session) = await CancelledAsync("TST-RST-5");
        var lisbon = await App.SignInAsync(CohortPages.LisbonStaff);
        var lisbonCohort = await App.CohortIdAsync("LIS-QAA-03");
        var ownSession = await App.WithDbAsync(db => db.Sessions.Where(s => s.CohortId == lisbonCohort).Select(s => s.Id).FirstAsync());

        var response = await RestoreAsync(lisbon, session.Id, "Not mine to restore", $"/Schedule/Session/{ownSession}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await SessionAsync(session.Id)).Status, Is.EqualTo(SessionStatus.Cancelled));
        Assert.That(await HistoryAsync(session.Id), Has.Count.EqualTo(1));
    }
}
