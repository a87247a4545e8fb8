using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Bootcamp.Domain.Cohorts;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Cohorts;

/// <summary>Helpers shared by the cohort and enrolment tests: look-ups by code, HTML parsing, arranged cohorts.</summary>
public static partial class CohortPages
{
    public const string LisbonStaff = "lisbon.staff@bootcamp.local";
    public static readonly string[] AllCodes = ["BER-FSW-07", "BER-DAN-03", "LIS-QAA-03", "LIS-FSW-02", "TOR-CYB-04", "TOR-DAN-02"];

    public static Task<int> CohortIdAsync(this BootcampApp app, string code) =>
        app.WithDbAsync(db => db.Cohorts.Where(c => c.Code == code).Select(c => c.Id).SingleAsync());

    /// <summary>A fresh planned cohort at Berlin Kreuzberg, so a test can fill it without touching the demo cohorts.</summary>
    public static Task<int> NewBerlinCohortAsync(this BootcampApp app, string code, int capacity) =>
        app.WithDbAsync(async db =>
        {
            var programmeId = await db.Programmes.Where(p => p.Code == "DAN").Select(p => p.Id).SingleAsync();
            var centreId = await db.Centres.Where(c => c.Name == "Berlin Kreuzberg").Select(c => c.Id).SingleAsync();
            var cohort = new Cohort(code, programmeId, centreId, new DateOnly(2027, 3, 1), capacity,
                [new LectureSlot(DayOfWeek.Tuesday, new TimeOnly(18, 0), new TimeOnly(21, 0))]);
            db.Cohorts.Add(cohort);
            await db.SaveChangesAsync();
            return cohort.Id;
        });

    /// <summary>The cohort codes linked from a page's table.</summary>
    public static IReadOnlyList<string> CohortCodes(IDocument page) =>
        [.. page.QuerySelectorAll("table a[href^='/Cohorts/Details/']").Select(a => a.TextContent.Trim()).Order()];

    public static string ErrorFor(IDocument page, string id) => page.GetElementById(id)?.TextContent.Trim() ?? "";

    /// <summary>Uploads a file with the anti-forgery token of the page at <paramref name="pageUrl"/>.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, string pageUrl, string postUrl, string fileName, string content)
    {
        var page = await client.GetStringAsync(pageUrl);
        var token = TokenPattern().Match(page);
        Assert.That(token.Success, Is.True, $"No anti-forgery token on {pageUrl}");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(content)), "file", fileName },
        };
        return await client.PostAsync(postUrl, form);
    }

    /// <summary>Where a refused request was sent: the access-denied page answers 403.</summary>
    public static async Task<HttpStatusCode> FinalStatusAsync(this HttpClient client, HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location is null)
            return response.StatusCode;
        return (await client.GetAsync(response.Headers.Location)).StatusCode;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
