using System.Globalization;
using System.Net;
using Bootcamp.Domain.Logging;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.ExerciseHours;

/// <summary>Issue 12, faster logging: the hours form remembers the last entry, a group sets the kind, the grid takes module and kind per row.</summary>
public sealed class FasterLoggingTests : AppFixture
{
    private LoggingWorld _world = null!;
    private HttpClient _instructor = null!;

    protected override async Task ArrangeFixtureAsync()
    {
        _world = await LoggingWorld.CreateAsync(App);
        _instructor = await App.SignInAsync(BootcampApp.Instructor);
    }

    private string LogUrl => $"/ExerciseHours/Cohorts/{_world.CohortId}/Log";

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private Task<string> ModuleTitleAsync(int moduleId) => App.WithDbAsync(db => db.Modules.Where(m => m.Id == moduleId).Select(m => m.Title).SingleAsync());

    private Task<string> LearnerNameAsync(int learnerId) =>
        App.WithDbAsync(db => db.Learners.Where(l => l.Id == learnerId).Select(l => l.FirstName + " " + l.LastName).SingleAsync());

    [Test]
    public async Task After_a_save_the_form_says_what_was_saved_and_keeps_learner_module_kind_day_and_description()
    {
        var learner = _world.Regulars[2];
        var day = _world.Today.AddDays(-2);
        var response = await _instructor.PostFormAsync(LogUrl, LogUrl, new()
        {
            ["Form.Who"] = $"learner-{learner}",
            ["Form.Kind"] = "Group",
            ["Form.ModuleId"] = _world.ModuleIds[1].ToString(CultureInfo.InvariantCulture),
            ["Form.Date"] = Iso(day),
            ["Form.Hours"] = "1.5",
            ["Form.Description"] = "Pair programming on the REST client",
        });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        var next = await _instructor.GetPageAsync(response.Headers.Location!.ToString());

        Assert.That(next.QuerySelector(".flash")!.TextContent, Is.EqualTo(
            $"Logged 1.5 h group work in {await ModuleTitleAsync(_world.ModuleIds[1])} on {day.ToString("ddd d MMM", CultureInfo.InvariantCulture)} for {await LearnerNameAsync(learner)}. "
            + "The form keeps the learner, module, kind and description for the next entry."));
        Assert.That(next.QuerySelector("#Form_Who option[selected]")!.GetAttribute("value"), Is.EqualTo($"learner-{learner}"));
        Assert.That(next.QuerySelector("#Form_ModuleId option[selected]")!.GetAttribute("value"), Is.EqualTo(_world.ModuleIds[1].ToString(CultureInfo.InvariantCulture)));
        Assert.That(next.QuerySelector("#kind-Group")!.HasAttribute("checked"), Is.True);
        Assert.That(next.QuerySelector("#Form_Description")!.GetAttribute("value"), Is.EqualTo("Pair programming on the REST client"));
        Assert.That(next.QuerySelector("#Form_Date")!.GetAttribute("value"), Is.EqualTo(Iso(day)));
        Assert.That(next.QuerySelector("#Form_Hours")!.GetAttribute("value"), Is.Empty);

        var fresh = await _instructor.GetPageAsync(LogUrl);
        Assert.That(fresh.QuerySelector("#Form_Description")!.GetAttribute("value"), Is.Null.Or.Empty, "the kept entry is for the next form only");
    }

