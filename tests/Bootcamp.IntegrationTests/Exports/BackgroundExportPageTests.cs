using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bootcamp.IntegrationTests.Support;
using Bootcamp.Web.Features.Exports;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Exports;

/// <summary>
/// The export page's "prepare in the background" form: an impossible request answers with its message next to the
/// field and makes nothing, another partner's cohort is not found, a large direct selection is offered in the
/// background, and an accepted request leads to a progress page whose bar moves with or without script.
/// </summary>
public sealed partial class BackgroundExportPageTests : AppFixture
{
    private int _lisbonCohort;
    private int _torontoCohort;

    protected override async Task ArrangeFixtureAsync()
    {
        (_lisbonCohort, _torontoCohort) = await App.WithDbAsync(async db => (
            await db.Cohorts.Where(c => c.Code == "LIS-QAA-03").Select(c => c.Id).SingleAsync(),
            await db.Cohorts.Where(c => c.Code == "TOR-CYB-04").Select(c => c.Id).SingleAsync()));
    }

    private static Dictionary<string, string> Form(string kind, string cohorts, string format, string asOf = "2026-06-03") => new()
    {
        ["Background.Kind"] = kind, ["Background.Cohorts"] = cohorts, ["Background.Format"] = format, ["Background.AsOf"] = asOf,
    };

