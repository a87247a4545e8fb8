using System.Net;
using System.Text.RegularExpressions;
using Bootcamp.IntegrationTests.Support;

namespace Bootcamp.IntegrationTests.Security;

/// <summary>Issue 8, finding 7: every response, whatever produced it, carries the browser's security headers.</summary>
public sealed partial class HeadersTests : AppFixture
{
    private HttpClient _staff = null!;

    protected override async Task ArrangeFixtureAsync() => _staff = await App.SignInAsync(BootcampApp.Staff);

    [Test]
    public async Task A_page_carries_the_security_headers() =>
        AssertSecurityHeaders(await _staff.GetAsync("/Cohorts"), HttpStatusCode.OK);

    [Test]
    public async Task A_static_file_carries_the_security_headers() =>
        AssertSecurityHeaders(await App.Anonymous().GetAsync("/css/site.css"), HttpStatusCode.OK);

    [Test]
    public async Task A_not_found_page_carries_the_security_headers() =>
        AssertSecurityHeaders(await _staff.GetAsync("/Cohorts/Details/987654"), HttpStatusCode.NotFound);

    [Test]
    public async Task An_unknown_address_carries_the_security_headers() =>
        AssertSecurityHeaders(await App.Anonymous().GetAsync("/no/such/page.php"), HttpStatusCode.NotFound);

    [Test]
    public async Task The_redirect_after_a_post_carries_the_security_headers()
    {
        var client = App.Anonymous();
        var response = await client.PostFormAsync("/Account/SignIn", "/Account/SignIn", new() { ["Email"] = BootcampApp.Partner, ["Password"] = BootcampApp.Password });

        AssertSecurityHeaders(response, HttpStatusCode.Redirect);
    }

    [Test]
    public async Task The_health_check_carries_the_security_headers() =>
        AssertSecurityHeaders(await App.Anonymous().GetAsync("/health"), HttpStatusCode.OK);

    [Test]
    public async Task The_redirect_to_sign_in_carries_the_security_headers() =>
        AssertSecurityHeaders(await App.Anonymous().GetAsync("/Cohorts"), HttpStatusCode.Redirect);

    /// <summary>The policy allows no inline script, so a view that grew one would break in the browser: catch it here.</summary>
    [Test]
    public void No_view_holds_an_inline_script_or_an_event_handler_attribute()
    {
        var web = Path.Combine(Path.GetDirectoryName(BootcampApp.SeedFolder)!, "src", "Bootcamp.Web");
        var views = Directory.EnumerateFiles(web, "*.cshtml", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .ToList();
        Assert.That(views, Is.Not.Empty);

        var offending = views.SelectMany(file => File.ReadAllLines(file).Select((line, i) => (file, line, number: i + 1)))
            .Where(l => InlineScript().IsMatch(l.line) || EventHandlerAttribute().IsMatch(l.line) || l.line.Contains("javascript:", StringComparison.OrdinalIgnoreCase))
            .Select(l => $"{Path.GetRelativePath(web, l.file)}:{l.number}: {l.line.Trim()}")
            .ToList();

        Assert.That(offending, Is.Empty, "Move script into a file under wwwroot/js and load it with <script src>.");
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.That(response.StatusCode, Is.EqualTo(expected));
        var policy = Header(response, "Content-Security-Policy");
        Assert.That(policy, Does.Contain("script-src 'self';"));
        Assert.That(policy, Does.Contain("frame-ancestors 'none'"));
        Assert.That(policy, Does.Contain("object-src 'none'"));
        Assert.That(policy, Does.Not.Contain("unsafe-eval"));
        Assert.That(Header(response, "X-Frame-Options"), Is.EqualTo("DENY"));
        Assert.That(Header(response, "X-Content-Type-Options"), Is.EqualTo("nosniff"));
        Assert.That(Header(response, "Referrer-Policy"), Is.EqualTo("no-referrer"));
    }

    private static string Header(HttpResponseMessage response, string name)
    {
        var values = response.Headers.TryGetValues(name, out var found) ? found.ToList() : [];
        Assert.That(values, Has.Count.EqualTo(1), $"{name} on {response.RequestMessage?.RequestUri}");
        return values[0];
    }

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"<[^>]*\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerAttribute();
}