    [Test]
    public async Task Choosing_a_project_group_logs_group_work_even_when_the_kind_said_solo()
    {
        var day = _world.Today.AddDays(-3);
        var response = await _instructor.PostFormAsync(LogUrl, LogUrl, new()
        {
            ["Form.Who"] = $"group-{_world.GroupId}",
            ["Form.Kind"] = "Solo",
            ["Form.ModuleId"] = _world.ModuleIds[0].ToString(CultureInfo.InvariantCulture),
            ["Form.Date"] = Iso(day),
            ["Form.Hours"] = "2",
            ["Form.Description"] = "Sprint review",
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await response.Content.ReadAsStringAsync());
        var kinds = await App.WithDbAsync(db => db.ExerciseLogs.Where(e => e.CohortId == _world.CohortId && e.ProjectGroupId == _world.GroupId).Select(e => e.Kind).ToListAsync());
        Assert.That(kinds, Has.Count.EqualTo(_world.GroupMembers.Count).And.All.EqualTo(ExerciseKind.Group));
        var next = await _instructor.GetPageAsync(response.Headers.Location!.ToString());
        Assert.That(next.QuerySelector("#kind-Group")!.HasAttribute("checked"), Is.True);
        Assert.That(next.QuerySelector("#Form_Who")!.GetAttribute("data-group-kind"), Is.EqualTo("kind-Group"), "the page's script ticks Group as soon as a group is chosen");
    }

    [Test]
    public async Task The_weekly_grid_saves_each_rows_module_and_kind_and_totals_per_learner_and_per_day()
    {
        // A world of its own: the totals must count only this test's hours.
        var world = await LoggingWorld.CreateAsync(App);
        var weekUrl = $"/ExerciseHours/Cohorts/{world.CohortId}/Week";
        var monday = world.Today.AddDays(-7).AddDays(-(((int)world.Today.AddDays(-7).DayOfWeek + 6) % 7));
        var (solo, group) = (world.Regulars[0], world.Regulars[1]);
        await world.StoreHoursAsync(App, solo, monday, 60, BootcampApp.Instructor, App.UtcNow);
        var url = $"{weekUrl}?week={Iso(monday)}";
        var page = await _instructor.GetPageAsync(url);
        Assert.That(page.QuerySelectorAll("form[action*='/Week'] button[type=submit]").Select(b => b.Id).ToList(), Is.EqualTo(new[] { "save-top", "save-bottom" }));
        Assert.That(page.QuerySelector($"#module-{solo}"), Is.Not.Null);
        Assert.That(page.QuerySelector($"#kind-{group}"), Is.Not.Null);

        var fields = new Dictionary<string, string>
        {
            ["week"] = Iso(monday),
            ["Form.Description"] = "Week of katas",
            [$"Form.Modules[{solo}]"] = world.ModuleIds[0].ToString(CultureInfo.InvariantCulture),
            [$"Form.Kinds[{solo}]"] = "Solo",
            [$"Form.Modules[{group}]"] = "",
            [$"Form.Kinds[{group}]"] = "Group",
            [$"Form.Hours[{solo}:{Iso(monday.AddDays(1))}]"] = "2",
            [$"Form.Hours[{group}:{Iso(monday)}]"] = "1.5",
            [$"Form.Hours[{group}:{Iso(monday.AddDays(1))}]"] = "3",
        };
        var refused = await _instructor.PostFormAsync(url, weekUrl, fields);
        var refusedPage = await refused.ReadPageAsync();
        Assert.That(refusedPage.Errors(), Has.Some.EqualTo($"Choose the module of {await LearnerNameAsync(group)}'s hours.")
            .And.Some.Contains("Nothing was saved: correct the field marked below and save again."));
        Assert.That(await world.HoursCountAsync(App), Is.EqualTo(1), "only the hours stored before");

        fields[$"Form.Modules[{group}]"] = world.ModuleIds[1].ToString(CultureInfo.InvariantCulture);
        var saved = await _instructor.PostFormAsync(url, weekUrl, fields);
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        var rows = await App.WithDbAsync(db => db.ExerciseLogs.Where(e => e.CohortId == world.CohortId && e.Description == "Week of katas")
            .Select(e => new { e.LearnerId, e.ModuleId, e.Kind, e.Minutes }).ToListAsync());
        Assert.That(rows.Select(r => (r.LearnerId, r.ModuleId, r.Kind, r.Minutes)), Is.EquivalentTo(new[]
        {
            (solo, world.ModuleIds[0], ExerciseKind.Solo, 120),
            (group, world.ModuleIds[1], ExerciseKind.Group, 90),
            (group, world.ModuleIds[1], ExerciseKind.Group, 180),
        }));
        var after = await _instructor.GetPageAsync(url);
        var totals = new[] { solo, group }.Select(id => after.GetElementById($"learner-{id}")!.ParentElement!.QuerySelector("td.total")!.TextContent).ToList();
        Assert.That(totals, Is.EqualTo(new[] { "3 h", "4.5 h" }));
        var perDay = after.QuerySelectorAll("tfoot td.total").Select(td => td.TextContent).ToList();
        Assert.That(perDay.Take(2), Is.EqualTo(new[] { "2.5 h", "5 h" }));
        Assert.That(perDay[^1], Is.EqualTo("7.5 h"));
    }
}
