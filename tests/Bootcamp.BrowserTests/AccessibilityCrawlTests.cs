using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Bootcamp.BrowserTests.Support;
using Bootcamp.IntegrationTests.Security;
using Bootcamp.IntegrationTests.Support;
using Deque.AxeCore.Playwright;

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
            var result = await Page.RunAxe();
            problems.AddRange(result.Violations.Select(v =>
                $"{url}: {v.Id} ({v.Impact}) {v.Help}: {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}"));
        }
        TestContext.Out.WriteLine($"{email}: {pages.Count} pages reached, {checkedNow} of them checked by axe");
        Assert.That(problems, Is.Empty, $"{pages.Count} pages reached, {checkedNow} of them checked for this role");
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
