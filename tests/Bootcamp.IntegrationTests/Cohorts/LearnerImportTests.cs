using System.Net;
using AngleSharp.Dom;
using Bootcamp.Domain.Learners;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Cohorts;

public sealed class LearnerImportTests : AppFixture
{
    private HttpClient _staff = null!;

    protected override async Task ArrangeFixtureAsync() => _staff = await App.SignInAsync(BootcampApp.Staff);

    private async Task<IDocument> PreviewAsync(int cohortId, string csv)
    {
        var url = $"/Cohorts/{cohortId}/Import";
        var response = await _staff.UploadAsync(url, url, "learners.csv", csv);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return await response.ReadPageAsync();
    }

    private Task<HttpResponseMessage> ConfirmAsync(int cohortId, string csv) =>
        _staff.PostFormAsync($"/Cohorts/{cohortId}/Import", $"/Cohorts/{cohortId}/Import/Confirm", new() { ["csv"] = csv });

    private static Dictionary<string, string> ProblemsByLine(IDocument preview) =>
        preview.QuerySelectorAll("#rows tbody tr").ToDictionary(r => r.Children[0].TextContent.Trim(), r => r.Children[5].TextContent.Trim());

    private Task<int> EnrolmentsAsync(int cohortId) => App.WithDbAsync(db => db.Enrolments.CountAsync(e => e.CohortId == cohortId));

