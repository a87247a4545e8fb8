using System.Net;
using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Logging;
using Bootcamp.IntegrationTests.Cohorts;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Learners;

/// <summary>Issue 12, mistakes can be undone: a withdrawal entered by mistake is reversed with a reason, and both stay in the history.</summary>
public sealed class ReinstatementTests : AppFixture
{
    private HttpClient _staff = null!;

    protected override async Task ArrangeFixtureAsync() => _staff = await App.SignInAsync(BootcampApp.Staff);

    private sealed record Withdrawn(int CohortId, int EnrolmentId, int LearnerId, string ReinstateUrl);

    /// <summary>A learner enrolled in a new Berlin cohort and withdrawn through the withdrawal form, as staff do it.</summary>
    private async Task<Withdrawn> WithdrawnLearnerAsync(string code)
    {
        var cohortId = await App.NewBerlinCohortAsync(code, 10);
        var enrol = $"/Cohorts/{cohortId}/Enrol";
        await _staff.PostFormAsync(enrol, enrol, new() { ["Form.Email"] = $"{code.ToLowerInvariant()}@example.org", ["Form.FirstName"] = "Mira", ["Form.LastName"] = "Mistaken" });
        var enrolment = await App.WithDbAsync(db => db.Enrolments.Where(e => e.CohortId == cohortId).Select(e => new { e.Id, e.LearnerId }).SingleAsync());
        var withdraw = $"/Cohorts/{cohortId}/Withdraw/{enrolment.Id}";
        var today = (await _staff.GetPageAsync(withdraw)).QuerySelector("#Form_WithdrawnOn")!.GetAttribute("value")!;
        var response = await _staff.PostFormAsync(withdraw, withdraw, new() { ["Form.WithdrawnOn"] = today, ["Form.Reason"] = "Stopped coming to lectures" });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "withdrawn");
        return new(cohortId, enrolment.Id, enrolment.LearnerId, $"/Cohorts/{cohortId}/Reinstate/{enrolment.Id}");
    }

    private Task<Enrolment> EnrolmentAsync(int id) => App.WithDbAsync(db => db.Enrolments.AsNoTracking().SingleAsync(e => e.Id == id));

    private Task<List<AuditEntry>> AuditAsync(int enrolmentId) =>
        App.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Record == AuditedRecord.Enrolment && a.RecordId == enrolmentId).OrderBy(a => a.Id).ToListAsync());

    [Test]
    public async Task A_withdrawal_entered_by_mistake_is_undone_and_both_stay_in_the_learners_history()
    {
        var learner = await WithdrawnLearnerAsync("BER-RE-01");
        var learnerPage = $"/Cohorts/{learner.CohortId}/Learners/{learner.LearnerId}";
        var before = await _staff.GetPageAsync(learnerPage);
        Assert.That(before.QuerySelector($"a[href='{learner.ReinstateUrl}']"), Is.Not.Null, "the learner page offers the reinstatement");
        Assert.That((await _staff.GetPageAsync($"/Cohorts/Details/{learner.CohortId}")).QuerySelector($"a[href='{learner.ReinstateUrl}']"), Is.Not.Null,
            "so does the cohort's list of learners");

        var response = await _staff.PostFormAsync(learner.ReinstateUrl, learner.ReinstateUrl, new() { ["Form.Reason"] = "Withdrawn by mistake: the note was about another learner" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.OriginalString, Is.EqualTo(learnerPage));
        var saved = await EnrolmentAsync(learner.EnrolmentId);
        Assert.That((saved.Status, saved.StatusChangedOn, saved.StatusReason), Is.EqualTo((EnrolmentStatus.Enrolled, (DateOnly?)null, (string?)null)));
        var audit = await AuditAsync(learner.EnrolmentId);
        Assert.That(audit.Select(a => (a.OldValue, a.NewValue, a.Reason, a.ChangedBy)), Is.EqualTo(new[]
        {
            ("Enrolled", "Withdrawn on 10 Jun 2026", "Stopped coming to lectures", BootcampApp.Staff),
            ("Withdrawn on 10 Jun 2026: Stopped coming to lectures", "Enrolled", "Withdrawn by mistake: the note was about another learner", BootcampApp.Staff),
        }));
        var page = await _staff.GetPageAsync(learnerPage);
        Assert.That(page.QuerySelector(".flash")!.TextContent, Does.Contain("Mira Mistaken is enrolled again"));
        Assert.That(page.QuerySelector("h1")!.TextContent, Does.Contain("Enrolled"));
        var history = page.QuerySelectorAll("[aria-labelledby=history-heading] tbody tr").Select(r => r.TextContent).ToList();
        Assert.That(history, Has.Count.EqualTo(2));
        Assert.That(history[0], Does.Contain("Enrolment").And.Contain("Withdrawn by mistake"), "newest first: the reinstatement");
        Assert.That(history[1], Does.Contain("Withdrawn on 10 Jun 2026").And.Contain("Stopped coming to lectures"));
        Assert.That(page.QuerySelector("a[href*='/Withdraw/']"), Is.Not.Null, "an enrolled learner can be withdrawn again");
    }

    [TestCase("", "Give a reason for the reinstatement, for example how the withdrawal came to be entered by mistake.")]
    [TestCase("   ", "Give a reason for the reinstatement, for example how the withdrawal came to be entered by mistake.")]
    public async Task A_blank_reason_is_refused_next_to_the_field_and_nothing_is_saved(string reason, string message)
    {
        var learner = await WithdrawnLearnerAsync("BER-RE-0" + (reason.Length + 2));

        var response = await _staff.PostFormAsync(learner.ReinstateUrl, learner.ReinstateUrl, new() { ["Form.Reason"] = reason });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var page = await response.ReadPageAsync();
        Assert.That(page.FieldError("Form_Reason"), Is.EqualTo(message));
        Assert.That((await EnrolmentAsync(learner.EnrolmentId)).Status, Is.EqualTo(EnrolmentStatus.Withdrawn));
        Assert.That(await AuditAsync(learner.EnrolmentId), Has.Count.EqualTo(1), "only the withdrawal");
    }

    [Test]
    public async Task An_over_long_reason_is_refused_next_to_the_field()
    {
        var learner = await WithdrawnLearnerAsync("BER-RE-09");

        var page = await (await _staff.PostFormAsync(learner.ReinstateUrl, learner.ReinstateUrl, new() { ["Form.Reason"] = new string('x', 401) })).ReadPageAsync();

        Assert.That(page.FieldError("Form_Reason"), Is.EqualTo("Keep the reason under 400 characters."));
        Assert.That((await EnrolmentAsync(learner.EnrolmentId)).Status, Is.EqualTo(EnrolmentStatus.Withdrawn));
    }

    [Test]
    public async Task A_learner_with_a_graduation_decision_is_not_reinstated_and_the_page_says_why()
    {
        var admin = await App.SignInAsync(BootcampApp.Admin);
        var cohortId = await App.CohortIdAsync("TOR-DAN-02");
        var graduated = await App.WithDbAsync(db => db.Enrolments.Where(e => e.CohortId == cohortId && e.Status == EnrolmentStatus.Graduated).OrderBy(e => e.Id).FirstAsync());
        var url = $"/Cohorts/{cohortId}/Reinstate/{graduated.Id}";
        const string why = "This learner has a graduation decision (graduated): only a withdrawal can be undone here. Review the decision on the graduation board.";

        var shown = await admin.GetPageAsync(url);
        var refused = await (await admin.PostFormAsync($"/Cohorts/{cohortId}/Learners/{graduated.LearnerId}", url, new() { ["Form.Reason"] = "Trying anyway" })).ReadPageAsync();

        Assert.That(shown.QuerySelector("main form[method=post]"), Is.Null, "no form for an enrolment that cannot be reinstated");
        Assert.That(shown.QuerySelector(".error-summary")!.TextContent, Does.Contain(why));
        Assert.That(refused.QuerySelector(".error-summary")!.TextContent, Does.Contain(why));
        Assert.That((await EnrolmentAsync(graduated.Id)).Status, Is.EqualTo(EnrolmentStatus.Graduated));
    }

    [Test]
    public async Task A_full_cohort_does_not_take_the_learner_back()
    {
        var learner = await WithdrawnLearnerAsync("BER-RE-10");
        await App.WithDbAsync(async db =>
        {
            var cohort = await db.Cohorts.SingleAsync(c => c.Id == learner.CohortId);
            cohort.Update(cohort.Code, cohort.StartDate, 1, cohort.DefaultRoomId, [.. cohort.Pattern]);
            var other = new Learner("Sami", "Seated", "sami.seated.re10@example.org", null);
            db.Learners.Add(other);
            await db.SaveChangesAsync();
            db.Enrolments.Add(new Enrolment(learner.CohortId, other.Id, new DateOnly(2026, 6, 10)));
            return await db.SaveChangesAsync();
        });

        var page = await (await _staff.PostFormAsync(learner.ReinstateUrl, learner.ReinstateUrl, new() { ["Form.Reason"] = "Withdrawn by mistake" })).ReadPageAsync();

        Assert.That(page.QuerySelector(".error-summary")!.TextContent, Does.Contain("The cohort is full: all 1 seats are taken since the withdrawal."));
        Assert.That((await EnrolmentAsync(learner.EnrolmentId)).Status, Is.EqualTo(EnrolmentStatus.Withdrawn));
    }

    [Test]
    public async Task An_instructor_is_offered_no_reinstatement_and_cannot_post_one()
    {
        var berlin = await App.CohortIdAsync("BER-FSW-07");
        var withdrawn = await App.WithDbAsync(db => db.Enrolments.Where(e => e.CohortId == berlin && e.Status == EnrolmentStatus.Withdrawn).OrderBy(e => e.Id).FirstAsync());
        var url = $"/Cohorts/{berlin}/Reinstate/{withdrawn.Id}";
        var instructor = await App.SignInAsync(BootcampApp.Instructor);

        var cohortPage = await instructor.GetPageAsync($"/Cohorts/Details/{berlin}");
        var learnerPage = await instructor.GetPageAsync($"/Cohorts/{berlin}/Learners/{withdrawn.LearnerId}");

        Assert.That(cohortPage.QuerySelector("a[href*='/Reinstate/']"), Is.Null);
        Assert.That(learnerPage.QuerySelector("a[href*='/Reinstate/']"), Is.Null);
        Assert.That(await instructor.FinalStatusAsync(url), Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await _staff.GetPageAsync($"/Cohorts/Details/{berlin}")).QuerySelector($"a[href='{url}']"), Is.Not.Null, "staff are offered it");
    }
}
