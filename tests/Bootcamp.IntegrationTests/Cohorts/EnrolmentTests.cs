using System.Net;
using Bootcamp.Domain.Learners;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Cohorts;

public sealed class EnrolmentTests : AppFixture
{
    private HttpClient _staff = null!;

    protected override async Task ArrangeFixtureAsync() => _staff = await App.SignInAsync(BootcampApp.Staff);

    private Task<HttpResponseMessage> EnrolAsync(int cohortId, string email, string? first = null, string? last = null) =>
        _staff.PostFormAsync($"/Cohorts/{cohortId}/Enrol", $"/Cohorts/{cohortId}/Enrol", new()
        {
            ["Form.Email"] = email,
            ["Form.FirstName"] = first ?? "",
            ["Form.LastName"] = last ?? "",
            ["Form.Phone"] = "",
        });

    private Task<int> EnrolmentsAsync(int cohortId) => App.WithDbAsync(db => db.Enrolments.CountAsync(e => e.CohortId == cohortId));

    [Test]
    public async Task Staff_enrol_a_new_learner_who_then_appears_on_the_cohort_page()
    {
        var cohortId = await App.NewBerlinCohortAsync("BER-ENR-01", 10);
        var response = await EnrolAsync(cohortId, "Noor.Bakker@Example.org", "Noor", "Bakker");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var page = await _staff.GetPageAsync(response.Headers.Location!.ToString());
        var row = page.QuerySelectorAll("[aria-labelledby=learners-heading] tbody tr").Single(r => r.TextContent.Contains("Noor Bakker"));
        Assert.That(row.TextContent, Does.Contain("noor.bakker@example.org"));
        Assert.That(row.QuerySelector("a[href*='/Withdraw/']"), Is.Not.Null, "an enrolled learner can be withdrawn");
        Assert.That(page.QuerySelector(".flash")!.TextContent, Does.Contain("Noor Bakker is enrolled"));
    }

