using System.Net;
using Bootcamp.Domain.Logging;
using Bootcamp.IntegrationTests.Graduation;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Badges;

/// <summary>
/// Badges on the graduation world: every learner holds both badges; Qualified meets the Foundations rule, OftenAbsent
/// (2 of the module's 3 lectures) does not.
/// </summary>
public sealed class BadgeAwardTests : AppFixture
{
    private const string LisbonStaff = "lisbon.staff@bootcamp.local";

    private static string LearnerUrl(GraduationWorld world, int learnerId) => $"/Badges/Cohort/{world.CohortId}/Learner/{learnerId}";

    private Task<int> AwardIdAsync(GraduationWorld world, int learnerId) =>
        App.WithDbAsync(db => db.BadgeAwards.Where(b => b.CohortId == world.CohortId && b.LearnerId == learnerId && b.ModuleId == world.ModuleId && b.RevokedAtUtc == null)
            .Select(b => b.Id).SingleAsync());

    private static Task<HttpResponseMessage> RevokeAsync(HttpClient client, GraduationWorld world, int learnerId, int awardId, string reason) =>
        client.PostFormAsync("/", LearnerUrl(world, learnerId) + "/Revoke",
            new() { ["Revoke.AwardId"] = awardId.ToString(), ["Revoke.Reason"] = reason });

    private static Task<HttpResponseMessage> AwardAsync(HttpClient client, GraduationWorld world, int learnerId, string reason) =>
        client.PostFormAsync("/", LearnerUrl(world, learnerId) + "/Award",
            new() { ["Award.ModuleId"] = world.ModuleId.ToString(), ["Award.Reason"] = reason });

