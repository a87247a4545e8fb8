using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Bootcamp.BrowserTests.Support;
using Bootcamp.IntegrationTests.Security;
using Bootcamp.IntegrationTests.Support;

namespace Bootcamp.BrowserTests;

/// <summary>
/// Every page a role reaches by following links from its home (one of each page type), checked by axe in the real
/// browser: no violation of any impact, best practices included. A page is checked again for the next role when its
/// markup differs: its kinds of elements (tag, classes, role, type, and the names of form fields) are compared, not
/// its text, so a role's own buttons, forms or badges on a shared page are checked, and an identical page is not.
/// </summary>
public sealed partial class AccessibilityCrawlTests : BrowserFixture
{
    private readonly HashSet<string> _checked = [];

    [TestCase(BootcampApp.Admin)]
    [TestCase(BootcampApp.Staff)]
    [TestCase(BootcampApp.Instructor)]
    [TestCase(BootcampApp.Partner)]
    public async Task Every_page_the_role_reaches_has_no_axe_violation(string email)
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(BaseUrl) };
        await client.PostFormAsync("/Account/SignIn", "/Account/SignIn", new() { ["Email"] = email, ["Password"] = BootcampApp.Password });
        var pages = await FormCrawler.PagesAsync(client, "/", perShape: 1);
        Assert.That(pages, Has.Count.GreaterThan(8), "the crawl reached the role's pages");

        await SignInAsync(email);
        var problems = new List<string>();
        var checkedNow = 0;
        foreach (var url in pages)
        {
            if (!_checked.Add(FormCrawler.Shape(url) + " " + Markup(await client.GetPageAsync(url))))
                continue;
            checkedNow++;
            await Page.GotoAsync(url);
            problems.AddRange((await Page.ViolationsAsync()).Select(v => $"{url}: {v}"));
        }
        TestContext.Out.WriteLine($"{email}: {pages.Count} pages reached, {checkedNow} of them checked by axe");
        Assert.That(problems, Is.Empty, $"{pages.Count} pages reached, {checkedNow} of them checked for this role");
    }

    [Test]
    public async Task Axe_reports_each_rule_a_page_breaks_with_its_impact_and_elements()
    {
        await Page.SetContentAsync("""
            <html><body><img src="x.png"><input type="text"><p style="color:#aaa;background:#fff">faint</p></body></html>
            """);

        var violations = (await Page.ViolationsAsync()).ToDictionary(v => v.Id);

        Assert.That(violations.Keys, Is.SupersetOf(new[] { "image-alt", "label", "color-contrast", "html-has-lang", "document-title", "region" }));
        Assert.That(violations["image-alt"].Impact, Is.EqualTo("critical"));
        Assert.That(violations["image-alt"].Targets, Is.EqualTo(new[] { "img" }));
        Assert.That(violations["color-contrast"].Impact, Is.EqualTo("serious"));
        Assert.That(violations["region"].Impact, Is.EqualTo("moderate"), "best practices are checked too");
    }

    /// <summary>The kinds of elements a page is made of, without its text: what axe's verdict depends on.</summary>
    private static string Markup(IDocument page) => string.Join(" ", page.Body!.Descendants<IElement>()
        .Select(e => string.Concat(
            e.LocalName,
            string.Concat(e.ClassList.Order().Select(c => "." + c)),
            e.GetAttribute("role") is { } role ? $"[role={role}]" : "",
            e.GetAttribute("type") is { } type ? $"[type={type}]" : "",
            e.LocalName is "input" or "select" or "textarea" && e.GetAttribute("name") is { } name ? $"[name={Digits().Replace(name, "#")}]" : ""))
        .Distinct()
        .Order(StringComparer.Ordinal));

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
