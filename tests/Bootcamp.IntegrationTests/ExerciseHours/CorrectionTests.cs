using System.Globalization;
using System.Net;
using Bootcamp.Domain.Logging;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.ExerciseHours;

public sealed class CorrectionTests : AppFixture
{
    private LoggingWorld _world = null!;
    private HttpClient _instructor = null!;
    private HttpClient _staff = null!;

    protected override async Task ArrangeFixtureAsync()
    {
        _world = await LoggingWorld.CreateAsync(App);
        _instructor = await App.SignInAsync(BootcampApp.Instructor);
        _staff = await App.SignInAsync(BootcampApp.Staff);
    }

    private static string EditUrl(int id) => $"/ExerciseHours/Entries/{id}/Edit";

    private Dictionary<string, string> Change(string hours, int version, string? reason = null) => new()
    {
        ["Form.ModuleId"] = _world.ModuleIds[0].ToString(CultureInfo.InvariantCulture),
        ["Form.Date"] = _world.Today.AddDays(-9).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Form.Hours"] = hours,
        ["Form.Kind"] = "Solo",
        ["Form.Description"] = "Corrected",
        ["Form.Reason"] = reason ?? "",
        ["Form.Version"] = version.ToString(CultureInfo.InvariantCulture),
    };

    private Task<ExerciseLog> StoredAsync(int id) => App.WithDbAsync(db => db.ExerciseLogs.AsNoTracking().SingleAsync(e => e.Id == id));

