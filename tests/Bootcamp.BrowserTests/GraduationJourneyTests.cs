using System.Text.RegularExpressions;
using Bootcamp.BrowserTests.Support;
using Bootcamp.IntegrationTests.Graduation;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace Bootcamp.BrowserTests;

/// <summary>
/// From the instructor's last grade to a certificate an employer checks: the instructor grades the team project and
/// gives the final soft-skill ratings, the centre's staff decide graduation (after a refused override without a
/// reason), download the report and the certificate, follow the certificate's link to the public verification page,
/// revoke the credential there, and a visitor without an account sees it revoked.
/// </summary>
public sealed partial class GraduationJourneyTests : BrowserFixture
{
    [Test]
    public async Task From_the_instructors_grade_to_a_revoked_certificate()
    {
        var world = await GraduationWorld.CreateAsync(App, graded: false);

        await SignInAsync(BootcampApp.Instructor);
        await Page.GotoAsync($"/Cohorts/Details/{world.CohortId}");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Group projects" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Team app" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Team A" }).First.ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Grade" }).First.ClickAsync();
        await Page.GetByLabel("Team grade (%)").FillAsync("80");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save grades" }).ClickAsync();
        await Assertions.Expect(Page.Locator(".flash")).ToContainTextAsync("Team A graded");

        await Page.GotoAsync($"/Cohorts/Details/{world.CohortId}");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Soft skills", Exact = true }).ClickAsync();
        await Page.GetByLabel("Assessment point").SelectOptionAsync(world.FinalPointId.ToString());
        await Page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        Assert.That(await AccessibilityProblemsAsync(), Is.Empty, "soft-skill ratings");
        var scores = Page.Locator("#ratings input[type=number]");
        Assert.That(await scores.CountAsync(), Is.EqualTo(6), "three learners by two skills");
        for (var i = 0; i < 6; i++)
            await scores.Nth(i).FillAsync("4");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save ratings" }).ClickAsync();
        await Assertions.Expect(Page.Locator(".flash")).ToContainTextAsync("Ratings at Final saved");
        await SignOutAsync();

        await SignInAsync(BootcampApp.Staff);
        await Page.GotoAsync($"/Graduation/Cohort/{world.CohortId}");
        Assert.That(await AccessibilityProblemsAsync(), Is.Empty, "graduation board");
        await Assertions.Expect(Page.Locator("#board-summary")).ToContainTextAsync("1 of 3 meet every criterion");
        await Page.GetByLabel($"Decision for Short {world.Code} Short").SelectOptionAsync("Graduated");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save decisions" }).ClickAsync();
        await Assertions.Expect(Page.Locator(".field-validation-error").First).ToContainTextAsync("reason");
        Assert.That(await world.DecisionCountAsync(App), Is.Zero, "nothing saved from a refused form");

        await Page.GetByLabel($"Decision for Short {world.Code} Short").SelectOptionAsync("");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Graduate the 1 who meet every criterion" }).ClickAsync();
        await Assertions.Expect(Page.Locator(".flash")).ToContainTextAsync("1 graduation decision recorded");
        await Page.GetByLabel($"Decision for Absent {world.Code} Absent").SelectOptionAsync("NotGraduated");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save decisions" }).ClickAsync();
        await Assertions.Expect(Page.Locator(".flash")).ToContainTextAsync("1 graduation decision recorded");
        await Assertions.Expect(Page.Locator("#board-summary")).ToContainTextAsync("2 decided");

        var report = await DownloadTextAsync(() => Page.GetByRole(AriaRole.Link, new() { Name = "Graduation report (PDF)" }).ClickAsync());
        Assert.That(report, Does.Contain(world.Code).And.Contain("Qualified").And.Contain("Not graduated"));

        var qualified = Page.Locator("tr", new() { HasText = $"Qualified {world.Code} Qualified" });
        var certificate = await DownloadTextAsync(() => qualified.GetByRole(AriaRole.Link, new() { Name = "Certificate" }).ClickAsync());
        var link = VerificationLink().Match(certificate);
        Assert.That(link.Success, Is.True, "the certificate prints its verification link: " + certificate);
        Assert.That(link.Value, Does.StartWith(BaseUrl + "/credentials/"));

        await Page.GotoAsync(link.Value);
        await Assertions.Expect(Page.Locator(".verdict")).ToHaveAttributeAsync("data-state", "Valid");
        Assert.That(await AccessibilityProblemsAsync(), Is.Empty, "verification page, valid");
        await Page.GetByLabel("Reason (shown on this page)").FillAsync("Certificate issued in error: the final project was not the learner's own work");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Revoke" }).ClickAsync();
        await Assertions.Expect(Page.Locator(".verdict")).ToHaveAttributeAsync("data-state", "Revoked");

        await SignOutAsync();
        await Page.GotoAsync(link.Value);
        await Assertions.Expect(Page.Locator(".verdict")).ToHaveAttributeAsync("data-state", "Revoked");
        await Assertions.Expect(Page.Locator("#verdict-heading")).ToContainTextAsync("revoked this credential on");
        await Assertions.Expect(Page.Locator("main")).ToContainTextAsync("not the learner's own work");
        Assert.That(await AccessibilityProblemsAsync(), Is.Empty, "verification page, revoked, signed out");
        Assert.That(await App.WithDbAsync(db => db.IssuedCredentials.CountAsync(c => c.RevokedOn != null && c.LearnerId == world.Qualified)), Is.EqualTo(1));
    }

    private async Task<string> DownloadTextAsync(Func<Task> click)
    {
        var download = await Page.RunAndWaitForDownloadAsync(click);
        var path = await download.PathAsync();
        using var pdf = PdfDocument.Open(path);
        return string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    private async Task SignOutAsync()
    {
        await Page.Context.ClearCookiesAsync();
        await Page.GotoAsync("/");
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/credentials/[A-Za-z0-9_-]+")]
    private static partial Regex VerificationLink();
}
