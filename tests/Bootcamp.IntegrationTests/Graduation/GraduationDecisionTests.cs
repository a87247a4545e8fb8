using System.Net;
using Bootcamp.Domain.Graduation;
using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Logging;
using Bootcamp.Domain.Programmes;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Graduation;

public sealed class GraduationDecisionTests : AppFixture
{
    private static string Url(int cohortId) => $"/Graduation/Cohort/{cohortId}";

    /// <summary>The form as the board posts it: one row per learner of the world, in the board's order (absent, qualified, short).</summary>
    private static Dictionary<string, string> Rows(GraduationWorld world, params (int LearnerId, string? Outcome, string? Reason)[] decisions)
    {
        var fields = new Dictionary<string, string>();
        for (var i = 0; i < world.Learners.Count; i++)
        {
            fields[$"Rows[{i}].LearnerId"] = world.Learners[i].ToString();
            var decision = decisions.FirstOrDefault(d => d.LearnerId == world.Learners[i]);
            fields[$"Rows[{i}].Outcome"] = decision.Outcome ?? "";
            fields[$"Rows[{i}].Reason"] = decision.Reason ?? "";
        }
        return fields;
    }

    private async Task<HttpResponseMessage> PostAsync(HttpClient client, GraduationWorld world, Dictionary<string, string> fields) =>
        await client.PostFormAsync(Url(world.CohortId), Url(world.CohortId), fields);

    private Task<List<GraduationDecision>> DecisionsAsync(GraduationWorld world) =>
        App.WithDbAsync(db => db.GraduationDecisions.AsNoTracking().Where(d => d.CohortId == world.CohortId).OrderBy(d => d.Id).ToListAsync());

