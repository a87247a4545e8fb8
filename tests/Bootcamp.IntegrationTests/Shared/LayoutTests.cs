using System.Net;
using Bootcamp.IntegrationTests.Support;

namespace Bootcamp.IntegrationTests.Shared;

public sealed class LayoutTests : AppFixture
{
    [TestCase("/favicon.ico", "image/x-icon")]
    [TestCase("/favicon.svg", "image/svg+xml")]
    public async Task The_icon_is_served_to_browsers_that_ask_for_it(string path, string type)
    {
        var response = await App.Anonymous().GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(type));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.That(bytes, path.EndsWith(".ico") ? Is.SupersetOf(new byte[] { 0, 0, 1, 0 }).And.Length.GreaterThan(100) : Has.Length.GreaterThan(100));
    }

    [Test]
    public async Task Every_page_names_its_icon_and_shows_the_logo_beside_the_name()
    {
        using var client = await App.SignInAsync(BootcampApp.Staff);
        var page = await client.GetPageAsync("/Cohorts");
        Assert.That(page.QuerySelectorAll("link[rel=icon]").Select(l => l.GetAttribute("href")), Is.EquivalentTo(new[] { "/favicon.svg", "/favicon.ico" }));
        var brand = page.QuerySelector("header .brand")!;
        Assert.That(brand.QuerySelector("svg")?.GetAttribute("aria-hidden"), Is.EqualTo("true"), "the logo is decoration; the link's name is the text");
        Assert.That(brand.TextContent.Trim(), Is.EqualTo("Bootcamp"));
    }

    [Test]
    public async Task A_refused_form_lists_its_problems_at_the_top_with_links_to_the_fields_and_says_so_in_the_title()
    {
        using var client = await App.SignInAsync(BootcampApp.Admin);
        var response = await client.PostFormAsync("/Centres/Create", "/Centres/Create", new() { ["Form.Name"] = "", ["Form.City"] = "", ["Form.CountryCode"] = "", ["Form.TimeZoneId"] = "" });
        var page = await response.ReadPageAsync();
        var summary = page.QuerySelector("main > .error-summary");
        Assert.That(summary, Is.Not.Null);
        Assert.That(page.QuerySelector("main")!.FirstElementChild, Is.SameAs(summary), "the summary comes first");
        Assert.That(summary!.GetAttribute("tabindex"), Is.EqualTo("-1"));
        Assert.That(summary.HasAttribute("autofocus"), Is.True);
        Assert.That(page.Title, Does.StartWith("Error: "));
        var links = summary.QuerySelectorAll("a").ToList();
        Assert.That(links, Has.Count.GreaterThanOrEqualTo(2));
        foreach (var link in links)
        {
            var field = page.GetElementById(link.GetAttribute("href")![1..]);
            Assert.That(field, Is.Not.Null, link.TextContent);
            Assert.That(field!.LocalName, Is.AnyOf("input", "select", "textarea"));
        }
    }
}
