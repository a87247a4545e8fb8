using System.Globalization;
using Bootcamp.Domain.Programmes;
using Bootcamp.IntegrationTests.Graduation;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.SoftSkills;

/// <summary>
/// The graduation board's soft-skill figure reads what the programme says (issue 10): the instructor's final rating by
/// default, or the average over the points; partners see it only as met or not met.
/// </summary>
public sealed class SoftSkillCriterionTests : AppFixture
{
    private static string SoftSkillCell(AngleSharp.Dom.IDocument page, int learnerId) =>
        page.QuerySelector($"tr[data-learner='{learnerId}'] td[data-criterion='SoftSkills']")?.TextContent.Trim() ?? throw new AssertionException("no soft-skill cell");

    private Task SetSourceAsync(GraduationWorld world, SoftSkillSource source) =>
        App.WithDbAsync(async db =>
        {
            var programmeId = await db.Cohorts.Where(c => c.Id == world.CohortId).Select(c => c.ProgrammeId).SingleAsync();
            var programme = await db.Programmes.SingleAsync(p => p.Id == programmeId);
            programme.SetCriteria(programme.Criteria with { SoftSkillSource = source });
            return await db.SaveChangesAsync();
        });

    [Test]
    public async Task By_default_the_board_reads_the_instructors_rating_at_the_final_assessment()
    {
        var world = await GraduationWorld.CreateAsync(App);
        var staff = await App.SignInAsync(BootcampApp.Staff);

        var cell = SoftSkillCell(await staff.GetPageAsync($"/Graduation/Cohort/{world.CohortId}"), world.Qualified);

        Assert.That(cell, Does.StartWith("Met").And.Contain("lowest 4 (Teamwork)"));
    }

    [Test]
    public async Task A_programme_that_averages_the_points_counts_the_midpoint_too()
    {
        var world = await GraduationWorld.CreateAsync(App);
        await SetSourceAsync(world, SoftSkillSource.InstructorAverage);
        var staff = await App.SignInAsync(BootcampApp.Staff);

        var page = await staff.GetPageAsync($"/Graduation/Cohort/{world.CohortId}");

        Assert.That(SoftSkillCell(page, world.Qualified), Does.StartWith("Not met").And.Contain("lowest 2.5 (Teamwork)")
            .And.Contain("Teamwork averaged 2.5 of 5 over the assessments up to final, needs 3 of 5"));
        Assert.That(page.QuerySelector("section[aria-labelledby=criteria-heading]")!.TextContent, Does.Contain("averaged at least 3 of 5 over the assessment points"));
    }

    [Test]
    public async Task A_partner_sees_a_rated_learner_as_met_or_not_met_without_the_rating_or_its_comment()
    {
        var cohort = await App.WithDbAsync(db => db.Cohorts.Where(c => c.Code == "LIS-QAA-03").Select(c => new { c.Id, c.ProgrammeId }).SingleAsync());
        var instructor = await App.SignInAsync(BootcampApp.Instructor);
        var (point, learner, skills) = await App.WithDbAsync(async db => (
            await db.AssessmentPoints.Where(p => p.CohortId == cohort.Id).OrderByDescending(p => p.Date).Select(p => p.Id).FirstAsync(),
            await db.Enrolments.Where(e => e.CohortId == cohort.Id && e.Status == Bootcamp.Domain.Learners.EnrolmentStatus.Enrolled).OrderBy(e => e.LearnerId).Select(e => e.LearnerId).FirstAsync(),
            await db.SoftSkills.Where(s => s.ProgrammeId == cohort.ProgrammeId).OrderBy(s => s.Position).Select(s => s.Id).ToListAsync()));
        var fields = new Dictionary<string, string> { ["Form.PointId"] = point.ToString(CultureInfo.InvariantCulture) };
        for (var i = 0; i < skills.Count; i++)
        {
            fields[$"Form.Cells[{i}].LearnerId"] = learner.ToString(CultureInfo.InvariantCulture);
            fields[$"Form.Cells[{i}].SkillId"] = skills[i].ToString(CultureInfo.InvariantCulture);
            fields[$"Form.Cells[{i}].Score"] = "1";
            fields[$"Form.Cells[{i}].Comment"] = "Confidential remark 7731";
        }
        await instructor.PostFormAsync($"/SoftSkills/Rate/{cohort.Id}?pointId={point}", $"/SoftSkills/Rate/{cohort.Id}", fields);
        var partner = await App.SignInAsync(BootcampApp.Partner);

        var board = await partner.GetPageAsync($"/Graduation/Cohort/{cohort.Id}");
        var details = await partner.GetPageAsync($"/Cohorts/Details/{cohort.Id}");

        Assert.That(await App.WithDbAsync(db => db.SoftSkillAssessments.CountAsync(a => a.LearnerId == learner && a.PointId == point && a.Comment == "Confidential remark 7731")),
            Is.EqualTo(skills.Count), "the instructor's ratings were saved");
        Assert.That(board.QuerySelectorAll("td[data-criterion='SoftSkills']").Select(c => c.TextContent.Trim()), Is.All.Matches<string>(t => (t!.StartsWith("Met", StringComparison.Ordinal) || t.StartsWith("Not met", StringComparison.Ordinal))
                && !t.Contains("of 5", StringComparison.Ordinal) && !t.Contains("lowest", StringComparison.Ordinal)));
        Assert.That(board.Body!.TextContent + details.Body!.TextContent, Does.Not.Contain("Confidential remark").And.Not.Contain("rated 1 of 5"));
        Assert.That(details.QuerySelector("a[href^='/SoftSkills/']"), Is.Null, "no link to the rating pages");
    }
}
