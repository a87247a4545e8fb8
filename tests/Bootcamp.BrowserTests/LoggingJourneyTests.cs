using System.Globalization;
using Bootcamp.BrowserTests.Support;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Bootcamp.BrowserTests;

public sealed class LoggingJourneyTests : BrowserFixture
{
    [Test]
    public async Task Instructor_takes_a_roster_logs_group_hours_is_stopped_at_13_hours_and_corrects_the_group_entry()
    {
        var world = await LoggingWorld.CreateAsync(App);
        await SignInAsync(BootcampApp.Instructor);

        await Page.GotoAsync($"/Attendance/Sessions/{world.Sessions[-3]}");
        Assert.That(await AccessibilityProblemsAsync(), Is.Empty, "roster");
        await Page.Locator("input[name='Rows[1].Status'][value='Late']").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save attendance" }).ClickAsync();
        await Assertions.Expect(Page.Locator(".flash")).ToContainTextAsync("Attendance saved");
        var marks = await App.WithDbAsync(db => db.Attendance.CountAsync(a => a.SessionId == world.Sessions[-3]));
        Assert.That(marks, Is.EqualTo(world.Regulars.Count + 1));

        await Page.GotoAsync($"/ExerciseHours/Cohorts/{world.CohortId}/Log");
        Assert.That(await AccessibilityProblemsAsync(), Is.Empty, "log hours");
        var yesterday = world.Today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await Page.GetByLabel("Learner or project group").SelectOptionAsync(new SelectOptionValue { Value = $"group-{world.GroupId}" });
        await Page.Locator("#kind-Group").CheckAsync();
        await Page.GetByLabel("Module").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await Page.GetByLabel("Date").FillAsync(yesterday);
        await Page.GetByLabel("Hours").FillAsync("2");
        await Page.GetByLabel("Description").FillAsync("Sprint planning and pairing");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Log hours" }).ClickAsync();
        await Assertions.Expect(Page.Locator(".flash")).ToContainTextAsync($"each of the {world.GroupMembers.Count} members");

        await Page.GetByLabel("Learner or project group").SelectOptionAsync(new SelectOptionValue { Value = $"learner-{world.GroupMembers[0]}" });
        await Page.Locator("#kind-Solo").CheckAsync();
        await Page.GetByLabel("Module").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await Page.GetByLabel("Date").FillAsync(yesterday);
        await Page.GetByLabel("Hours").FillAsync("11");
        await Page.GetByLabel("Description").FillAsync("Hackathon");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Log hours" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#Form_Hours-error")).ToContainTextAsync("13 h");
        await Assertions.Expect(Page.Locator("#Form_Hours-error")).ToContainTextAsync("at most 12 h a day");
        Assert.That(await world.HoursCountAsync(App), Is.EqualTo(world.GroupMembers.Count), "nothing more was saved");

        await Page.GotoAsync($"/ExerciseHours/Cohorts/{world.CohortId}/Learners/{world.GroupMembers[0]}");
        await Page.GetByRole(AriaRole.Link, new() { NameRegex = new("^Correct the entry") }).First.ClickAsync();
        Assert.That(await AccessibilityProblemsAsync(), Is.Empty, "correct an entry");
        await Page.GetByLabel("Hours").FillAsync("2.5");
        await Page.GetByLabel($"Apply to all {world.GroupMembers.Count} members of this group entry").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save the correction" }).ClickAsync();
        await Assertions.Expect(Page.Locator(".flash")).ToContainTextAsync($"corrected for all {world.GroupMembers.Count} members");
        await Assertions.Expect(Page.Locator("[aria-labelledby=history-heading]")).ToContainTextAsync("2.5 h group");
        var minutes = await App.WithDbAsync(db => db.ExerciseLogs.Where(e => e.CohortId == world.CohortId && e.ProjectGroupId == world.GroupId).Select(e => e.Minutes).ToListAsync());
        Assert.That(minutes, Has.Count.EqualTo(world.GroupMembers.Count));
        Assert.That(minutes, Is.All.EqualTo(150), "every member's row was corrected");
    }
}
