using Bootcamp.BrowserTests.Support;
using Bootcamp.IntegrationTests.Support;
using Microsoft.Playwright;

namespace Bootcamp.BrowserTests;

public sealed class SignInJourneyTests : BrowserFixture
{
    [Test]
    public async Task Sign_in_page_is_styled_and_has_no_serious_accessibility_problems()
    {
        await Page.GotoAsync("/Account/SignIn");
        var background = await Page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.site-header')).backgroundColor");
        Assert.That(background, Is.EqualTo("rgb(18, 38, 63)"), "the site stylesheet did not load");
        Assert.That(await AccessibilityProblemsAsync(), Is.Empty);
    }

    [Test]
    public async Task Wrong_password_shows_a_message_and_stays_signed_out()
    {
        await Page.GotoAsync("/Account/SignIn");
        await Page.GetByLabel("E-mail").FillAsync(BootcampApp.Staff);
        await Page.GetByLabel("Password").FillAsync("not-the-password");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("not right");
        Assert.That(Page.Url, Does.Contain("/Account/SignIn"));
    }
}