    [Test]
    public async Task Graduating_in_bulk_decides_everyone_who_meets_every_criterion_and_nobody_else()
    {
        var world = await GraduationWorld.CreateAsync(App);
        var staff = await App.SignInAsync(BootcampApp.Staff);

        var response = await PostAsync(staff, world, new() { ["Command"] = "GraduateQualified" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var decision = (await DecisionsAsync(world)).Single();
        var audit = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.CohortId == world.CohortId && a.Record == AuditedRecord.GraduationDecision));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(await world.StatusAsync(App, world.Qualified), Is.EqualTo(EnrolmentStatus.Graduated));
            Assert.That(await world.StatusAsync(App, world.ShortOfHours), Is.EqualTo(EnrolmentStatus.Enrolled));
            Assert.That(await world.StatusAsync(App, world.OftenAbsent), Is.EqualTo(EnrolmentStatus.Enrolled));
            Assert.That((decision.LearnerId, decision.Graduated, decision.IsOverride, decision.DecidedBy), Is.EqualTo((world.Qualified, true, false, BootcampApp.Staff)));
            Assert.That(decision.Figures.Select(f => (f.Criterion, f.Figure, f.Met)), Does.Contain((GraduationCriterion.ExerciseHours, "22 h", true)));
            Assert.That(decision.Figures, Has.Count.EqualTo(6));
            Assert.That((audit.LearnerId, audit.RecordId, audit.OldValue, audit.NewValue, audit.ChangedBy),
                Is.EqualTo((world.Qualified, decision.Id, "Enrolled", "Graduated", BootcampApp.Staff)));
        }
    }

    [Test]
    public async Task An_override_without_a_reason_is_refused_next_to_the_reason_and_nothing_is_saved()
    {
        var world = await GraduationWorld.CreateAsync(App);
        var staff = await App.SignInAsync(BootcampApp.Staff);

        var response = await PostAsync(staff, world, Rows(world, (world.OftenAbsent, "Graduated", " "), (world.Qualified, "Graduated", null)));

        var page = await response.ReadPageAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.Errors(), Is.EqualTo(new[] { "Give a reason for graduating a learner who does not meet every criterion." }));
            Assert.That(page.GetElementById("reason-0")?.GetAttribute("aria-describedby"), Is.EqualTo("err-Rows-0--Reason"));
            Assert.That(page.QuerySelector("#outcome-0 option[selected]")?.TextContent, Is.EqualTo("Graduated"), "the form keeps what was chosen");
            Assert.That(await world.DecisionCountAsync(App), Is.Zero);
            Assert.That(await world.StatusAsync(App, world.Qualified), Is.EqualTo(EnrolmentStatus.Enrolled));
        }
    }

    [Test]
    public async Task An_override_with_a_reason_is_saved_as_an_override_and_shown_with_its_reason()
    {
        var world = await GraduationWorld.CreateAsync(App);
        var staff = await App.SignInAsync(BootcampApp.Staff);

        await PostAsync(staff, world, Rows(world, (world.ShortOfHours, "Graduated", "Hours of the lab outage week were never logged.")));

        var decision = (await DecisionsAsync(world)).Single();
        var page = await staff.GetPageAsync(Url(world.CohortId));
        using (Assert.EnterMultipleScope())
        {
            Assert.That((decision.LearnerId, decision.Graduated, decision.IsOverride), Is.EqualTo((world.ShortOfHours, true, true)));
            Assert.That(await world.StatusAsync(App, world.ShortOfHours), Is.EqualTo(EnrolmentStatus.Graduated));
            Assert.That(page.QuerySelector($"tr[data-learner='{world.ShortOfHours}'] td.decision")?.TextContent,
                Does.Contain("Graduated").And.Contain("Override: Hours of the lab outage week were never logged."));
        }
    }

    [Test]
    public async Task Not_graduating_a_learner_who_misses_a_criterion_needs_no_reason()
    {
        var world = await GraduationWorld.CreateAsync(App);
        var staff = await App.SignInAsync(BootcampApp.Staff);

        await PostAsync(staff, world, Rows(world, (world.OftenAbsent, "NotGraduated", null), (world.Qualified, "Graduated", null)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await world.StatusAsync(App, world.OftenAbsent), Is.EqualTo(EnrolmentStatus.NotGraduated));
            Assert.That(await world.StatusAsync(App, world.Qualified), Is.EqualTo(EnrolmentStatus.Graduated));
            Assert.That((await DecisionsAsync(world)).Select(d => d.IsOverride), Is.EqualTo(new[] { false, false }));
        }
    }

    [Test]
    public async Task A_learner_of_another_cohort_is_refused_with_a_clear_message_and_nothing_is_saved()
    {
        var world = await GraduationWorld.CreateAsync(App);
        var other = await GraduationWorld.CreateAsync(App);
        var staff = await App.SignInAsync(BootcampApp.Staff);
        var fields = Rows(world, (world.Qualified, "Graduated", null));
        fields["Rows[0].LearnerId"] = other.Qualified.ToString();
        fields["Rows[0].Outcome"] = "Graduated";

        var response = await PostAsync(staff, world, fields);

        var page = await response.ReadPageAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.Errors(), Is.EqualTo(new[] { $"Learner {other.Qualified} is not in {world.Code}; nothing was saved." }));
            Assert.That(await world.DecisionCountAsync(App), Is.Zero);
            Assert.That(await other.DecisionCountAsync(App), Is.Zero);
            Assert.That(await world.StatusAsync(App, world.Qualified), Is.EqualTo(EnrolmentStatus.Enrolled));
        }
    }

    [Test]
    public async Task Figures_that_change_after_a_decision_ask_for_a_review_and_leave_the_decision_as_made()
    {
        var world = await GraduationWorld.CreateAsync(App);
        var staff = await App.SignInAsync(BootcampApp.Staff);
        await PostAsync(staff, world, Rows(world, (world.ShortOfHours, "NotGraduated", null)));

        await world.AddHoursAsync(App, world.ShortOfHours, 6);
        var page = await staff.GetPageAsync(Url(world.CohortId));

        var cell = page.QuerySelector($"tr[data-learner='{world.ShortOfHours}'] td.decision")?.TextContent ?? "";
        using (Assert.EnterMultipleScope())
        {
            Assert.That(cell, Does.Contain("Not graduated").And.Contain("Review needed"));
            Assert.That(cell, Does.Contain("Exercise hours: 16 h, not met → 22 h, met"));
            Assert.That(page.QuerySelector("#board-summary")?.TextContent, Does.EndWith("1 to review"));
            Assert.That(await world.StatusAsync(App, world.ShortOfHours), Is.EqualTo(EnrolmentStatus.NotGraduated));
            Assert.That((await DecisionsAsync(world)).Single().Figures.Single(f => f.Criterion == GraduationCriterion.ExerciseHours).Figure, Is.EqualTo("16 h"));
        }
    }

    [Test]
    public async Task A_review_records_a_new_decision_on_the_new_figures_and_keeps_the_first()
    {
        var world = await GraduationWorld.CreateAsync(App);
        var staff = await App.SignInAsync(BootcampApp.Staff);
        await PostAsync(staff, world, Rows(world, (world.ShortOfHours, "NotGraduated", null)));
        await world.AddHoursAsync(App, world.ShortOfHours, 6);

        var response = await staff.PostFormAsync(Url(world.CohortId), Url(world.CohortId),
            new() { ["Rows[0].LearnerId"] = world.ShortOfHours.ToString(), ["Rows[0].Outcome"] = "Graduated" });

        var decisions = await DecisionsAsync(world);
        var page = await staff.GetPageAsync(Url(world.CohortId));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(decisions.Select(d => (d.Graduated, d.IsOverride)), Is.EqualTo(new[] { (false, false), (true, false) }));
            Assert.That(await world.StatusAsync(App, world.ShortOfHours), Is.EqualTo(EnrolmentStatus.Graduated));
            Assert.That(page.QuerySelector($"tr[data-learner='{world.ShortOfHours}'] td.decision")?.TextContent, Does.Not.Contain("Review needed"));
        }
    }

    [Test]
    public async Task A_decided_learner_whose_figures_did_not_change_cannot_be_decided_again()
    {
        var world = await GraduationWorld.CreateAsync(App);
        var staff = await App.SignInAsync(BootcampApp.Staff);
        await PostAsync(staff, world, Rows(world, (world.Qualified, "Graduated", null)));

        var response = await staff.PostFormAsync(Url(world.CohortId), Url(world.CohortId),
            new() { ["Rows[0].LearnerId"] = world.Qualified.ToString(), ["Rows[0].Outcome"] = "NotGraduated", ["Rows[0].Reason"] = "Changed my mind" });

        var page = await response.ReadPageAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.Errors(), Has.Some.Contains("was already decided and the figures have not changed since; nothing was saved."));
            Assert.That(await world.DecisionCountAsync(App), Is.EqualTo(1));
            Assert.That(await world.StatusAsync(App, world.Qualified), Is.EqualTo(EnrolmentStatus.Graduated));
        }
    }

    [Test]
    public async Task A_running_cohort_cannot_be_decided_yet()
    {
        var world = await GraduationWorld.CreateAsync(App, ended: false);
        var staff = await App.SignInAsync(BootcampApp.Staff);

        var response = await PostAsync(staff, world, Rows(world, (world.Qualified, "Graduated", null)));

        var page = await response.ReadPageAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.Errors(), Has.Some.EqualTo("Graduation is decided once the cohort's last lecture is over."));
            Assert.That(await world.DecisionCountAsync(App), Is.Zero);
        }
    }

    [Test]
    public async Task Staff_of_another_centre_cannot_decide()
    {
        var world = await GraduationWorld.CreateAsync(App);
        var lisbonStaff = await App.SignInAsync("lisbon.staff@bootcamp.local");

        var response = await lisbonStaff.PostFormAsync("/Cohorts", Url(world.CohortId), new() { ["Command"] = "GraduateQualified" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await world.DecisionCountAsync(App), Is.Zero);
    }
}