    private async Task<HttpResponseMessage> PostAsync(HttpClient client, Dictionary<string, string> fields, params int[] cohortIds)
    {
        var page = await client.GetStringAsync("/Exports");
        var body = fields.ToList();
        body.Add(new("__RequestVerificationToken", WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value)));
        body.AddRange(cohortIds.Select(id => new KeyValuePair<string, string>("Background.CohortIds", id.ToString(CultureInfo.InvariantCulture))));
        return await client.PostAsync("/Exports/Background", new FormUrlEncodedContent(body));
    }

    private string[] Files() => Directory.Exists(App.ExportsFolder) ? Directory.GetFiles(App.ExportsFolder) : [];

    private Task<int> ExportRowsAsync() => App.WithDbAsync(db => db.ExportFiles.CountAsync());

    [TestCase("progress", "chosen", "xlsx", "2026-06-03", "bg-cohorts", "Tick at least one cohort, or choose all your cohorts.")]
    [TestCase("raw", "all", "pdf", "", "bg-format", "The raw data is offered as csv or xlsx (Excel workbook).")]
    [TestCase("progress", "all", "csv", "2026-06-03", "bg-format", "The progress report is offered as xlsx (Excel workbook) or pdf.")]
    [TestCase("progress", "all", "xlsx", "03/06/2026", "bg-asOf", "Type the date as YYYY-MM-DD, between 2000 and 2100.")]
    [TestCase("progress", "all", "xlsx", "2020-01-01", "bg-asOf", "None of your cohorts had started by 1 Jan 2020; choose a later day.")]
    [TestCase("progress", "all", "xlsx", "2026-12-31", "bg-asOf", "The report cannot be made for a day still to come; choose today or an earlier day.")]
    [TestCase("everything", "all", "xlsx", "2026-06-03", "bg-kind", "Choose what to prepare: the progress report or the raw data.")]
    public async Task An_impossible_request_gets_its_message_next_to_the_field_and_makes_nothing(string kind, string cohorts, string format, string asOf, string field, string message)
    {
        var partner = await App.SignInAsync(BootcampApp.Partner);
        var before = await ExportRowsAsync();

        var response = await PostAsync(partner, Form(kind, cohorts, format, asOf));

        var page = await response.ReadPageAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.GetElementById($"{field}-error")?.TextContent.Trim(), Is.EqualTo(message));
            Assert.That(page.GetElementById(field)?.GetAttribute("aria-describedby"), Does.Contain($"{field}-error"));
            Assert.That(await ExportRowsAsync(), Is.EqualTo(before));
        }
    }

    [Test]
    public async Task A_day_before_a_chosen_cohort_starts_is_refused_with_the_cohorts_start()
    {
        var partner = await App.SignInAsync(BootcampApp.Partner);
        var start = await App.WithDbAsync(db => db.Cohorts.Where(c => c.Id == _lisbonCohort).Select(c => c.StartDate).SingleAsync());

        var response = await PostAsync(partner, Form("progress", "chosen", "xlsx", start.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), _lisbonCohort);

        var page = await response.ReadPageAsync();
        Assert.That(page.FieldError("bg-asOf"), Is.EqualTo($"LIS-QAA-03 starts on {start:d MMM yyyy}; choose that day or a later one."));
    }

    [Test]
    public async Task Another_partners_cohort_in_a_background_request_is_not_found_and_makes_nothing()
    {
        var partner = await App.SignInAsync(BootcampApp.Partner);
        var before = await ExportRowsAsync();
        var files = Files();

        var raw = await PostAsync(partner, Form("raw", "chosen", "csv", ""), _lisbonCohort, _torontoCohort);
        var progress = await PostAsync(partner, Form("progress", "chosen", "xlsx"), _torontoCohort);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(raw.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(progress.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await ExportRowsAsync(), Is.EqualTo(before));
            Assert.That(Files(), Is.EqualTo(files));
        }
    }

    [Test]
    public async Task A_large_selection_to_download_at_once_is_offered_in_the_background_with_the_same_cohorts()
    {
        var admin = await App.SignInAsync(BootcampApp.Admin);
        var ids = new List<int>();
        for (var i = 0; i < 11; i++)
            ids.Add((await LoggingWorld.CreateAsync(App, learners: 1)).CohortId);

        var page = await admin.GetPageAsync($"/Exports/Progress?{string.Concat(ids.Select(id => $"cohortIds={id}&"))}asOf=2026-06-03&format=xlsx");

        var ticked = page.QuerySelectorAll("input[name='Background.CohortIds'][checked]").Select(i => int.Parse(i.GetAttribute("value")!, CultureInfo.InvariantCulture));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.GetElementById("cohorts-error")?.TextContent.Trim(),
                Is.EqualTo("More than 10 cohorts make a large file: prepare it in the background below, and it appears in My downloads."));
            Assert.That(ticked, Is.EquivalentTo(ids));
            Assert.That(page.QuerySelector("input[name='Background.Cohorts'][value='chosen']")?.HasAttribute("checked"), Is.True);
            Assert.That(page.GetElementById("bg-asOf")?.GetAttribute("value"), Is.EqualTo("2026-06-03"));
        }
    }

    [Test]
    public async Task An_accepted_request_shows_a_progress_page_that_moves_with_or_without_script_and_ends_in_my_downloads()
    {
        var partner = await App.SignInAsync(BootcampApp.Partner);

        var response = await PostAsync(partner, Form("progress", "all", "pdf"));
        var location = response.Headers.Location!.OriginalString;
        var page = await partner.GetPageAsync(location);
        var id = Guid.Parse(location[(location.LastIndexOf('/') + 1)..]);
        var row = await BackgroundExportWaits.FinishedAsync(App, id);
        using var status = JsonDocument.Parse(await partner.GetStringAsync($"/Exports/Status/{id}"));
        var downloads = await partner.GetPageAsync("/Exports/Downloads");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(location, Does.StartWith("/Exports/Preparing/"));
            Assert.That(page.QuerySelector("progress#export-bar")?.GetAttribute("max"), Is.EqualTo("100"));
            Assert.That(page.QuerySelector("label[for='export-bar']"), Is.Not.Null);
            Assert.That(page.GetElementById("export-progress")?.GetAttribute("data-status-url"), Is.EqualTo($"/Exports/Status/{id}"));
            Assert.That(page.QuerySelector("script[src^='/js/export-progress.js']"), Is.Not.Null, "a script file, not an inline script");
            Assert.That(page.QuerySelectorAll("script:not([src])"), Is.Empty);
            Assert.That(page.QuerySelector("a[href='/Exports/Downloads']"), Is.Not.Null);
            Assert.That(row.Status, Is.EqualTo(ExportStatus.Done), row.FailureReason);
            Assert.That(status.RootElement.GetProperty("status").GetString(), Is.EqualTo("Done"));
            Assert.That(status.RootElement.GetProperty("percent").GetInt32(), Is.EqualTo(100));
            Assert.That(status.RootElement.GetProperty("finished").GetBoolean(), Is.True);
            Assert.That(status.RootElement.GetProperty("downloadUrl").GetString(), Is.EqualTo($"/Exports/File/{id}"));
            Assert.That(status.RootElement.GetProperty("fileName").GetString(), Is.EqualTo(row.FileName));
            Assert.That(downloads.QuerySelector($"a[href='/Exports/File/{id}']")?.TextContent.Trim(), Is.EqualTo(row.FileName));
        }
    }

    [Test]
    public async Task A_progress_page_of_a_file_still_being_made_reloads_itself_without_script()
    {
        var partnerId = await App.WithDbAsync(db => db.Users.Where(u => u.Email == BootcampApp.Partner).Select(u => u.Id).SingleAsync());
        var id = await App.WithDbAsync(async db =>
        {
            var file = new ExportFile(Guid.NewGuid(), partnerId, new ExportRequest(ExportKinds.Raw, "csv", [_lisbonCohort], false, null), "raw.csv", App.UtcNow, App.UtcNow.AddDays(7));
            file.Start(App.UtcNow);
            db.ExportFiles.Add(file);
            await db.SaveChangesAsync();
            return file.Id;
        });
        var partner = await App.SignInAsync(BootcampApp.Partner);

        var html = await partner.GetStringAsync($"/Exports/Preparing/{id}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(html, Does.Match(@"<noscript><meta http-equiv=""refresh"" content=""\d+"" /></noscript>"));
            Assert.That(html, Does.Contain($"<a href=\"/Exports/Preparing/{id}\">Refresh</a>"));
            Assert.That(html, Does.Contain("<progress id=\"export-bar\" max=\"100\" value=\"0\">"));
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