    [Test]
    public async Task Staff_revoke_a_badge_with_a_reason_and_the_progress_counts_one_badge_fewer_at_once()
    {
        var world = await GraduationWorld.CreateAsync(App);
        var staff = await App.SignInAsync(BootcampApp.Staff);
        var awardId = await AwardIdAsync(world, world.Qualified);

        var response = await RevokeAsync(staff, world, world.Qualified, awardId, "Badge entered for the wrong module");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var award = await App.WithDbAsync(db => db.BadgeAwards.AsNoTracking().SingleAsync(b => b.Id == awardId));
        var audit = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Record == AuditedRecord.BadgeAward && a.RecordId == awardId));
        var cohortPage = await staff.GetPageAsync($"/Cohorts/Details/{world.CohortId}");
        var board = await staff.GetPageAsync($"/Graduation/Cohort/{world.CohortId}");
        using (Assert.EnterMultipleScope())
        {
            Assert.That((award.IsRevoked, award.RevocationReason, award.RevokedBy), Is.EqualTo((true, "Badge entered for the wrong module", BootcampApp.Staff)));
            Assert.That((audit.Action, audit.NewValue, audit.Reason), Is.EqualTo((AuditAction.Changed, "Revoked Foundations badge", "Badge entered for the wrong module")));
            Assert.That(cohortPage.QuerySelector($"td[data-badges='{world.Qualified}']")?.TextContent.Trim(), Is.EqualTo("1 of 2"));
            Assert.That(board.QuerySelector($"tr[data-learner='{world.Qualified}'] td[data-criterion='Badges'] .figure")?.TextContent, Is.EqualTo("1 of 2"));
        }
    }

    [Test]
    public async Task A_learner_who_meets_the_rule_shows_as_eligible_but_not_awarded_until_staff_award_the_badge()
    {
        var world = await GraduationWorld.CreateAsync(App);
        var staff = await App.SignInAsync(BootcampApp.Staff);
        await RevokeAsync(staff, world, world.Qualified, await AwardIdAsync(world, world.Qualified), "Re-check");

        var before = await staff.GetPageAsync($"/Badges/Cohort/{world.CohortId}");
        var response = await AwardAsync(staff, world, world.Qualified, "");
        var after = await staff.GetPageAsync($"/Badges/Cohort/{world.CohortId}");

        var cell = $"tr[data-learner='{world.Qualified}'] td[data-module='{world.ModuleId}']";
        using (Assert.EnterMultipleScope())
        {
            Assert.That(before.QuerySelector(cell)?.TextContent, Does.Contain("Eligible, not awarded"));
            Assert.That(before.GetElementById("badges-summary")?.TextContent, Does.Contain("1 eligible but not awarded yet"));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(after.QuerySelector(cell)?.TextContent, Does.Contain("Awarded").And.Contain("(revoked before)"));
            Assert.That(await App.WithDbAsync(db => db.BadgeAwards.CountAsync(b => b.CohortId == world.CohortId && b.LearnerId == world.Qualified && b.ModuleId == world.ModuleId)),
                Is.EqualTo(2), "the revoked award stays beside the new one");
        }
    }

    [Test]
    public async Task Awarding_against_the_rule_without_a_reason_gets_a_message_beside_the_reason_and_saves_nothing()
    {
        var world = await GraduationWorld.CreateAsync(App);
        var staff = await App.SignInAsync(BootcampApp.Staff);
        await RevokeAsync(staff, world, world.OftenAbsent, await AwardIdAsync(world, world.OftenAbsent), "Attendance was entered late");

        var response = await AwardAsync(staff, world, world.OftenAbsent, " ");

        var page = await response.ReadPageAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.FieldError($"award-reason-{world.ModuleId}"), Is.EqualTo("Give a reason for awarding 'Foundations badge' while the rule does not hold yet."));
            Assert.That(page.QuerySelector($"section[data-module='{world.ModuleId}']")?.TextContent,
                Does.Contain("attended 66% of the module's held lectures (2 of 3), needs 80%"));
            Assert.That(await App.WithDbAsync(db => db.BadgeAwards.CountAsync(b => b.CohortId == world.CohortId && b.LearnerId == world.OftenAbsent && b.RevokedAtUtc == null)),
                Is.EqualTo(1));
        }
    }

    [Test]
    public async Task Revoking_without_a_reason_gets_a_message_beside_the_reason_and_changes_nothing()
    {
        var world = await GraduationWorld.CreateAsync(App);
        var staff = await App.SignInAsync(BootcampApp.Staff);
        var awardId = await AwardIdAsync(world, world.Qualified);

        var response = await RevokeAsync(staff, world, world.Qualified, awardId, "");

        var page = await response.ReadPageAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.FieldError($"revoke-reason-{awardId}"), Is.EqualTo("Give a reason for revoking the badge."));
            Assert.That(await App.WithDbAsync(db => db.BadgeAwards.AnyAsync(b => b.Id == awardId && b.RevokedAtUtc == null)), Is.True);
        }
    }

    [Test]
    public async Task Staff_of_another_centre_get_not_found_and_revoke_nothing()
    {
        var world = await GraduationWorld.CreateAsync(App);
        var lisbon = await App.SignInAsync(LisbonStaff);
        var awardId = await AwardIdAsync(world, world.Qualified);

        var page = await lisbon.FinalStatusAsync(LearnerUrl(world, world.Qualified));
        var board = await lisbon.FinalStatusAsync($"/Badges/Cohort/{world.CohortId}");
        var revoke = await RevokeAsync(lisbon, world, world.Qualified, awardId, "Not mine to revoke");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(board, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(revoke.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await App.WithDbAsync(db => db.BadgeAwards.AnyAsync(b => b.Id == awardId && b.RevokedAtUtc == null)), Is.True);
        }
    }

    [Test]
    public async Task An_instructor_reads_the_badges_but_may_not_award()
    {
        var world = await GraduationWorld.CreateAsync(App);
        var instructor = await App.SignInAsync(BootcampApp.Instructor);

        var page = await instructor.GetPageAsync(LearnerUrl(world, world.Qualified));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.QuerySelector("form[action$='/Revoke']"), Is.Null);
            Assert.That(page.QuerySelector($"section[data-module='{world.ModuleId}']")?.TextContent, Does.Contain("16 of 10 h"));
        }
    }
}
