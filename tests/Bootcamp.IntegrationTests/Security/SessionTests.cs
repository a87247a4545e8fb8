using System.Net;
using Bootcamp.IntegrationTests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bootcamp.IntegrationTests.Security;

/// <summary>Issue 8, finding 7: a signed-out cookie is dead, and outside development cookies and pages travel over HTTPS only.</summary>
public sealed class SessionTests : AppFixture
{
    private const string AdminEmail = "operator@example.org";

    [Test]
    public async Task A_cookie_kept_from_before_signing_out_no_longer_signs_anyone_in()
    {
        var client = App.Anonymous();
        var signIn = await client.PostFormAsync("/Account/SignIn", "/Account/SignIn", new() { ["Email"] = BootcampApp.Staff, ["Password"] = BootcampApp.Password });
        var stolen = string.Join("; ", signIn.Headers.GetValues("Set-Cookie")
            .Where(c => c.StartsWith("bootcamp.auth", StringComparison.Ordinal))
            .Select(c => c.Split(';')[0]));
        var replay = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        replay.DefaultRequestHeaders.Add("Cookie", stolen);
        Assert.That((await replay.GetAsync("/Cohorts")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "the copied cookie works before signing out");

        var signOut = await client.PostFormAsync("/", "/Account/SignOut", []);
        Assert.That(signOut.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        await replay.AssertSentToSignInAsync("/Cohorts");
    }

    [Test]
    public async Task Outside_development_the_sign_in_and_anti_forgery_cookies_are_secure()
    {
        await using var app = new DemoProductionApp();
        var password = await app.CreateAdminAsync(AdminEmail);
        var client = app.Client();

        var page = await client.GetAsync("/Account/SignIn");
        var signIn = await client.PostFormAsync("/Account/SignIn", "/Account/SignIn", new() { ["Email"] = AdminEmail, ["Password"] = password });

        var antiforgery = page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        var auth = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("bootcamp.auth", StringComparison.Ordinal));
        Assert.That(antiforgery, Does.Contain("; secure").IgnoreCase);
        Assert.That(antiforgery, Does.Contain("; httponly").IgnoreCase);
        Assert.That(auth, Does.Contain("; secure").IgnoreCase);
        Assert.That(auth, Does.Contain("; httponly").IgnoreCase);
    }

    [Test]
    public async Task Production_sends_plain_http_to_https()
    {
        await using var app = new DemoProductionApp(new Dictionary<string, string> { ["https_port"] = "443" });

        var response = await app.Client("http").GetAsync("/Account/SignIn");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.TemporaryRedirect));
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo($"https://{DemoProductionApp.Host}/Account/SignIn"));
    }

    [Test]
    public async Task Production_tells_browsers_to_use_https_only()
    {
        await using var app = new DemoProductionApp();

        var response = await app.Client().GetAsync("/Account/SignIn");

        Assert.That(response.Headers.TryGetValues("Strict-Transport-Security", out var hsts), Is.True);
        Assert.That(hsts!.Single(), Does.StartWith("max-age="));
    }

    [Test]
    public async Task The_test_environment_on_plain_http_keeps_cookies_usable_without_https()
    {
        var page = await App.Anonymous().GetAsync("/Account/SignIn");

        var antiforgery = page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.That(antiforgery, Does.Not.Contain("; secure").IgnoreCase);
    }
}
