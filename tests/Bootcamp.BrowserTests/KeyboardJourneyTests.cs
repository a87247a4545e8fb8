using System.Globalization;
using Bootcamp.BrowserTests.Support;
using Bootcamp.Domain.Logging;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Bootcamp.BrowserTests;

/// <summary>The everyday forms done with the keyboard alone: Tab to move, arrows to choose, Enter to send.</summary>
public sealed class KeyboardJourneyTests : BrowserFixture
{
    private const string Focused = "() => { const e = document.activeElement; return e ? (e.name || e.id || e.textContent || '').trim() : ''; }";

    [Test]
    public async Task Instructor_takes_a_roster_with_the_keyboard_only()
    {
        var world = await LoggingWorld.CreateAsync(App);
        await SignInAsync(BootcampApp.Instructor);
        await Page.GotoAsync($"/Attendance/Sessions/{world.Sessions[-3]}");

        await TabToAsync("Rows[1].Status");
        await Page.Keyboard.PressAsync("ArrowRight");
        var chosen = await Page.EvaluateAsync<string>("() => document.activeElement.value");
        Assert.That(chosen, Is.Not.EqualTo(nameof(AttendanceStatus.Present)), "the arrow key moved the choice");
        await TabToAsync("Rows[1].Reason");
        await Page.Keyboard.TypeAsync("Bus strike");
        await TabToAsync("Save attendance");
        await Page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(Page.Locator(".flash")).ToContainTextAsync("Attendance saved");
        var marks = await App.WithDbAsync(db => db.Attendance.Where(a => a.SessionId == world.Sessions[-3]).ToListAsync());
        Assert.That(marks, Has.Count.EqualTo(world.Regulars.Count + 1));
        Assert.That(marks.Count(m => m.Status.ToString() == chosen && m.Reason == "Bus strike"), Is.EqualTo(1),
            $"the row chosen with the arrow key was saved as {chosen} with its reason");
    }

    [Test]
    public async Task Instructor_logs_a_project_groups_hours_with_the_keyboard_only_and_the_form_keeps_them_for_the_next_entry()
    {
        var world = await LoggingWorld.CreateAsync(App);
        await SignInAsync(BootcampApp.Instructor);
        await Page.GotoAsync($"/ExerciseHours/Cohorts/{world.CohortId}/Log");

        await TabToAsync("Form.Who");
        await Page.Keyboard.PressAsync("End");
        Assert.That(await Page.EvaluateAsync<string>("() => document.activeElement.value"), Is.EqualTo($"group-{world.GroupId}"), "End chose the project group");
        Assert.That(await Page.Locator("#kind-Group").IsCheckedAsync(), Is.True, "a project group's hours are group work");
        await TabToAsync("Form.ModuleId");
        await Page.Keyboard.PressAsync("ArrowDown");
        var date = await Page.Locator("#Form_Date").InputValueAsync();
        await TabToAsync("Form.Hours");
        await Page.Keyboard.TypeAsync("1.5");
        await TabToAsync("Form.Description");
        await Page.Keyboard.TypeAsync("Code review of the booking API");
        await TabToAsync("Log hours");
        await Page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(Page.Locator(".flash")).ToContainTextAsync($"each of the {world.GroupMembers.Count} members");
        var rows = await App.WithDbAsync(db => db.ExerciseLogs.Where(e => e.CohortId == world.CohortId).ToListAsync());
        Assert.That(rows.Select(r => r.LearnerId), Is.EquivalentTo(world.GroupMembers));
        Assert.That(rows.Select(r => (r.Minutes, r.Kind, r.ModuleId, r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Description)).Distinct(),
            Is.EqualTo(new[] { (90, ExerciseKind.Group, world.ModuleIds[0], date, "Code review of the booking API") }));
        Assert.That(await Page.Locator("#Form_Who").InputValueAsync(), Is.EqualTo($"group-{world.GroupId}"), "the next entry starts from the same group");
        Assert.That(await Page.Locator("#Form_ModuleId").InputValueAsync(), Is.EqualTo(world.ModuleIds[0].ToString(CultureInfo.InvariantCulture)));
        Assert.That(await Page.Locator("#Form_Description").InputValueAsync(), Is.EqualTo("Code review of the booking API"));
        Assert.That(await Page.Locator("#Form_Hours").InputValueAsync(), Is.Empty, "the hours are typed afresh");
    }

    [Test]
    public async Task Instructor_fills_the_weekly_grid_with_the_keyboard_only()
    {
        var world = await LoggingWorld.CreateAsync(App);
        var learner = world.Regulars[1];
        var yesterday = world.Today.AddDays(-1);
        await SignInAsync(BootcampApp.Instructor);
        await Page.GotoAsync($"/ExerciseHours/Cohorts/{world.CohortId}/Week");

        await TabToIdAsync($"module-{learner}");
        var offered = await Page.EvaluateAsync<string>("() => document.activeElement.value");
        await Page.Keyboard.PressAsync("ArrowDown");
        var module = int.Parse(await Page.EvaluateAsync<string>("() => document.activeElement.value"), CultureInfo.InvariantCulture);
        Assert.That(module.ToString(CultureInfo.InvariantCulture), Is.Not.EqualTo(offered), "the arrow key chose another module");
        await TabToIdAsync($"kind-{learner}");
        await Page.Keyboard.PressAsync("ArrowDown");
        Assert.That(await Page.EvaluateAsync<string>("() => document.activeElement.value"), Is.EqualTo(nameof(ExerciseKind.Group)));
        await TabToIdAsync($"cell-{learner}-{yesterday.DayNumber}");
        await Page.Keyboard.TypeAsync("2.25");
        await Assertions.Expect(Page.Locator($"[data-learner-total='{learner}']")).ToHaveTextAsync("+ 2.25 h to save");
        await Assertions.Expect(Page.Locator($"[data-day-total='{yesterday.DayNumber}']")).ToHaveTextAsync("+ 2.25 h to save");
        Assert.That(await Page.Locator("[data-learner-total]:not(:empty)").CountAsync(), Is.EqualTo(1), "only that learner's row has hours to save");
        await Assertions.Expect(Page.Locator("[data-all-total]")).ToHaveTextAsync("+ 2.25 h to save");
        await TabToIdAsync("save-bottom");
        Assert.That(await Page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()"), Is.EqualTo("Save the week"));
        await Page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(Page.Locator(".flash")).ToContainTextAsync("Saved 1 entry, 2.25 h in all.");
        var row = await App.WithDbAsync(db => db.ExerciseLogs.SingleAsync(e => e.CohortId == world.CohortId));
        Assert.That((row.LearnerId, row.Date, row.Minutes, row.Kind, row.ModuleId), Is.EqualTo((learner, yesterday, 135, ExerciseKind.Group, module)));
    }

    /// <summary>Presses Tab until the focused element's id is <paramref name="id"/>.</summary>
    private async Task TabToIdAsync(string id)
    {
        for (var i = 0; i < 200; i++)
        {
            await Page.Keyboard.PressAsync("Tab");
            if (await Page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.id : ''") == id)
                return;
        }
        Assert.Fail($"Tab never reached #{id}");
    }

    /// <summary>Presses Tab until the focused element's name, id or text is <paramref name="target"/>.</summary>
    private async Task TabToAsync(string target)
    {
        for (var i = 0; i < 120; i++)
        {
            await Page.Keyboard.PressAsync("Tab");
            if (await Page.EvaluateAsync<string>(Focused) == target)
                return;
        }
        Assert.Fail($"Tab never reached {target}");
    }
}