    [Test]
    public async Task Instructor_corrects_an_own_entry_within_the_window_and_the_change_is_audited()
    {
        var id = await _world.StoreHoursAsync(App, _world.Regulars[0], _world.Today.AddDays(-9), 60, BootcampApp.Instructor, App.UtcNow.AddDays(-2));

        var response = await _instructor.PostFormAsync(EditUrl(id), EditUrl(id), Change("1.5", 1));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await StoredAsync(id)).Minutes, Is.EqualTo(90));
        var audit = await App.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Record == AuditedRecord.ExerciseLog && a.RecordId == id));
        Assert.That(audit.Action, Is.EqualTo(AuditAction.Changed));
        Assert.That(audit.OldValue, Does.Contain("1 h solo"));
        Assert.That(audit.NewValue, Does.Contain("1.5 h solo"));
        Assert.That(audit.ChangedBy, Is.EqualTo(BootcampApp.Instructor));
    }

    [Test]
    public async Task Instructor_cannot_correct_after_seven_days()
    {
        var id = await _world.StoreHoursAsync(App, _world.Regulars[1], _world.Today.AddDays(-9), 60, BootcampApp.Instructor, App.UtcNow.AddDays(-9));

        var response = await _instructor.PostFormAsync(EditUrl(id), EditUrl(id), Change("2", 1));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await response.ReadPageAsync()).Errors(), Has.Some.Contains("correction window closed"));
        Assert.That((await StoredAsync(id)).Minutes, Is.EqualTo(60));
    }

    [Test]
    public async Task Staff_correct_after_the_window_only_with_a_reason()
    {
        var id = await _world.StoreHoursAsync(App, _world.Regulars[2], _world.Today.AddDays(-9), 60, BootcampApp.Instructor, App.UtcNow.AddDays(-9));

        var without = await _staff.PostFormAsync(EditUrl(id), EditUrl(id), Change("2", 1));
        Assert.That((await without.ReadPageAsync()).QuerySelector("#Form_Reason-error")?.TextContent, Does.Contain("needs a reason"));
        Assert.That((await StoredAsync(id)).Minutes, Is.EqualTo(60));

        var with = await _staff.PostFormAsync(EditUrl(id), EditUrl(id), Change("2", 1, "Sign-in sheet showed two hours"));

        Assert.That(with.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await StoredAsync(id)).Minutes, Is.EqualTo(120));
        var audit = await App.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Record == AuditedRecord.ExerciseLog && a.RecordId == id));
        Assert.That(audit.Reason, Is.EqualTo("Sign-in sheet showed two hours"));
        Assert.That(audit.ChangedBy, Is.EqualTo(BootcampApp.Staff));
    }

    [Test]
    public async Task A_second_save_on_a_stale_version_is_refused_and_shows_the_other_change()
    {
        var id = await _world.StoreHoursAsync(App, _world.Regulars[3], _world.Today.AddDays(-9), 60, BootcampApp.Instructor, App.UtcNow);
        var instructorForm = await _instructor.GetPageAsync(EditUrl(id));
        Assert.That(instructorForm.QuerySelector("input[name='Form.Version']")?.GetAttribute("value"), Is.EqualTo("1"));

        var staffSave = await _staff.PostFormAsync(EditUrl(id), EditUrl(id), Change("3.25", 1, "Checked with the learner"));
        Assert.That(staffSave.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var instructorSave = await _instructor.PostFormAsync(EditUrl(id), EditUrl(id), Change("0.5", 1));

        Assert.That(instructorSave.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var page = await instructorSave.ReadPageAsync();
        Assert.That(page.Errors(), Has.Some.Contains("Katrin Vogel").And.Some.Contains("3.25 h"));
        Assert.That(page.QuerySelector("input[name='Form.Version']")?.GetAttribute("value"), Is.EqualTo("2"), "a second save is deliberate");
        Assert.That(page.QuerySelector("input[name='Form.Hours']")?.GetAttribute("value"), Is.EqualTo("0.5"), "the refused input is kept");
        Assert.That((await StoredAsync(id)).Minutes, Is.EqualTo(195));
    }

    [Test]
    public async Task A_correction_is_held_to_twelve_hours_a_day_without_counting_itself()
    {
        var day = _world.Today.AddDays(-9);
        await _world.StoreHoursAsync(App, _world.Regulars[4], day, 6 * 60, BootcampApp.Instructor, App.UtcNow);
        var id = await _world.StoreHoursAsync(App, _world.Regulars[4], day, 4 * 60, BootcampApp.Instructor, App.UtcNow);

        var toSix = await _instructor.PostFormAsync(EditUrl(id), EditUrl(id), Change("6", 1));
        Assert.That(toSix.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var toSeven = await _instructor.PostFormAsync(EditUrl(id), EditUrl(id), Change("7", 2));

        Assert.That((await toSeven.ReadPageAsync()).Errors(), Has.Some.Contains("13 h"));
        Assert.That((await StoredAsync(id)).Minutes, Is.EqualTo(360));
    }

    [Test]
    public async Task Deleting_an_entry_writes_an_audit_entry_with_the_old_value()
    {
        var id = await _world.StoreHoursAsync(App, _world.Regulars[5], _world.Today.AddDays(-9), 45, BootcampApp.Instructor, App.UtcNow);

        var response = await _instructor.PostFormAsync(EditUrl(id), $"/ExerciseHours/Entries/{id}/Delete", new() { ["Form.Version"] = "1", ["Form.Reason"] = "Logged twice" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var (exists, audit) = await App.WithDbAsync(async db => (
            await db.ExerciseLogs.AnyAsync(e => e.Id == id),
            await db.AuditEntries.SingleAsync(a => a.Record == AuditedRecord.ExerciseLog && a.RecordId == id)));
        Assert.That(exists, Is.False);
        Assert.That(audit.Action, Is.EqualTo(AuditAction.Deleted));
        Assert.That(audit.OldValue, Does.Contain("0.75 h"));
        Assert.That(audit.Reason, Is.EqualTo("Logged twice"));
    }

    [Test]
    public async Task Learner_history_lists_entries_and_their_changes()
    {
        var id = await _world.StoreHoursAsync(App, _world.GroupMembers[0], _world.Today.AddDays(-9), 60, BootcampApp.Instructor, App.UtcNow);
        Assert.That((await _instructor.PostFormAsync(EditUrl(id), EditUrl(id), Change("1.25", 1))).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        var page = await _instructor.GetPageAsync($"/ExerciseHours/Cohorts/{_world.CohortId}/Learners/{_world.GroupMembers[0]}");

        Assert.That(page.QuerySelector($"a[href='/ExerciseHours/Entries/{id}/Edit']"), Is.Not.Null);
        var history = page.QuerySelector("[aria-labelledby=history-heading]")!.TextContent;
        Assert.That(history, Does.Contain("Amira Haddad").And.Contain("1.25 h solo"));
    }
}