    [Test]
    public async Task The_import_page_documents_the_columns_and_offers_a_sample()
    {
        var cohortId = await App.NewBerlinCohortAsync("BER-IMP-00", 10);
        var page = await _staff.GetPageAsync($"/Cohorts/{cohortId}/Import");
        Assert.That(page.QuerySelectorAll("code").Select(c => c.TextContent), Is.EqualTo(new[] { "first_name", "last_name", "email", "phone" }));
        var sample = await _staff.GetAsync(page.QuerySelector("a[download]")!.GetAttribute("href"));
        Assert.That(sample.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        Assert.That(await sample.Content.ReadAsStringAsync(), Does.Contain("first_name,last_name,email,phone"));
    }

    [Test]
    public async Task The_preview_shows_each_row_with_its_problem_and_a_bad_file_saves_nothing()
    {
        var cohortId = await App.NewBerlinCohortAsync("BER-IMP-01", 3);
        await App.WithDbAsync(async db =>
        {
            var learner = new Learner("Otto", "Already", "otto.already@example.org", null);
            db.Learners.Add(learner);
            await db.SaveChangesAsync();
            db.Enrolments.Add(new Enrolment(cohortId, learner.Id, new DateOnly(2026, 11, 1)));
            return await db.SaveChangesAsync();
        });
        var csv = string.Join("\n",
            "first_name,last_name,email,phone",
            "Ana,Silva,ana.import@example.org,",
            ",Costa,rui.import@example.org,",
            "Eva,Lopes,eva-at-example.org,",
            "Ana,S.,ANA.IMPORT@example.org,",
            "Otto,Already,otto.already@example.org,",
            "Ivo,Reis,ivo.import@example.org,+49 30 1",
            "Rosa,Neves,rosa.import@example.org,");
        var learners = await App.WithDbAsync(db => db.Learners.CountAsync());

        var preview = await PreviewAsync(cohortId, csv);
        var problems = ProblemsByLine(preview);
        Assert.That(problems["2"], Does.StartWith("OK"));
        Assert.That(problems["3"], Is.EqualTo("First name is missing."));
        Assert.That(problems["4"], Does.Contain("not a valid e-mail"));
        Assert.That(problems["5"], Is.EqualTo("Duplicate: line 2 has the same e-mail."));
        Assert.That(problems["6"], Is.EqualTo("Already enrolled in this cohort."));
        Assert.That(problems["7"], Does.StartWith("OK"));
        Assert.That(problems["8"], Does.StartWith("Over capacity"));
        Assert.That(preview.QuerySelector("form[action$='/Import/Confirm']"), Is.Null);

        var response = await ConfirmAsync(cohortId, csv);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(ProblemsByLine(await response.ReadPageAsync())["3"], Is.EqualTo("First name is missing."));
        Assert.That(await EnrolmentsAsync(cohortId), Is.EqualTo(1));
        Assert.That(await App.WithDbAsync(db => db.Learners.CountAsync()), Is.EqualTo(learners));
    }

    [Test]
    public async Task A_good_file_is_previewed_then_saved_whole()
    {
        var cohortId = await App.NewBerlinCohortAsync("BER-IMP-02", 10);
        var csv = "\uFEFFEmail,First Name,Last Name\r\n"
            + "mia.good@example.org,Mia,Good\r\n"
            + "\"lars.good@example.org\",\"Lars, Jr.\",\"Good \"\"the second\"\"\"\r\n"
            + "lena.hoffmann@example.com,Lena,Hoffmann\r\n";
        var preview = await PreviewAsync(cohortId, csv);
        var problems = ProblemsByLine(preview);
        Assert.That(problems.Values, Is.EqualTo(new[] { "OK: new learner", "OK: new learner", "OK: existing learner" }));
        var hidden = preview.QuerySelector("form[action$='/Import/Confirm'] input[name=csv]")!.GetAttribute("value")!;

        var response = await ConfirmAsync(cohortId, hidden);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var page = await _staff.GetPageAsync(response.Headers.Location!.ToString());
        var names = page.QuerySelectorAll("table.learners tbody th a").Select(a => a.TextContent).ToList();
        Assert.That(names, Is.EquivalentTo(new[] { "Mia Good", "Lars, Jr. Good \"the second\"", "Lena Hoffmann" }));
        Assert.That(page.QuerySelector(".flash")!.TextContent, Does.Contain("3 learners imported"));
    }

    [Test]
    public async Task The_rows_are_checked_again_on_confirm()
    {
        var cohortId = await App.NewBerlinCohortAsync("BER-IMP-03", 2);
        var csv = "first_name,last_name,email\nA,One,a.one@example.org\nB,Two,b.two@example.org\n";
        var preview = await PreviewAsync(cohortId, csv);
        Assert.That(preview.QuerySelector("form[action$='/Import/Confirm']"), Is.Not.Null);
        await App.WithDbAsync(async db =>
        {
            var learner = new Learner("Quick", "Taker", "quick.taker@example.org", null);
            db.Learners.Add(learner);
            await db.SaveChangesAsync();
            db.Enrolments.Add(new Enrolment(cohortId, learner.Id, new DateOnly(2026, 11, 1)));
            return await db.SaveChangesAsync();
        });

        var response = await ConfirmAsync(cohortId, csv);
        Assert.That(ProblemsByLine(await response.ReadPageAsync())["3"], Does.StartWith("Over capacity"));
        Assert.That(await EnrolmentsAsync(cohortId), Is.EqualTo(1));
        Assert.That(await App.WithDbAsync(db => db.Learners.AnyAsync(l => l.Email == "a.one@example.org")), Is.False);
    }

    [Test]
    public async Task A_file_without_a_needed_column_is_refused_next_to_the_file_field()
    {
        var cohortId = await App.NewBerlinCohortAsync("BER-IMP-04", 10);
        var page = await PreviewAsync(cohortId, "first_name,email\nAna,ana@example.org\n");
        Assert.That(CohortPages.ErrorFor(page, "file-error"), Does.Contain("no last_name column"));
        Assert.That(await EnrolmentsAsync(cohortId), Is.Zero);
    }

    [Test]
    public async Task An_upload_without_the_anti_forgery_token_is_rejected()
    {
        var cohortId = await App.NewBerlinCohortAsync("BER-IMP-05", 10);
        using var form = new MultipartFormDataContent { { new StringContent("first_name,last_name,email\nA,B,a.b@example.org\n"), "file", "x.csv" } };
        Assert.That((await _staff.PostAsync($"/Cohorts/{cohortId}/Import", form)).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var confirm = await _staff.PostAsync($"/Cohorts/{cohortId}/Import/Confirm",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["csv"] = "first_name,last_name,email\nA,B,a.b@example.org\n" }));
        Assert.That(confirm.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await EnrolmentsAsync(cohortId), Is.Zero);
    }
}
