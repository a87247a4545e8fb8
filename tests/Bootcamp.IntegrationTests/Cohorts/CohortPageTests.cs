using AngleSharp.Dom;
using Bootcamp.IntegrationTests.Graduation;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Cohorts;

/// <summary>
/// Issue 12, a cohort page that fits the job: what to do next leads, each learner is listed once with their progress,
/// risks are short labels, statuses are words, and a finished cohort shows how it ended.
/// </summary>
public sealed class CohortPageTests : AppFixture
{
    private static IReadOnlyList<(string Text, string Href)> NextSteps(IDocument page) =>
        [.. page.QuerySelectorAll("[aria-labelledby=next-heading] li a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href")!))];

    private static IReadOnlyList<IElement> LearnerRows(IDocument page) =>
        [.. page.QuerySelectorAll("[aria-labelledby=learners-heading] table.learners tbody tr")];

    private Task DecideAsync(int cohortId, int learnerId, bool graduated) =>
        App.WithDbAsync(async db =>
        {
            var enrolment = await db.Enrolments.SingleAsync(e => e.CohortId == cohortId && e.LearnerId == learnerId);
            enrolment.Decide(graduated, LoggingWorld.BerlinToday(App), graduated ? null : "Short of the hours.");
            return await db.SaveChangesAsync();
        });

    [Test]
    public async Task A_cohort_without_lectures_leads_with_generating_its_calendar()
    {
        var cohortId = await App.NewBerlinCohortAsync("BER-NXT-01", 12);
        var staff = await App.SignInAsync(BootcampApp.Staff);

        var page = await staff.GetPageAsync($"/Cohorts/Details/{cohortId}");

        Assert.That(NextSteps(page), Is.EqualTo(new[] { ("Generate the calendar", $"/Schedule/Generate/{cohortId}") }));
    }

    [Test]
    public async Task A_lecture_today_leads_with_taking_its_attendance_then_logging_hours()
    {
        var world = await LoggingWorld.CreateAsync(App);
        var instructor = await App.SignInAsync(BootcampApp.Instructor);

        var steps = NextSteps(await instructor.GetPageAsync($"/Cohorts/Details/{world.CohortId}"));

        Assert.That(steps, Has.Count.EqualTo(2));
        Assert.That(steps[0].Text, Does.StartWith("Take today's attendance (09:00)"));
        Assert.That(steps[0].Href, Is.EqualTo($"/Attendance/Sessions/{world.Sessions[0]}"));
        Assert.That(steps[1], Is.EqualTo(("Log exercise hours", $"/ExerciseHours/Cohorts/{world.CohortId}/Log")));
    }

    [Test]
    public async Task Staff_are_asked_to_fix_a_double_booking_and_not_to_generate_a_calendar_that_exists()
    {
        await LoggingWorld.CreateAsync(App);
        var world = await LoggingWorld.CreateAsync(App);
        var centreId = await App.WithDbAsync(db => db.Cohorts.Where(c => c.Id == world.CohortId).Select(c => c.CentreId).SingleAsync());
        var staff = await App.SignInAsync(BootcampApp.Staff);

        var steps = NextSteps(await staff.GetPageAsync($"/Cohorts/Details/{world.CohortId}"));

        Assert.That(steps[0].Href, Is.EqualTo($"/Attendance/Sessions/{world.Sessions[0]}"));
        var fix = steps.Single(s => s.Href == $"/Schedule/Conflicts/{centreId}");
        Assert.That(fix.Text, Does.Match(@"^Fix \d+ calendar conflicts?$"), "both worlds' instructor teaches at 09:00 in two days");
        Assert.That(steps.Select(s => s.Href), Has.None.StartsWith("/Schedule/Generate/").And.None.StartsWith("/Graduation/"));
    }

    [Test]
    public async Task A_partner_reads_the_page_without_next_steps()
    {
        var partner = await App.SignInAsync(BootcampApp.Partner);

        var page = await partner.GetPageAsync($"/Cohorts/Details/{await App.CohortIdAsync("LIS-QAA-03")}");

        Assert.That(page.QuerySelector("#next-heading"), Is.Null);
        Assert.That(LearnerRows(page), Is.Not.Empty);
    }

    [Test]
    public async Task An_ended_cohort_asks_for_graduation_decisions_until_every_learner_has_one()
    {
        var world = await GraduationWorld.CreateAsync(App);
        var staff = await App.SignInAsync(BootcampApp.Staff);
        var url = $"/Cohorts/Details/{world.CohortId}";

        var before = await staff.GetPageAsync(url);
        foreach (var learner in world.Learners)
            await DecideAsync(world.CohortId, learner, learner == world.Qualified);
        var after = await staff.GetPageAsync(url);

        Assert.That(NextSteps(before), Is.EqualTo(new[] { ("Decide graduation", $"/Graduation/Cohort/{world.CohortId}") }));
        Assert.That(before.QuerySelector("[aria-labelledby=next-heading]")!.TextContent, Does.Contain("3 learners await a decision."));
        Assert.That(after.QuerySelector("#next-heading"), Is.Null, "nothing left to do");
    }

    [Test]
    public async Task Each_learner_is_listed_once_with_their_progress_and_a_link_to_their_page()
    {
        var world = await LoggingWorld.CreateAsync(App);
        var staff = await App.SignInAsync(BootcampApp.Staff);
        var learners = await App.WithDbAsync(db => db.Enrolments.Where(e => e.CohortId == world.CohortId)
            .Join(db.Learners, e => e.LearnerId, l => l.Id, (e, l) => new { l.Id, Name = l.FirstName + " " + l.LastName }).ToListAsync());

        var page = await staff.GetPageAsync($"/Cohorts/Details/{world.CohortId}");

        var rows = LearnerRows(page);
        Assert.That(rows, Has.Count.EqualTo(learners.Count));
        Assert.That(page.QuerySelectorAll("main table").Count(t => t.QuerySelector("tbody th[scope=row]") is not null), Is.EqualTo(1), "one table of learners");
        var main = page.QuerySelector("main")!.TextContent;
        foreach (var learner in learners)
        {
            Assert.That(main.Split(learner.Name).Length - 1, Is.EqualTo(1), $"{learner.Name} once");
            var link = page.QuerySelector($"table.learners th a[href='/Cohorts/{world.CohortId}/Learners/{learner.Id}']");
            Assert.That(link?.TextContent, Is.EqualTo(learner.Name));
            Assert.That(link!.Closest("tr")!.QuerySelectorAll("td[data-label=Attendance], td[data-label='Hours vs requirement']"), Has.Length.EqualTo(2));
        }
    }

    [Test]
    public async Task Risks_are_short_labels_with_the_detail_one_click_away()
    {
        var world = await LoggingWorld.CreateAsync(App);
        var staff = await App.SignInAsync(BootcampApp.Staff);

        var page = await staff.GetPageAsync($"/Cohorts/Details/{world.CohortId}");

        var regular = LearnerRows(page).Single(r => r.QuerySelector($"td[data-badges='{world.Regulars[0]}']") is not null);
        var risks = regular.QuerySelector("td.standing details.risks");
        Assert.That(risks, Is.Not.Null, "sixty days without hours is behind the plan");
        Assert.That(risks!.QuerySelectorAll("summary .badge").Select(b => b.TextContent), Is.EqualTo(new[] { "Behind on hours" }));
        Assert.That(risks.QuerySelector("li")!.TextContent, Does.StartWith("On pace for 0 h by"));
        Assert.That(risks.HasAttribute("open"), Is.False, "the detail is folded");
    }

    [Test]
    public async Task Statuses_read_as_words_on_the_cohort_page_and_the_list()
    {
        var world = await GraduationWorld.CreateAsync(App);
        await DecideAsync(world.CohortId, world.OftenAbsent, graduated: false);
        var staff = await App.SignInAsync(BootcampApp.Staff);

        var page = await staff.GetPageAsync($"/Cohorts/Details/{world.CohortId}");
        var list = await staff.GetPageAsync($"/Cohorts?q={world.Code}");

        var row = LearnerRows(page).Single(r => r.QuerySelector($"td[data-badges='{world.OftenAbsent}']") is not null);
        Assert.That(row.QuerySelector("td.standing .badge")!.TextContent, Is.EqualTo("Not graduated"));
        Assert.That(page.QuerySelector("main")!.TextContent, Does.Not.Contain("NotGraduated"));
        Assert.That(page.QuerySelector("main")!.TextContent, Does.Contain("1 not graduated"));
        Assert.That(list.QuerySelector("main table tbody .badge")!.TextContent, Is.EqualTo("Completed"));
    }

    [Test]
    public async Task A_finished_cohort_shows_its_outcome_and_learner_count_instead_of_a_pace()
    {
        var world = await GraduationWorld.CreateAsync(App);
        await DecideAsync(world.CohortId, world.Qualified, graduated: true);
        await DecideAsync(world.CohortId, world.OftenAbsent, graduated: false);
        var staff = await App.SignInAsync(BootcampApp.Staff);

        var page = await staff.GetPageAsync($"/Cohorts/Details/{world.CohortId}");
        var list = await staff.GetPageAsync($"/Cohorts?q={world.Code}");

        var outcome = page.QuerySelectorAll("[aria-labelledby=outcome-heading] dl div")
            .ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!.TextContent);
        Assert.That(outcome["Graduated"], Is.EqualTo("1 of 3 learners"));
        Assert.That(outcome["Graduation rate"], Does.StartWith("33%"));
        Assert.That(outcome["Not graduated"], Is.EqualTo("1"));
        Assert.That(outcome["Withdrawn"], Is.EqualTo("0"));
        Assert.That(outcome["Awaiting a decision"], Is.EqualTo("1"));
        var main = page.QuerySelector("main")!.TextContent;
        Assert.That(main, Does.Not.Contain("On track").And.Not.Contain("Pace"));
        Assert.That(page.QuerySelectorAll("table.learners thead th").Select(th => th.TextContent), Does.Contain("Outcome"));
        Assert.That(list.QuerySelector("main table tbody td.num")!.TextContent, Is.EqualTo("3 learners"));
    }
}
