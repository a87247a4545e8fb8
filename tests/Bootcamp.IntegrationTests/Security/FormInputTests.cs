using System.Net;
using System.Text.RegularExpressions;
using Bootcamp.IntegrationTests.Support;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Bootcamp.IntegrationTests.Security.FormCrawler;

namespace Bootcamp.IntegrationTests.Security;

/// <summary>
/// Issue 12, no 500 from user input, ever: every form a role can reach (found by crawling the pages the role is
/// shown, not from a list) is posted empty, with over-long text, with wrong types and with out-of-range numbers and
/// dates. Each answer must be a page with a message, a redirect, 400 or 404: never a 500. Each role posts into its
/// own app, since a post may lock an account or delete a row.
/// </summary>
[TestFixture("anonymous")]
[TestFixture(BootcampApp.Admin)]
[TestFixture(BootcampApp.Staff)]
[TestFixture(BootcampApp.Instructor)]
[TestFixture(BootcampApp.Partner)]
public sealed partial class FormInputTests(string who) : AppFixture
{
    private static readonly string Overlong = new('x', 5000);

    /// <summary>Signing out ends the session the posts run in; its form is reached, but not fuzzed.</summary>
    private static readonly string[] NotFuzzed = ["/Account/SignOut"];

    private IReadOnlyList<FoundForm> _forms = [];

    private bool Anonymous => who == "anonymous";

    private Task<HttpClient> ClientAsync() => Anonymous ? Task.FromResult(App.Anonymous()) : App.SignInAsync(who);

    protected override async Task ArrangeFixtureAsync() =>
        _forms = await CrawlAsync(await ClientAsync(), Anonymous ? "/Account/SignIn" : "/");

    /// <summary>A browser posts only the token inside the form; a form without one is refused for everyone.</summary>
    [Test]
    public void Every_form_the_role_reaches_carries_its_own_anti_forgery_token()
    {
        var without = _forms.Where(f => !f.HasToken).Select(f => $"{f.Action} (form on {f.Page})").ToList();

        Assert.That(_forms, Is.Not.Empty);
        Assert.That(without, Is.Empty);
    }

    [Test]
    public async Task Every_form_the_role_reaches_answers_bad_input_without_a_server_error()
    {
        var forms = _forms.Where(f => !NotFuzzed.Contains(PathOf(f.Action))).ToList();
        var client = await ClientAsync();
        var failures = new List<string>();

        foreach (var form in forms)
        {
            foreach (var (variant, fields) in Variants(form))
            {
                var response = await PostAsync(client, form, fields);
                if (IsSignInRedirect(response) && !Anonymous)
                {
                    client = await ClientAsync();
                    response = await PostAsync(client, form, fields);
                }
                if (response is not null && (int)response.StatusCode >= 500)
                    failures.Add($"{variant} POST {form.Action} (form on {form.Page}): {(int)response.StatusCode}");
                else if (response is { StatusCode: HttpStatusCode.OK } && await SummaryProblemAsync(response) is { } problem)
                    failures.Add($"{variant} POST {form.Action} (form on {form.Page}): {problem}");
            }
        }

        Assert.That(_forms, Is.Not.Empty, "the crawl found no form, not even signing in or out");
        Assert.That(failures, Is.Empty);
    }

    /// <summary>
    /// A refused form names its problems at the top of the page, each linked to a field that is on the page (the
    /// GOV.UK error summary); null when the page shows no field problem, or when its summary is right.
    /// </summary>
    private static async Task<string?> SummaryProblemAsync(HttpResponseMessage response)
    {
        if (response.Content.Headers.ContentType?.MediaType != "text/html")
            return null;
        var page = await response.ReadPageAsync();
        var fieldErrors = page.QuerySelectorAll(".field-validation-error").Count(e => e.TextContent.Trim().Length > 0);
        if (fieldErrors == 0)
            return null;
        var summary = page.QuerySelector("main > .error-summary");
        if (summary is null)
            return $"{fieldErrors} field problems and no error summary at the top";
        if (summary.GetAttribute("tabindex") != "-1" || !summary.HasAttribute("autofocus"))
            return "the error summary does not take the focus";
        var links = summary.QuerySelectorAll("a[href^='#']").Select(a => a.GetAttribute("href")![1..]).ToList();
        if (links.Count == 0)
            return "the error summary links to no field";
        var missing = links.Where(id => page.GetElementById(id) is null).ToList();
        return missing.Count > 0 ? $"the error summary links to fields that are not on the page: {string.Join(", ", missing)}" : null;
    }

    private static bool IsSignInRedirect(HttpResponseMessage? response) =>
        response is { StatusCode: HttpStatusCode.Redirect } && response.Headers.Location?.OriginalString.Contains("/Account/SignIn", StringComparison.Ordinal) == true;

    /// <summary>Posts with a fresh anti-forgery token from the form's page; null when that page is gone (a row deleted by an earlier post).</summary>
    private static async Task<HttpResponseMessage?> PostAsync(HttpClient client, FoundForm form, IReadOnlyList<KeyValuePair<string, string>> fields)
    {
        var page = await client.GetAsync(form.Page);
        if (page.StatusCode != HttpStatusCode.OK)
            return page.StatusCode == HttpStatusCode.Redirect ? page : null;
        var token = TokenPattern().Match(await page.Content.ReadAsStringAsync());
        if (!token.Success)
            return null;
        var all = fields.Append(new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value))).ToList();
        return await client.PostAsync(form.Action, new FormUrlEncodedContent(all));
    }

    /// <summary>The bad inputs: nothing at all; text far over any limit; words where numbers and dates go; numbers and dates out of range.</summary>
    private static IEnumerable<(string Variant, IReadOnlyList<KeyValuePair<string, string>> Fields)> Variants(FoundForm form)
    {
        yield return ("empty", []);
        yield return ("over-long text", Fill(form, f => IsText(f) ? Overlong : null));
        yield return ("wrong types", Fill(form, f => IsNumber(f) || IsDate(f) || f.Kind is "time" or "select" or "hidden" ? "not-a-value" : null));
        yield return ("too large", Fill(form, f => IsNumber(f) ? "1e30" : IsDate(f) ? "9999-12-31" : f.Kind == "time" ? "25:61" : null));
        yield return ("too small", Fill(form, f => IsNumber(f) ? "-99999999999" : IsDate(f) ? "0001-01-01" : f.Kind == "select" ? "-1" : null));
    }

    private static bool IsText(FoundField field) => field.Kind is "text" or "textarea" or "email" or "search" or "url" or "tel" or "password";

    private static bool IsNumber(FoundField field) => field.Kind is "number" or "range";

    private static bool IsDate(FoundField field) => field.Kind is "date" or "month" or "week" or "datetime-local";

    /// <summary>Every field with the page's value (a select's first option, a box ticked), unless the variant gives another.</summary>
    private static List<KeyValuePair<string, string>> Fill(FoundForm form, Func<FoundField, string?> bad) =>
        [.. form.Fields.Select(f => new KeyValuePair<string, string>(f.Name, bad(f) ?? f.Value))];

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
