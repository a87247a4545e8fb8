using System.Diagnostics;
using System.Net;
using Bootcamp.Domain.Credentials;
using Bootcamp.IntegrationTests.Graduation;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace Bootcamp.IntegrationTests.Credentials;

/// <summary>Certificates and transcripts read back with PdfPig: each figure is the graduation board's, which is the engine's.</summary>
public sealed class LearnerDocumentTests : AppFixture
{
    private static string Certificate(GraduationWorld world, int learnerId) => $"/Credentials/Cohort/{world.CohortId}/Learner/{learnerId}/Certificate";

    private static string Transcript(GraduationWorld world, int learnerId) => $"/Credentials/Cohort/{world.CohortId}/Learner/{learnerId}/Transcript";

    /// <summary>The text, the page count and the number of filled squares drawn (a QR code's dark modules are hundreds of them).</summary>
    private static async Task<(string Text, int Pages, int Images)> ReadAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var pages = pdf.GetPages().ToList();
        return (string.Join(" ", pages.SelectMany(p => p.GetWords()).Select(w => w.Text)), pages.Count, pages.Sum(p => p.Paths.Count(path => path.IsFilled)));
    }

    private async Task<(GraduationWorld World, HttpClient Staff, string PublicId)> GraduatedAsync()
    {
        var world = await GraduationWorld.CreateAsync(App);
        var staff = await App.SignInAsync(BootcampApp.Staff);
        await staff.PostFormAsync("/", $"/Graduation/Cohort/{world.CohortId}", new() { ["Command"] = "GraduateQualified" });
        var publicId = await App.WithDbAsync(db => db.IssuedCredentials.Where(c => c.CohortId == world.CohortId && c.Kind == CredentialKind.Graduation).Select(c => c.PublicId).SingleAsync());
        return (world, staff, publicId);
    }

    private static IEnumerable<string> BoardFigures(AngleSharp.Dom.IDocument board, int learnerId) =>
        board.QuerySelectorAll($"tr[data-learner='{learnerId}'] td[data-criterion] .figure").Select(f => f.TextContent.Trim());

    [Test]
    public async Task The_certificate_is_one_page_with_the_eu_elements_the_boards_figures_and_a_QR_code_to_its_verification_page()
    {
        var (world, staff, publicId) = await GraduatedAsync();
        var board = await staff.GetPageAsync($"/Graduation/Cohort/{world.CohortId}");
        var link = board.QuerySelector($"tr[data-learner='{world.Qualified}'] a[href$='/Certificate']")?.GetAttribute("href");

        var watch = Stopwatch.StartNew();
        var (text, pages, images) = await ReadAsync(staff, link ?? Certificate(world, world.Qualified));
        TestContext.Out.WriteLine($"certificate downloaded and read in {watch.ElapsedMilliseconds} ms");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(link, Is.EqualTo(Certificate(world, world.Qualified)), "the board links the certificate");
            Assert.That(pages, Is.EqualTo(1));
            Assert.That(images, Is.GreaterThan(200), "the QR code's modules");
            Assert.That(text, Does.Contain($"This certifies that Qualified {world.Code} Qualified graduated"));
            Assert.That(text, Does.Contain($"Verify this certificate: http://localhost/credentials/{publicId}"));
            foreach (var element in new[] { "Awarding body", "Country of the issuer DE", "Date of issue", "Learning outcomes", "Notional workload (hours) 40", "Level (EQF)", "Type of assessment", "Form of participation", "Quality assurance" })
                Assert.That(text, Does.Contain(element));
            foreach (var figure in BoardFigures(board, world.Qualified))
                Assert.That(text, Does.Contain(figure));
        }
    }

    [Test]
    public async Task The_transcript_lists_modules_projects_soft_skills_and_badges_with_the_engines_figures()
    {
        var (world, staff, publicId) = await GraduatedAsync();
        var board = await staff.GetPageAsync($"/Graduation/Cohort/{world.CohortId}");

        var (text, _, images) = await ReadAsync(staff, Transcript(world, world.Qualified));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(text, Does.Contain("Foundations 100% (3 of 3) 16 h of 10 h planned Foundations badge, awarded"));
            Assert.That(text, Does.Contain("Capstone 100% (2 of 2) 6 h of 10 h planned Capstone badge, awarded"));
            Assert.That(text, Does.Contain("Team app 80% 60% passed"));
            Assert.That(text, Does.Contain("Teamwork 4 of 5"));
            Assert.That(text, Does.Contain($"http://localhost/credentials/{publicId}"));
            Assert.That(images, Is.GreaterThan(200), "the QR code's modules");
            foreach (var figure in BoardFigures(board, world.Qualified))
                Assert.That(text, Does.Contain(figure));
        }
    }

    [Test]
    public async Task A_learner_who_did_not_graduate_has_a_transcript_but_no_certificate()
    {
        var (world, staff, _) = await GraduatedAsync();

        var (text, _, images) = await ReadAsync(staff, Transcript(world, world.ShortOfHours));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await staff.FinalStatusAsync(Certificate(world, world.ShortOfHours)), Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(text, Does.Contain("No graduation credential has been issued to this learner yet."));
            Assert.That(images, Is.LessThan(50), "no QR code");
        }
    }

    [Test]
    public async Task A_partner_or_staff_of_another_centre_gets_not_found_for_documents_out_of_scope()
    {
        var (world, _, _) = await GraduatedAsync();
        var partner = await App.SignInAsync(BootcampApp.Partner);
        var lisbon = await App.SignInAsync("lisbon.staff@bootcamp.local");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await partner.FinalStatusAsync(Certificate(world, world.Qualified)), Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await partner.FinalStatusAsync(Transcript(world, world.Qualified)), Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await lisbon.FinalStatusAsync(Certificate(world, world.Qualified)), Is.EqualTo(HttpStatusCode.NotFound));
        }
    }
}
