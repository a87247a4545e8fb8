using System.Globalization;
using System.Net;
using Bootcamp.Domain.Logging;
using Bootcamp.IntegrationTests.Cohorts;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.ExerciseHours;

/// <summary>A group entry made one row per member; a correction can reach one member's row or all of them at once.</summary>
public sealed class GroupCorrectionTests : AppFixture
{
    private HttpClient _instructor = null!;

    protected override async Task ArrangeFixtureAsync() => _instructor = await App.SignInAsync(BootcampApp.Instructor);

    private static string EditUrl(int id) => $"/ExerciseHours/Entries/{id}/Edit";

    /// <summary>A fresh cohort with 2.5 h of group work logged for its project group a week ago; the rows in id order.</summary>
    private async Task<(LoggingWorld World, List<ExerciseLog> Rows)> GroupEntryAsync()
    {
        var world = await LoggingWorld.CreateAsync(App);
        var logUrl = $"/ExerciseHours/Cohorts/{world.CohortId}/Log";
        var response = await _instructor.PostFormAsync(logUrl, logUrl, new()
        {
            ["Form.Who"] = $"group-{world.GroupId}",
            ["Form.Kind"] = "Group",
            ["Form.ModuleId"] = world.ModuleIds[0].ToString(CultureInfo.InvariantCulture),
            ["Form.Date"] = Day(world, -7),
            ["Form.Hours"] = "2.5",
            ["Form.Description"] = "Sprint planning for the team project",
        });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        return (world, await RowsAsync(world));
    }

    private Task<List<ExerciseLog>> RowsAsync(LoggingWorld world) => App.WithDbAsync(db =>
        db.ExerciseLogs.AsNoTracking().Where(e => e.CohortId == world.CohortId && e.ProjectGroupId == world.GroupId).OrderBy(e => e.Id).ToListAsync());

    private static string Day(LoggingWorld world, int offset) => world.Today.AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Correction(LoggingWorld world, ExerciseLog row, string hours, bool wholeGroup) => new()
    {
        ["Form.ModuleId"] = world.ModuleIds[0].ToString(CultureInfo.InvariantCulture),
        ["Form.Date"] = Day(world, -7),
        ["Form.Hours"] = hours,
        ["Form.Kind"] = "Group",
        ["Form.Description"] = "Sprint planning for the team project",
        ["Form.Version"] = row.Version.ToString(CultureInfo.InvariantCulture),
        ["Form.WholeGroup"] = wholeGroup ? "true" : "false",
    };

    [Test]
    public async Task The_edit_page_offers_the_whole_group_only_for_a_group_entry()
    {
        var (world, rows) = await GroupEntryAsync();
        var solo = await world.StoreHoursAsync(App, world.Regulars[0], world.Today.AddDays(-2), 60, BootcampApp.Instructor, App.UtcNow);

        var groupPage = await _instructor.GetPageAsync(EditUrl(rows[0].Id));
        var soloPage = await _instructor.GetPageAsync(EditUrl(solo));

        Assert.That(groupPage.QuerySelector("label[for=Form_WholeGroup]")?.TextContent, Does.Contain($"all {rows.Count} members"));
        Assert.That(soloPage.QuerySelector("#Form_WholeGroup"), Is.Null);
    }

    [Test]
    public async Task Correcting_the_whole_group_changes_every_member_row_and_audits_each()
    {
        var (world, rows) = await GroupEntryAsync();

        var response = await _instructor.PostFormAsync(EditUrl(rows[1].Id), EditUrl(rows[1].Id), Correction(world, rows[1], "2", wholeGroup: true));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var after = await RowsAsync(world);
        Assert.That(after.Select(r => r.Minutes), Is.All.EqualTo(120));
        Assert.That(after.Select(r => r.LearnerId), Is.EquivalentTo(world.GroupMembers));
        var ids = rows.Select(r => r.Id).ToList();
        var changed = await App.WithDbAsync(db => db.AuditEntries
            .Where(a => a.Record == AuditedRecord.ExerciseLog && ids.Contains(a.RecordId) && a.Action == AuditAction.Changed).ToListAsync());
        Assert.That(changed.Select(a => a.RecordId), Is.EquivalentTo(ids));
        Assert.That(changed, Has.All.Matches<AuditEntry>(a => a!.OldValue!.Contains("2.5 h group") && a.NewValue!.Contains("2 h group")));
    }

    [Test]
    public async Task Without_the_whole_group_only_the_member_row_changes()
    {
        var (world, rows) = await GroupEntryAsync();

        var response = await _instructor.PostFormAsync(EditUrl(rows[0].Id), EditUrl(rows[0].Id), Correction(world, rows[0], "1", wholeGroup: false));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var after = await RowsAsync(world);
        Assert.That(after.Select(r => r.Minutes), Is.EqualTo(new[] { 60 }.Concat(Enumerable.Repeat(150, rows.Count - 1))));
    }

    [Test]
    public async Task A_member_who_would_pass_twelve_hours_is_named_and_no_row_changes()
    {
        var (world, rows) = await GroupEntryAsync();
        var busy = rows[^1];
        await world.StoreHoursAsync(App, busy.LearnerId, world.Today.AddDays(-7), 9 * 60, BootcampApp.Instructor, App.UtcNow);
        var name = await App.WithDbAsync(db => db.Learners.Where(l => l.Id == busy.LearnerId).Select(l => l.FirstName + " " + l.LastName).SingleAsync());

        var response = await _instructor.PostFormAsync(EditUrl(rows[0].Id), EditUrl(rows[0].Id), Correction(world, rows[0], "3.5", wholeGroup: true));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var errors = (await response.ReadPageAsync()).Errors();
        Assert.That(errors, Has.Some.StartsWith(name + ":").And.Contains("12"));
        Assert.That((await RowsAsync(world)).Select(r => r.Minutes), Is.All.EqualTo(150), "nothing is half-saved");
    }

    [Test]
    public async Task Deleting_the_whole_group_removes_every_member_row_with_a_history_line_each()
    {
        var (world, rows) = await GroupEntryAsync();
        var deleteUrl = $"/ExerciseHours/Entries/{rows[0].Id}/Delete";

        var response = await _instructor.PostFormAsync(EditUrl(rows[0].Id), deleteUrl, Correction(world, rows[0], "2.5", wholeGroup: true));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await RowsAsync(world), Is.Empty);
        var ids = rows.Select(r => r.Id).ToList();
        var deleted = await App.WithDbAsync(db => db.AuditEntries
            .Where(a => a.Record == AuditedRecord.ExerciseLog && ids.Contains(a.RecordId) && a.Action == AuditAction.Deleted).Select(a => a.RecordId).ToListAsync());
        Assert.That(deleted, Is.EquivalentTo(ids));
    }
}
