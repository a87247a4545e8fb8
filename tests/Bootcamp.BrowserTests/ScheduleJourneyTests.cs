using Bootcamp.BrowserTests.Support;
using Bootcamp.IntegrationTests.Schedule;
using Bootcamp.IntegrationTests.Support;
using Microsoft.Playwright;

namespace Bootcamp.BrowserTests;

public sealed class ScheduleJourneyTests : BrowserFixture
{
    [Test]
    public async Task Staff_generate_a_calendar_skipping_a_holiday_move_a_session_and_see_a_conflicting_move_refused()
    {
        // Ascension Day, Thursday 6 May 2027, is a public holiday in Berlin.
        var cohort = await App.NewCohortAsync("TST-JOURNEY", new DateOnly(2027, 5, 4));
        await SignInAsync(BootcampApp.Staff);

        await Page.GotoAsync($"/Schedule/Generate/{cohort.Id}");
        await Page.GetByLabel("First lecture day").FillAsync("2027-05-04");
        await Page.GetByLabel("Thursday", new() { Exact = true }).CheckAsync();
        await Page.GetByLabel("Thursday start").FillAsync("17:30");
        await Page.GetByLabel("Thursday end").FillAsync("21:00");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        var preview = Page.Locator("section.preview");
        await Assertions.Expect(preview).ToContainTextAsync("Thu 6 May 2027: Public holiday: Christi Himmelfahrt");
        await Assertions.Expect(preview).ToContainTextAsync("Tue 25 May 2027");
        Assert.That(await AccessibilityProblemsAsync(), Is.Empty);

        await Page.GetByRole(AriaRole.Button, new() { Name = "Save calendar" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Calendar saved: 6 sessions planned");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "May 2027" })).ToBeVisibleAsync();
        Assert.That(await AccessibilityProblemsAsync(), Is.Empty);

        await Page.Locator(".chip a").First.ClickAsync();
        await Page.GetByLabel("Date", new() { Exact = true }).FillAsync("2027-05-05");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save the change" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Session moved to Wed 5 May 2027");

        await Page.Locator(".chip a").Nth(1).ClickAsync();
        await Page.GetByLabel("Date", new() { Exact = true }).FillAsync("2027-05-13");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save the change" }).ClickAsync();
        var refusal = Page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(refusal).ToContainTextAsync("Not saved");
        await Assertions.Expect(refusal).ToContainTextAsync("booked twice");
        await Assertions.Expect(Page.GetByLabel("Keep it despite the conflicts")).ToBeVisibleAsync();
    }
}
