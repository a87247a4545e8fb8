using System.Net;
using AngleSharp.Dom;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Graduation;

public sealed class GraduationBoardTests : AppFixture
{
    private static string Url(int cohortId) => $"/Graduation/Cohort/{cohortId}";

    private static IElement Row(IDocument page, int learnerId) =>
        page.QuerySelector($"tr[data-learner='{learnerId}']") ?? throw new AssertionException($"no row for learner {learnerId}");

    private static string Cell(IDocument page, int learnerId, string criterion) =>
        Row(page, learnerId).QuerySelector($"td[data-criterion='{criterion}']")?.TextContent.Trim() ?? throw new AssertionException($"no {criterion} cell");

    [Test]
    public async Task Staff_see_every_learner_against_every_criterion_with_the_figure_and_met_in_words()
    {
        var world = await GraduationWorld.CreateAsync(App);
        var staff = await App.SignInAsync(BootcampApp.Staff);

        var page = await staff.GetPageAsync(Url(world.CohortId));

        var headers = page.QuerySelectorAll("table.graduation thead th[scope=col]").Select(h => h.TextContent.Trim());
        Assert.That(headers, Is.EqualTo(new[] { "Learner", "Attendance", "Exercise hours", "Group work", "Projects", "Soft skills", "Badges", "Decision", "Decide" }));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Cell(page, world.Qualified, "Attendance"), Does.StartWith("Met").And.Contain("100% (5 of 5)"));
            Assert.That(Cell(page, world.Qualified, "ExerciseHours"), Does.StartWith("Met").And.Contain("22 h"));
            Assert.That(Cell(page, world.Qualified, "GroupWork"), Does.StartWith("Met").And.Contain("6 h"));
            Assert.That(Cell(page, world.Qualified, "Projects"), Does.StartWith("Met").And.Contain("1 of 1 passed"));
            Assert.That(Cell(page, world.Qualified, "SoftSkills"), Does.StartWith("Met").And.Contain("lowest 4 (Teamwork)"));
            Assert.That(Cell(page, world.Qualified, "Badges"), Does.StartWith("Met").And.Contain("2 of 2"));
            Assert.That(Cell(page, world.ShortOfHours, "ExerciseHours"), Does.StartWith("Not met").And.Contain("16 h logged, needs 20 h"));
            Assert.That(Cell(page, world.OftenAbsent, "Attendance"), Does.StartWith("Not met").And.Contain("40% (2 of 5)"));
            Assert.That(page.QuerySelector("#board-summary")?.TextContent, Does.StartWith("1 of 3 meet every criterion"));
            Assert.That(page.QuerySelectorAll("select[name$='.Outcome']"), Has.Length.EqualTo(3));
        }
    }

    [Test]
    public async Task A_running_cohort_shows_the_forecast_with_its_reason_and_no_decision_form()
    {
        var world = await GraduationWorld.CreateAsync(App, ended: false);
        var staff = await App.SignInAsync(BootcampApp.Staff);

        var page = await staff.GetPageAsync(Url(world.CohortId));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Cell(page, world.OftenAbsent, "Attendance"), Does.Contain("At risk").And.Contain("Attendance is 40% of held lectures, below the 80% minimum."));
            Assert.That(Cell(page, world.Qualified, "Attendance"), Does.Not.Contain("At risk"));
            Assert.That(page.QuerySelector("#board-summary")?.TextContent, Does.Contain("at risk of missing one"));
            Assert.That(page.QuerySelectorAll("select[name$='.Outcome']"), Is.Empty);
        }
    }

    [Test]
    public async Task The_instructor_of_the_cohort_reads_the_board_but_cannot_decide()
    {
        var world = await GraduationWorld.CreateAsync(App);
        var instructor = await App.SignInAsync(BootcampApp.Instructor);

        var page = await instructor.GetPageAsync(Url(world.CohortId));
        var post = await instructor.PostFormAsync(Url(world.CohortId), Url(world.CohortId), new() { ["Command"] = "GraduateQualified" });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Cell(page, world.Qualified, "SoftSkills"), Does.Contain("lowest 4"));
            Assert.That(page.QuerySelectorAll("select[name$='.Outcome']"), Is.Empty);
            Assert.That(post.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(post.Headers.Location?.OriginalString, Does.Contain("/Account/Denied"));
        }
        Assert.That(await world.DecisionCountAsync(App), Is.Zero);
    }

    [Test]
    public async Task A_partner_sees_soft_skills_as_met_or_not_met_only_and_no_e_mail()
    {
        var cohortId = await App.WithDbAsync(db => db.Cohorts.Where(c => c.Code == "LIS-FSW-02").Select(c => c.Id).SingleAsync());
        var partner = await App.SignInAsync(BootcampApp.Partner);

        var page = await partner.GetPageAsync(Url(cohortId));

        var softSkills = page.QuerySelectorAll("td[data-criterion='SoftSkills']").Select(c => c.TextContent.Trim()).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(softSkills, Is.Not.Empty);
            Assert.That(softSkills, Is.All.Matches<string>(text => text is "Met" or "Not met"));
            Assert.That(page.QuerySelector("table.graduation")!.TextContent, Does.Not.Contain("@"));
            Assert.That(page.QuerySelectorAll("td[data-criterion='ExerciseHours']").Select(c => c.TextContent), Has.Some.Contain(" h"));
            Assert.That(page.QuerySelectorAll("select[name$='.Outcome']"), Is.Empty);
        }
    }

    [Test]
    public async Task A_cohort_out_of_scope_is_not_found()
    {
        var world = await GraduationWorld.CreateAsync(App);
        var partner = await App.SignInAsync(BootcampApp.Partner);
        var lisbonStaff = await App.SignInAsync("lisbon.staff@bootcamp.local");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await partner.FinalStatusAsync(Url(world.CohortId)), Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await lisbonStaff.FinalStatusAsync(Url(world.CohortId)), Is.EqualTo(HttpStatusCode.NotFound));
        }
    }

    [Test]
    public async Task The_cohort_page_links_to_the_board()
    {
        var world = await GraduationWorld.CreateAsync(App);
        var staff = await App.SignInAsync(BootcampApp.Staff);

        var page = await staff.GetPageAsync($"/Cohorts/Details/{world.CohortId}");

        Assert.That(page.QuerySelectorAll($"a[href='{Url(world.CohortId)}']").Select(a => a.TextContent), Does.Contain("Graduation board"));
    }
}
