using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Bootcamp.IntegrationTests.Support;

public static class HtmlPage
{
    public static async Task<IDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>The text of every validation message on the page (summary and fields).</summary>
    public static IReadOnlyList<string> Errors(this IDocument page) =>
        [.. page.QuerySelectorAll(".validation-summary-errors li, .field-validation-error, td.error, p.error").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0)];
}
