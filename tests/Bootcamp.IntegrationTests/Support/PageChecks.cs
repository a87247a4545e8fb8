using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Bootcamp.IntegrationTests.Support;

/// <summary>Reading pages and asserting how a request was answered, shared by the page tests.</summary>
public static class PageChecks
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IDocument> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"GET {url}");
        return await response.ReadPageAsync();
    }

    public static async Task<IDocument> ReadPageAsync(this HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    /// <summary>
    /// The status a browser ends on: the cookie handler answers a wrong role with a redirect to the Denied page,
    /// which is itself a 403, so the redirect is followed once to see it.
    /// </summary>
    public static async Task<HttpStatusCode> FinalStatusAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { } location
            && location.OriginalString.Contains("/Account/Denied", StringComparison.Ordinal))
            response = await client.GetAsync(location);
        return response.StatusCode;
    }

    public static async Task AssertSentToSignInAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), url);
        Assert.That(response.Headers.Location?.OriginalString, Does.Contain("/Account/SignIn"), url);
    }

    /// <summary>The message shown next to a field, read from the element its input points at with aria-describedby.</summary>
    public static string FieldError(this IDocument page, string fieldId)
    {
        var input = page.GetElementById(fieldId);
        Assert.That(input, Is.Not.Null, $"no input #{fieldId}");
        var described = input!.GetAttribute("aria-describedby") ?? "";
        Assert.That(described, Does.Contain($"{fieldId}-error"), $"#{fieldId} is not described by its error");
        Assert.That(input.ClassList, Does.Contain("input-validation-error"), $"#{fieldId} is not marked invalid");
        return page.GetElementById($"{fieldId}-error")?.TextContent.Trim() ?? "";
    }

    /// <summary>
    /// The text of every validation message on the page, each once: the summary's problems that name no field, and
    /// the messages beside the fields (the summary's links repeat those).
    /// </summary>
    public static IReadOnlyList<string> Errors(this IDocument page) =>
    [
        .. page.QuerySelectorAll(".error-summary li").Where(li => li.QuerySelector("a") is null)
            .Concat(page.QuerySelectorAll(".field-validation-error, td.error, p.error"))
            .Select(e => e.TextContent.Trim()).Where(t => t.Length > 0),
    ];

    /// <summary>The page's error summary as text (its title and every problem), empty when the page has none.</summary>
    public static string ErrorSummaryText(this IDocument page) => page.QuerySelector(".error-summary")?.TextContent ?? "";

    /// <summary>Posts a form without its anti-forgery token.</summary>
    public static Task<HttpResponseMessage> PostWithoutTokenAsync(this HttpClient client, string url, Dictionary<string, string> fields) =>
        client.PostAsync(url, new FormUrlEncodedContent(fields));
}
