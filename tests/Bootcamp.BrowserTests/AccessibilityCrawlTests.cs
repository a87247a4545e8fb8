using System.Net;
using Bootcamp.BrowserTests.Support;
using Bootcamp.IntegrationTests.Security;
using Bootcamp.IntegrationTests.Support;
using Deque.AxeCore.Playwright;

namespace Bootcamp.BrowserTests;

/// <summary>
/// Every page a role reaches by following links from its home (one of each page type), checked by axe in the real
/// browser: no violation of any impact, best practices included. A kind of page that an earlier role's crawl checked
/// is not checked again for the next role: the markup is the same, and the crawl stays a few minutes long.
/// </summary>
public sealed class AccessibilityCrawlTests : BrowserFixture
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
        foreach (var url in pages.Where(p => _checked.Add(FormCrawler.Shape(p))))
        {
            await Page.GotoAsync(url);
            var result = await Page.RunAxe();
            problems.AddRange(result.Violations.Select(v =>
                $"{url}: {v.Id} ({v.Impact}) {v.Help}: {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}"));
        }
        Assert.That(problems, Is.Empty, $"{pages.Count} pages reached");
    }
}
