using Bootcamp.Domain.Learners;
using Bootcamp.Domain.SoftSkills;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Progress;

/// <summary>DESIGN.md, "Who sees personal data": a partner sees soft skills only as met or not met.</summary>
public sealed class ProgressPrivacyTests : AppFixture
{
    private const string Cohort = "LIS-QAA-03";
    private int _cohortId;
    private string _learner = "";

    /// <summary>An enrolled learner of the partner's cohort scores 1 of 5 in teamwork at the final assessment.</summary>
    protected override async Task ArrangeFixtureAsync() =>
        (_cohortId, _learner) = await App.WithDbAsync(async db =>
        {
            var cohort = await db.Cohorts.SingleAsync(c => c.Code == Cohort);
            var learner = await db.Enrolments.Where(e => e.CohortId == cohort.Id && e.Status == EnrolmentStatus.Enrolled)
                .Join(db.Learners, e => e.LearnerId, l => l.Id, (e, l) => l)
                .OrderBy(l => l.Id).FirstAsync();
            var teamwork = await db.SoftSkills.SingleAsync(s => s.ProgrammeId == cohort.ProgrammeId && s.Name == "Teamwork");
            var final = await db.AssessmentPoints.Where(p => p.CohortId == cohort.Id).OrderByDescending(p => p.Date).FirstAsync();
            var rating = await db.SoftSkillAssessments.SingleOrDefaultAsync(a => a.LearnerId == learner.Id && a.SkillId == teamwork.Id && a.PointId == final.Id);
            if (rating is null)
                db.SoftSkillAssessments.Add(new SoftSkillAssessment(cohort.Id, learner.Id, teamwork.Id, final.Id, 1, "Works alone", BootcampApp.Instructor, cohort.StartDate));
            else
                rating.Rate(1, "Works alone", BootcampApp.Instructor, cohort.StartDate);
            await db.SaveChangesAsync();
            return (cohort.Id, $"{learner.FirstName} {learner.LastName}");
        });

    private async Task<string> PaceOfLearnerAsync(string account)
    {
        var client = await App.SignInAsync(account);
        var page = await client.GetPageAsync($"/Cohorts/Details/{_cohortId}");
        var row = page.QuerySelectorAll("[aria-labelledby=learners-heading] table.learners tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Contains(_learner, StringComparison.Ordinal));
        return row.QuerySelector("td.standing")!.TextContent;
    }

    [Test]
    public async Task Partner_sees_soft_skills_as_not_met_without_the_score()
    {
        var pace = await PaceOfLearnerAsync(BootcampApp.Partner);

        Assert.That(pace, Does.Contain("Soft skills: not met."));
        Assert.That(pace, Does.Not.Contain("Teamwork").And.Not.Contain("rated").And.Not.Contain("of 5"));
    }

    [Test]
    public async Task Staff_of_the_learners_centre_see_the_soft_skill_score()
    {
        var pace = await PaceOfLearnerAsync("lisbon.staff@bootcamp.local");

        Assert.That(pace, Does.Contain("Teamwork rated 1 of 5"));
    }

    [Test]
    public async Task Partner_page_of_the_cohort_shows_no_learner_email_beside_the_progress()
    {
        var partner = await App.SignInAsync(BootcampApp.Partner);
        var page = await partner.GetPageAsync($"/Cohorts/Details/{_cohortId}");

        Assert.That(page.QuerySelector("[aria-labelledby=learners-heading] table.learners")!.TextContent, Does.Not.Contain("@"));
    }
}
