using System.Net;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Cohorts;

/// <summary>A learner is found only inside the scope: an e-mail known at another centre is never echoed back.</summary>
public sealed class LearnerLookupScopeTests : AppFixture
{
    private HttpClient _staff = null!;
    private (string Email, string First, string Last) _lisbonLearner;
    private string _otherLisbonEmail = "";

    protected override async Task ArrangeFixtureAsync()
    {
        _staff = await App.SignInAsync(BootcampApp.Staff);
        var lisbon = await App.WithDbAsync(db => db.Learners
            .Where(l => db.Enrolments.Any(e => e.LearnerId == l.Id)
                && db.Enrolments.Where(e => e.LearnerId == l.Id).All(e => db.Cohorts.Any(c => c.Id == e.CohortId && c.Code.StartsWith("LIS-"))))
            .OrderBy(l => l.Id)
            .Select(l => new ValueTuple<string, string, string>(l.Email, l.FirstName, l.LastName))
            .Take(2)
            .ToListAsync());
        (_lisbonLearner, _otherLisbonEmail) = (lisbon[0], lisbon[1].Item1);
    }

    [Test]
    public async Task Enrolling_by_an_e_mail_of_another_centre_asks_staff_to_contact_it_and_names_nobody()
    {
        var cohortId = await App.NewBerlinCohortAsync("BER-LOOK-01", 10);
        var learners = await App.WithDbAsync(db => db.Learners.CountAsync());
        var url = $"/Cohorts/{cohortId}/Enrol";

        var response = await _staff.PostFormAsync(url, url, new()
        {
            ["Form.Email"] = _lisbonLearner.Email,
            ["Form.FirstName"] = "Someone",
            ["Form.LastName"] = "Else",
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), response.Headers.Location?.ToString());
        var page = await response.ReadPageAsync();
        Assert.That(CohortPages.ErrorFor(page, "Email-error"),
            Is.EqualTo("A learner with this e-mail is registered at another centre: contact that centre to enrol them here."));
        Assert.That(page.Body!.TextContent, Does.Not.Contain(_lisbonLearner.Last));
        Assert.That(await App.WithDbAsync(db => db.Learners.CountAsync()), Is.EqualTo(learners), "no duplicate learner");
        Assert.That(await App.WithDbAsync(db => db.Enrolments.CountAsync(e => e.CohortId == cohortId)), Is.Zero);
    }

    [Test]
    public async Task The_import_preview_refuses_an_e_mail_of_another_centre_without_its_name()
    {
        var cohortId = await App.NewBerlinCohortAsync("BER-LOOK-02", 10);
        var url = $"/Cohorts/{cohortId}/Import";
        var csv = $"first_name,last_name,email,phone\nSomeone,Else,{_lisbonLearner.Email},\n";

        var response = await _staff.UploadAsync(url, url, "learners.csv", csv);

        var page = await response.ReadPageAsync();
        var text = page.Body!.TextContent;
        Assert.That(text, Does.Contain("registered at another centre: contact that centre to enrol them here."));
        Assert.That(text, Does.Not.Contain(_lisbonLearner.Last));
        Assert.That(page.QuerySelector("form[action$='Import/Confirm'] button[type=submit]"), Is.Null, "nothing can be imported");
    }

    [Test]
    public async Task An_admin_enrols_a_learner_of_any_centre_by_e_mail()
    {
        using var admin = await App.SignInAsync(BootcampApp.Admin);
        var cohortId = await App.NewBerlinCohortAsync("BER-LOOK-03", 10);
        var url = $"/Cohorts/{cohortId}/Enrol";

        var response = await admin.PostFormAsync(url, url, new() { ["Form.Email"] = _otherLisbonEmail });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await App.WithDbAsync(db => db.Enrolments.CountAsync(e => e.CohortId == cohortId)), Is.EqualTo(1));
    }
}
