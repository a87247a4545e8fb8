using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Bootcamp.IntegrationTests.Support;

namespace Bootcamp.IntegrationTests.Security;

public sealed record FoundField(string Name, string Kind, string Value, IReadOnlyList<string> Options);

/// <summary>A POST form as a page shows it: where it is, where it posts, and its fields with the page's values.</summary>
public sealed record FoundForm(string Page, string Action, IReadOnlyList<FoundField> Fields, bool HasToken);

/// <summary>
/// Finds the forms a signed-in role is shown by following the links of the pages it sees, from the home page on. A page
/// type (its path with ids as placeholders and its query keys) is opened a few times, not once per row.
/// </summary>
public static partial class FormCrawler
{
    private const int MaxPages = 400;
    private const int PagesPerShape = 4;

    public static string PathOf(string url) => url.Split('?', '#')[0];

    public static async Task<IReadOnlyList<FoundForm>> CrawlAsync(HttpClient client, string start)
    {
        var forms = new Dictionary<string, FoundForm>();
        await VisitAsync(client, start, PagesPerShape, (url, page) =>
        {
            foreach (var form in page.QuerySelectorAll("form").Where(f => string.Equals(f.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase)))
            {
                var found = Read(form, url);
                forms.TryAdd(Shape(PathOf(found.Action)), found);
                // A second submit button may post the same fields elsewhere (Delete beside Save).
                foreach (var other in form.QuerySelectorAll("button[formaction], input[formaction]").Select(b => WebUtility.HtmlDecode(b.GetAttribute("formaction")!)))
                    forms.TryAdd(Shape(PathOf(other)), found with { Action = other });
            }
        });
        return [.. forms.Values];
    }

    /// <summary>The HTML pages a role reaches by links from <paramref name="start"/>, at most <paramref name="perShape"/> of each page type.</summary>
    public static async Task<IReadOnlyList<string>> PagesAsync(HttpClient client, string start, int perShape)
    {
        var pages = new List<string>();
        await VisitAsync(client, start, perShape, (url, _) => pages.Add(url));
        return pages;
    }

    private static async Task VisitAsync(HttpClient client, string start, int perShape, Action<string, IDocument> onPage)
    {
        var queue = new Queue<string>([start]);
        var seen = new HashSet<string> { start };
        var shapes = new Dictionary<string, int>();
        var visited = 0;
        while (queue.Count > 0 && visited < MaxPages)
        {
            var url = queue.Dequeue();
            var response = await client.GetAsync(url);
            visited++;
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
                continue;
            var page = await response.ReadPageAsync();
            onPage(url, page);
            var links = page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)
                .Where(href => href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal) && !href.StartsWith("/jobs", StringComparison.Ordinal)
                    && !href.Contains('#', StringComparison.Ordinal) && !seen.Contains(href))
                .Distinct();
            // Of a page's links of one shape (a list of sessions, say), the first, the last and the middle one: the
            // oldest and the newest rows show different forms.
            foreach (var group in links.GroupBy(Shape))
            {
                var rows = group.ToList();
                foreach (var href in new[] { rows[0], rows[^1], rows[rows.Count / 2] }.Distinct())
                {
                    if (shapes.GetValueOrDefault(group.Key) >= perShape)
                        break;
                    shapes[group.Key] = shapes.GetValueOrDefault(group.Key) + 1;
                    seen.Add(href);
                    queue.Enqueue(href);
                }
            }
        }
    }

    private static FoundForm Read(IElement form, string page)
    {
        var action = form.GetAttribute("action") is { Length: > 0 } a ? WebUtility.HtmlDecode(a) : page;
        var fields = new List<FoundField>();
        var hasToken = form.QuerySelector("input[name=__RequestVerificationToken]") is not null;
        foreach (var element in form.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            var name = element.GetAttribute("name")!;
            if (name == "__RequestVerificationToken")
                continue;
            var kind = element.LocalName switch
            {
                "select" => "select",
                "textarea" => "textarea",
                _ => (element.GetAttribute("type") ?? "text").ToLowerInvariant(),
            };
            if (kind is "submit" or "button" or "file" or "reset" or "image")
                continue;
            var options = element.LocalName == "select"
                ? element.QuerySelectorAll("option").Select(o => o.GetAttribute("value") ?? o.TextContent).ToList()
                : [];
            var value = kind switch
            {
                "select" => options.FirstOrDefault(o => o.Length > 0) ?? "",
                "checkbox" or "radio" => element.GetAttribute("value") ?? "true",
                "textarea" => element.TextContent,
                _ => element.GetAttribute("value") ?? "",
            };
            if (kind is "checkbox" or "radio" && fields.Any(f => f.Name == name && f.Kind == kind))
                continue;
            fields.Add(new(name, kind, value, options));
        }
        return new(page, action, fields, hasToken);
    }

    /// <summary>A URL's shape: numbers and long tokens as placeholders, query values dropped, so that a page type is crawled a few times, not once per row.</summary>
    public static string Shape(string url)
    {
        var parts = url.Split('?', 2);
        var path = IdSegment().Replace(parts[0], "/{}");
        var query = parts.Length > 1 ? string.Join('&', parts[1].Split('&').Select(p => p.Split('=')[0]).Order()) : "";
        return path + "?" + query;
    }

    [GeneratedRegex(@"/(\d+|[A-Za-z0-9_-]{20,})(?=/|$)")]
    private static partial Regex IdSegment();
}
