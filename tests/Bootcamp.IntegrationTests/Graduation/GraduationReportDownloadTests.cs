using System.Net;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace Bootcamp.IntegrationTests.Graduation;

public sealed class GraduationReportDownloadTests : AppFixture
{
    private static string Url(int cohortId) => $"/Graduation/Cohort/{cohortId}/Report";

    private static async Task<string> DownloadTextAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        return string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    [Test]
    public async Task Staff_download_the_report_with_the_decision_and_the_figures_of_the_board()
    {
        var world = await GraduationWorld.CreateAsync(App);
        var staff = await App.SignInAsync(BootcampApp.Staff);
        await staff.PostFormAsync($"/Graduation/Cohort/{world.CohortId}", $"/Graduation/Cohort/{world.CohortId}", new() { ["Command"] = "GraduateQualified" });

        var text = await DownloadTextAsync(staff, Url(world.CohortId));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(text, Does.Contain($"Cohort: {world.Code}").And.Contain("Centre: Berlin Kreuzberg (dates in Europe/Berlin)"));
            Assert.That(text, Does.Contain("Qualified 100% (5 of 5), 16 6 22 1 of 1 lowest 4 2 of 2, 6 of 6 Graduated on"), "the figures of the board, solo, group and total hours");
            Assert.That(text, Does.Contain("Short 100% (5 of 5), 10 6 16"));
            Assert.That(text, Does.Contain("Total: 3 learners 42 18 60 1 meet 1 graduated, 0"));
        }
    }

    [Test]
    public async Task A_partner_downloads_the_report_of_its_cohort_without_soft_skill_scores()
    {
        var cohortId = await App.WithDbAsync(db => db.Cohorts.Where(c => c.Code == "LIS-FSW-02").Select(c => c.Id).SingleAsync());
        var partner = await App.SignInAsync(BootcampApp.Partner);

        var text = await DownloadTextAsync(partner, Url(cohortId));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(text, Does.Contain("Cohort: LIS-FSW-02"));
            Assert.That(text, Does.Not.Contain("lowest"));
            Assert.That(text, Does.Not.Contain("@"));
        }
    }

    [Test]
    public async Task A_cohort_out_of_scope_has_no_report()
    {
        var world = await GraduationWorld.CreateAsync(App);
        var partner = await App.SignInAsync(BootcampApp.Partner);

        Assert.That(await partner.FinalStatusAsync(Url(world.CohortId)), Is.EqualTo(HttpStatusCode.NotFound));
    }
}
