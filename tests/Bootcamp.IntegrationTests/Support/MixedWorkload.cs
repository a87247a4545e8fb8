using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Support;

/// <summary>
/// A mix of the everyday writes that move marks, hours and figures, all through the real app's pages: rosters taken
/// and corrected, hours one by one and for a group, a weekly grid, an entry corrected and one deleted, a withdrawal.
/// It runs on a <see cref="LoggingWorld"/> cohort of its own, as the demo instructor and staff.
/// </summary>
public sealed class MixedWorkload
{
    private readonly BootcampApp _app;

    private MixedWorkload(BootcampApp app, LoggingWorld world, HttpClient instructor, HttpClient staff)
    {
        _app = app;
        World = world;
        Instructor = instructor;
        Staff = staff;
    }

    public LoggingWorld World { get; }
    public HttpClient Instructor { get; }
    public HttpClient Staff { get; }

    public static async Task<MixedWorkload> CreateAsync(BootcampApp app) =>
        new(app, await LoggingWorld.CreateAsync(app), await app.SignInAsync(BootcampApp.Instructor), await app.SignInAsync(BootcampApp.Staff));

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    public static async Task Saved(Task<HttpResponseMessage> post, string what) =>
        Assert.That((await post).StatusCode, Is.EqualTo(HttpStatusCode.Redirect), what);

    private async Task RosterAsync(HttpClient client, int sessionId, IReadOnlyList<string> statuses, string? reason = null)
    {
        var url = $"/Attendance/Sessions/{sessionId}";
        var page = await client.GetPageAsync(url);
        var learners = page.QuerySelectorAll("input[name$='.LearnerId']").Select(i => i.GetAttribute("value")!).ToList();
        var versions = page.QuerySelectorAll("input[name$='.Version']").Select(i => i.GetAttribute("value")!).ToList();
        var fields = new Dictionary<string, string>();
        for (var i = 0; i < learners.Count; i++)
        {
            var status = statuses[i % statuses.Count];
            fields[$"Rows[{i}].LearnerId"] = learners[i];
            fields[$"Rows[{i}].Status"] = status;
            fields[$"Rows[{i}].Reason"] = status == "Excused" ? "Doctor's appointment" : "";
            fields[$"Rows[{i}].Version"] = versions[i];
        }
        if (reason is not null)
            fields["Reason"] = reason;
        await Saved(client.PostFormAsync(url, url, fields), $"roster of session {sessionId}");
    }

    private Task LogAsync(string who, DateOnly day, string hours, string kind)
    {
        var url = $"/ExerciseHours/Cohorts/{World.CohortId}/Log";
        return Saved(Instructor.PostFormAsync(url, url, new()
        {
            ["Form.Who"] = who,
            ["Form.Kind"] = kind,
            ["Form.ModuleId"] = Id(World.ModuleIds[0]),
            ["Form.Date"] = Day(day),
            ["Form.Hours"] = hours,
            ["Form.Description"] = "Katas",
        }), $"hours for {who}");
    }

    /// <summary>Runs the whole mix once.</summary>
    public async Task RunAsync()
    {
        var regulars = World.Regulars;
        await RosterAsync(Instructor, World.Sessions[-30], ["Present", "Late", "Absent", "Excused"]);
        await RosterAsync(Instructor, World.Sessions[-10], ["Present", "Absent"]);
        await RosterAsync(Instructor, World.Sessions[-3], ["Late", "Present", "Present"]);
        await RosterAsync(Staff, World.Sessions[-30], ["Absent", "Present"], "Sign-in sheet checked");

        await LogAsync($"learner-{regulars[0]}", World.Today.AddDays(-2), "1.75", "Solo");
        await LogAsync($"learner-{regulars[1]}", World.Today.AddDays(-2), "2", "Solo");
        await LogAsync($"group-{World.GroupId}", World.Today.AddDays(-1), "2.5", "Group");

        var monday = World.Today.AddDays(-7 - (((int)World.Today.DayOfWeek + 6) % 7));
        var week = $"/ExerciseHours/Cohorts/{World.CohortId}/Week";
        var grid = new Dictionary<string, string> { ["week"] = Day(monday), ["Form.Description"] = "Grid week" };
        foreach (var learner in regulars)
        {
            grid[$"Form.Modules[{learner}]"] = Id(World.ModuleIds[1]);
            grid[$"Form.Kinds[{learner}]"] = learner == regulars[2] ? "Group" : "Solo";
            grid[$"Form.Hours[{learner}:{Day(monday.AddDays(1))}]"] = "3";
        }
        await Saved(Instructor.PostFormAsync($"{week}?week={Day(monday)}", week, grid), "weekly grid");

        var (changed, deleted) = await _app.WithDbAsync(async db =>
        {
            var logs = await db.ExerciseLogs.Where(e => e.CohortId == World.CohortId && e.ProjectGroupId == null).OrderBy(e => e.Id).Take(2).ToListAsync();
            return (logs[0], logs[1]);
        });
        var edit = $"/ExerciseHours/Entries/{changed.Id}/Edit";
        await Saved(Instructor.PostFormAsync(edit, edit, new()
        {
            ["Form.ModuleId"] = Id(World.ModuleIds[0]),
            ["Form.Date"] = Day(changed.Date),
            ["Form.Hours"] = "4.5",
            ["Form.Kind"] = "Group",
            ["Form.Description"] = "Corrected",
            ["Form.Reason"] = "",
            ["Form.Version"] = Id(changed.Version),
        }), "corrected entry");
        var delete = $"/ExerciseHours/Entries/{deleted.Id}/Edit";
        await Saved(Instructor.PostFormAsync(delete, $"/ExerciseHours/Entries/{deleted.Id}/Delete",
            new() { ["Form.Version"] = Id(deleted.Version), ["Form.Reason"] = "Logged twice" }), "deleted entry");

        var enrolment = await _app.WithDbAsync(db => db.Enrolments.Where(e => e.CohortId == World.CohortId && e.LearnerId == regulars[3]).Select(e => e.Id).SingleAsync());
        var withdraw = $"/Cohorts/{World.CohortId}/Withdraw/{enrolment}";
        var today = (await Staff.GetPageAsync(withdraw)).QuerySelector("#Form_WithdrawnOn")!.GetAttribute("value")!;
        await Saved(Staff.PostFormAsync(withdraw, withdraw, new() { ["Form.WithdrawnOn"] = today, ["Form.Reason"] = "Moved away" }), "withdrawal");
    }
}
