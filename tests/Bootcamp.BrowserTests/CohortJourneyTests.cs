using Bootcamp.BrowserTests.Support;
using Bootcamp.IntegrationTests.Support;
using Microsoft.Playwright;

namespace Bootcamp.BrowserTests;

public sealed class CohortJourneyTests : BrowserFixture
{
    [Test]
    public async Task Staff_open_a_cohort_enrol_a_learner_and_see_them_listed()
    {
        await SignInAsync(BootcampApp.Staff);
        await Page.GotoAsync("/Cohorts");
        await Page.GetByRole(AriaRole.Link, new() { Name = "BER-DAN-03", Exact = true }).First.ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Enrol a learner" }).ClickAsync();
        await Page.GetByLabel("E-mail").FillAsync("ines.carvalho.browser@example.org");
        await Page.GetByLabel("First name").FillAsync("Inês");
        await Page.GetByLabel("Last name").FillAsync("Carvalho");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Enrol" }).ClickAsync();
        await Assertions.Expect(Page.Locator("main")).ToContainTextAsync("Inês Carvalho");
        Assert.That(Page.Url, Does.Contain("/Cohorts/Details/"));
    }

    [Test]
    public async Task Partner_sees_only_the_cohorts_of_their_partner()
    {
        await SignInAsync(BootcampApp.Partner);
        await Page.GotoAsync("/Cohorts");
        var main = Page.Locator("main");
        await Assertions.Expect(main).ToContainTextAsync("LIS-QAA-03");
        await Assertions.Expect(main).ToContainTextAsync("LIS-FSW-02");
        var text = await main.InnerTextAsync();
        Assert.That(text, Does.Not.Contain("BER-").And.Not.Contain("TOR-"));
    }
}