    [Test]
    public async Task A_known_learner_is_enrolled_by_email_alone_and_not_created_twice()
    {
        var cohortId = await App.NewBerlinCohortAsync("BER-ENR-02", 10);
        var learners = await App.WithDbAsync(db => db.Learners.CountAsync());
        var response = await EnrolAsync(cohortId, "lena.hoffmann@example.com");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await App.WithDbAsync(db => db.Learners.CountAsync()), Is.EqualTo(learners));
        Assert.That(await EnrolmentsAsync(cohortId), Is.EqualTo(1));
    }

    [Test]
    public async Task A_learner_cannot_be_enrolled_twice_in_the_same_cohort()
    {
        var cohortId = await App.NewBerlinCohortAsync("BER-ENR-03", 10);
        await EnrolAsync(cohortId, "twice@example.org", "Tess", "Twice");
        var page = await (await EnrolAsync(cohortId, "twice@example.org", "Tess", "Twice")).ReadPageAsync();
        Assert.That(CohortPages.ErrorFor(page, "Email-error"), Does.Contain("already in this cohort"));
        Assert.That(await EnrolmentsAsync(cohortId), Is.EqualTo(1));
    }

    [Test]
    public async Task A_new_learner_needs_both_names_and_a_valid_email()
    {
        var cohortId = await App.NewBerlinCohortAsync("BER-ENR-04", 10);
        var page = await (await EnrolAsync(cohortId, "nobody.yet@example.org")).ReadPageAsync();
        Assert.That(CohortPages.ErrorFor(page, "FirstName-error"), Does.Contain("first name"));
        Assert.That(CohortPages.ErrorFor(page, "LastName-error"), Does.Contain("last name"));
        Assert.That(page.QuerySelector("#Form_Email")!.GetAttribute("value"), Is.EqualTo("nobody.yet@example.org"));
        page = await (await EnrolAsync(cohortId, "not-an-email", "Ana", "Silva")).ReadPageAsync();
        Assert.That(CohortPages.ErrorFor(page, "Email-error"), Does.Contain("valid e-mail"));
        Assert.That(await EnrolmentsAsync(cohortId), Is.Zero);
        Assert.That(await App.WithDbAsync(db => db.Learners.AnyAsync(l => l.Email == "nobody.yet@example.org")), Is.False);
    }

    [Test]
    public async Task A_full_cohort_takes_no_more_learners()
    {
        var cohortId = await App.NewBerlinCohortAsync("BER-ENR-05", 1);
        await EnrolAsync(cohortId, "first.in@example.org", "First", "In");
        var response = await EnrolAsync(cohortId, "second.in@example.org", "Second", "In");
        var page = await response.ReadPageAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.ErrorSummaryText(), Does.Contain("The cohort is full"));
        Assert.That(await EnrolmentsAsync(cohortId), Is.EqualTo(1));
    }

    [Test]
    public async Task A_completed_cohort_takes_no_learners()
    {
        var admin = await App.SignInAsync(BootcampApp.Admin);
        var cohortId = await App.CohortIdAsync("TOR-DAN-02");
        var before = await EnrolmentsAsync(cohortId);
        var url = $"/Cohorts/{cohortId}/Enrol";
        var page = await (await admin.PostFormAsync(url, url, new() { ["Form.Email"] = "late@example.org", ["Form.FirstName"] = "Late", ["Form.LastName"] = "Comer" })).ReadPageAsync();
        Assert.That(page.ErrorSummaryText(), Does.Contain("is completed"));
        Assert.That(await EnrolmentsAsync(cohortId), Is.EqualTo(before));
    }

    private async Task<(int CohortId, int EnrolmentId, string WithdrawUrl, string Today)> EnrolledLearnerAsync(string code)
    {
        var cohortId = await App.NewBerlinCohortAsync(code, 10);
        await EnrolAsync(cohortId, $"{code.ToLowerInvariant()}@example.org", "Wanda", "Leaver");
        var enrolmentId = await App.WithDbAsync(db => db.Enrolments.Where(e => e.CohortId == cohortId).Select(e => e.Id).SingleAsync());
        var url = $"/Cohorts/{cohortId}/Withdraw/{enrolmentId}";
        var today = (await _staff.GetPageAsync(url)).QuerySelector("#Form_WithdrawnOn")!.GetAttribute("value")!;
        return (cohortId, enrolmentId, url, today);
    }

    private Task<Enrolment> EnrolmentAsync(int id) => App.WithDbAsync(db => db.Enrolments.AsNoTracking().SingleAsync(e => e.Id == id));

    [Test]
    public async Task Withdrawal_needs_a_reason()
    {
        var (_, enrolmentId, url, today) = await EnrolledLearnerAsync("BER-WD-01");
        var response = await _staff.PostFormAsync(url, url, new() { ["Form.WithdrawnOn"] = today, ["Form.Reason"] = " " });
        var page = await response.ReadPageAsync();
        Assert.That(CohortPages.ErrorFor(page, "Reason-error"), Is.EqualTo("Give a reason for the withdrawal."));
        Assert.That((await EnrolmentAsync(enrolmentId)).Status, Is.EqualTo(EnrolmentStatus.Enrolled));
    }

    [Test]
    public async Task Withdrawal_cannot_be_dated_before_enrolment()
    {
        var (_, enrolmentId, url, today) = await EnrolledLearnerAsync("BER-WD-02");
        var dayBefore = DateOnly.Parse(today).AddDays(-1).ToString("yyyy-MM-dd");
        var page = await (await _staff.PostFormAsync(url, url, new() { ["Form.WithdrawnOn"] = dayBefore, ["Form.Reason"] = "Moved away" })).ReadPageAsync();
        Assert.That(CohortPages.ErrorFor(page, "WithdrawnOn-error"), Does.Contain("before enrolment"));
        Assert.That(page.QuerySelector("#Form_Reason")!.TextContent.Trim(), Is.EqualTo("Moved away"));
        Assert.That((await EnrolmentAsync(enrolmentId)).Status, Is.EqualTo(EnrolmentStatus.Enrolled));
    }

    [Test]
    public async Task Withdrawal_with_a_date_and_reason_shows_on_the_cohort_page()
    {
        var (cohortId, enrolmentId, url, today) = await EnrolledLearnerAsync("BER-WD-03");
        var response = await _staff.PostFormAsync(url, url, new() { ["Form.WithdrawnOn"] = today, ["Form.Reason"] = "Found a job" });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var saved = await EnrolmentAsync(enrolmentId);
        Assert.That((saved.Status, saved.StatusChangedOn, saved.StatusReason), Is.EqualTo((EnrolmentStatus.Withdrawn, (DateOnly?)DateOnly.Parse(today), "Found a job")));
        var page = await _staff.GetPageAsync($"/Cohorts/Details/{cohortId}");
        var row = page.QuerySelectorAll("[aria-labelledby=learners-heading] tbody tr").Single(r => r.TextContent.Contains("Wanda Leaver"));
        Assert.That(row.TextContent, Does.Contain("Withdrawn").And.Contain("Found a job"));
        Assert.That(row.QuerySelector("a[href*='/Withdraw/']"), Is.Null);
    }

    [Test]
    public async Task Withdrawing_without_the_anti_forgery_token_is_rejected()
    {
        var (_, enrolmentId, url, today) = await EnrolledLearnerAsync("BER-WD-04");
        var response = await _staff.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["Form.WithdrawnOn"] = today, ["Form.Reason"] = "x" }));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await EnrolmentAsync(enrolmentId)).Status, Is.EqualTo(EnrolmentStatus.Enrolled));
    }

    [Test]
    public async Task An_enrolment_of_another_cohort_is_not_found_under_this_one()
    {
        var (_, enrolmentId, _, _) = await EnrolledLearnerAsync("BER-WD-05");
        var other = await App.CohortIdAsync("BER-FSW-07");
        Assert.That((await _staff.GetAsync($"/Cohorts/{other}/Withdraw/{enrolmentId}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
