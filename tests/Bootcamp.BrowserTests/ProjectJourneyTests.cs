using Bootcamp.BrowserTests.Support;
using Bootcamp.IntegrationTests.Projects;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Bootcamp.BrowserTests;

public sealed class ProjectJourneyTests : BrowserFixture
{
    [Test]
    public async Task Instructor_balances_the_groups_records_a_milestone_and_grades_a_group_after_a_refused_grade()
    {
        var world = await ProjectWorld.CreateAsync(App);
        await SignInAsync(BootcampApp.Instructor);

        await Page.GotoAsync($"/Cohorts/Details/{world.CohortId}");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Group projects" }).ClickAsync();
        Assert.That(await AccessibilityProblemsAsync(), Is.Empty, "projects of a cohort");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Team site" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Form groups" }).ClickAsync();
        Assert.That(await AccessibilityProblemsAsync(), Is.Empty, "form groups");
        await Page.GetByLabel("Number of groups").FillAsync("2");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Balance automatically" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#preview-heading")).ToContainTextAsync("not saved yet");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save groups" }).ClickAsync();
        await Assertions.Expect(Page.Locator(".flash")).ToContainTextAsync("2 groups formed");
        Assert.That(await AccessibilityProblemsAsync(), Is.Empty, "project page");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Group A" }).ClickAsync();
        Assert.That(await AccessibilityProblemsAsync(), Is.Empty, "group page");
        await Page.Locator($"#link-{world.PastMilestone}").FillAsync("https://git.example.org/group-a/plan");
        await Page.Locator($"section[aria-labelledby='ms-{world.PastMilestone}']").GetByRole(AriaRole.Button, new() { Name = "Record submission" }).ClickAsync();
        await Assertions.Expect(Page.Locator(".flash")).ToContainTextAsync("Submission recorded");
        await Assertions.Expect(Page.Locator($"section[aria-labelledby='ms-{world.PastMilestone}'] .chip")).ToContainTextAsync("late");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Grade" }).First.ClickAsync();
        Assert.That(await AccessibilityProblemsAsync(), Is.Empty, "grading form");
        await Page.GetByLabel("Team grade (%)").FillAsync("101");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save grades" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#Form_TeamGrade-error")).ToHaveTextAsync("A grade is 0 to 100 percent.");
        Assert.That(await App.WithDbAsync(db => db.ProjectGroups.CountAsync(g => g.GroupProjectId == world.ProjectId && g.GradePercent != null)), Is.Zero);

        await Page.GetByLabel("Team grade (%)").FillAsync("72");
        await Page.Locator("input[name='Form.Rows[0].Adjustment']").FillAsync("5");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save grades" }).ClickAsync();
        await Assertions.Expect(Page.Locator(".flash")).ToContainTextAsync("Group A graded");
        await Assertions.Expect(Page.Locator(".group").First).ToContainTextAsync("77%");
        await Assertions.Expect(Page.Locator("[aria-labelledby=audit-heading]")).ToContainTextAsync("team 72%, contribution +5: 77%");
    }
}
