using System.Net;
using AngleSharp.Dom;
using Bootcamp.Domain.Progress;
using Bootcamp.IntegrationTests.Cohorts;
using Bootcamp.IntegrationTests.Support;
using Bootcamp.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Learners;

/// <summary>Issue 12, a learner page: one learner's whole story, with the figures the progress engine gives, within the viewer's scope.</summary>
public sealed class LearnerPageTests : AppFixture
{
    private HttpClient _staff = null!;
    private int _berlin;

    protected override async Task ArrangeFixtureAsync()
    {
        _staff = await App.SignInAsync(BootcampApp.Staff);
        _berlin = await App.CohortIdAsync("BER-FSW-07");
    }

    private Task<int> LearnerIdAsync(string email) => App.WithDbAsync(db => db.Learners.Where(l => l.Email == email).Select(l => l.Id).SingleAsync());

    private static string Figure(IDocument page, string name) =>
        page.QuerySelector($"[data-figure='{name}']")?.TextContent.Trim() ?? throw new AssertionException($"no figure {name}");

    [Test]
    public async Task The_page_shows_the_figures_the_progress_engine_gives_for_the_same_day()
    {
        var learnerId = await LearnerIdAsync("lena.hoffmann@example.com");
        var facts = (await App.FactsAsync(BootcampApp.Staff, [_berlin]))[_berlin];
        var progress = ProgressCalculator.For(facts.Cohort, facts.Learners.Single(l => l.LearnerId == learnerId));
        var a = progress.Attendance;
        var x = progress.Exercise;

        var page = await _staff.GetPageAsync($"/Cohorts/{_berlin}/Learners/{learnerId}");

        Assert.That(page.QuerySelector("h1")!.TextContent, Does.Contain("Lena Hoffmann").And.Contain("Enrolled"));
        Assert.That(a.HeldSessions, Is.GreaterThan(20), "the demo learner has a long history");
        Assert.That(Figure(page, "attendance-rate"), Is.EqualTo($"{Math.Floor(a.Rate!.Value * 100)}%"));
        Assert.That((Figure(page, "held"), Figure(page, "late"), Figure(page, "absent"), Figure(page, "unrecorded")),
            Is.EqualTo((a.HeldSessions.ToString(), a.Late.ToString(), a.Absent.ToString(), a.Unrecorded.ToString())));
        Assert.That(Figure(page, "attended"), Does.StartWith(a.Attended.ToString()));
        Assert.That(Figure(page, "excused"), Does.StartWith(a.Excused.ToString()));
        Assert.That(Figure(page, "logged"), Does.StartWith(Hours.Of(x.LoggedMinutes)).And.Contain($"solo {Hours.Of(x.SoloMinutes)}").And.Contain($"group {Hours.Of(x.GroupMinutes)}"));
        Assert.That(Figure(page, "planned"), Does.StartWith(Hours.Of(x.PlannedSinceEnrolmentMinutes)));
        Assert.That(Figure(page, "required"), Does.StartWith(Hours.Of(x.RequiredMinutes)));
        Assert.That(Figure(page, "projected"), Does.StartWith($"{x.ProjectedMinutes / 60} h by"));
        Assert.That(Figure(page, "projects"), Does.StartWith($"{progress.ProjectsPassed} passed"));
        Assert.That(Figure(page, "badges"), Is.EqualTo($"{progress.Badges.Earned} of {progress.Badges.Available}"));
        Assert.That(page.QuerySelectorAll("[data-figure=pace] li").Select(li => li.TextContent.Trim()), Is.EqualTo(progress.Risks.Select(r => r.Message)));

        var modules = page.QuerySelectorAll("table.hours-by-module tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => decimal.Parse(td.TextContent)).ToList()).ToList();
        Assert.That(modules, Has.Count.EqualTo(facts.Cohort.Modules.Count));
        Assert.That(modules.Sum(m => m[0]), Is.EqualTo(x.SoloMinutes / 60m), "solo hours by module add up to the learner's solo hours");
        Assert.That(modules.Sum(m => m[1]), Is.EqualTo(x.GroupMinutes / 60m), "group hours by module add up to the learner's group hours");
        Assert.That(modules.Sum(m => m[3]), Is.EqualTo(x.PlannedSinceEnrolmentMinutes / 60m).Within(0.05m), "the modules' plans to date add up to the plan to date");
    }

    [Test]
    public async Task Held_lectures_are_folded_and_paged_newest_first()
    {
        var learnerId = await LearnerIdAsync("lena.hoffmann@example.com");
        var url = $"/Cohorts/{_berlin}/Learners/{learnerId}";

        var first = await _staff.GetPageAsync(url);
        var second = await _staff.GetPageAsync(url + "?lectures=2");

        var folded = first.QuerySelector("details#lectures")!;
        Assert.That(folded.HasAttribute("open"), Is.False, "the first page keeps the lectures folded");
        var rows = folded.QuerySelectorAll("tbody tr");
        Assert.That(rows, Has.Length.EqualTo(20));
        var days = rows.Select(r => DateOnly.Parse(r.QuerySelector("td")!.TextContent[4..], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.That(days, Is.Ordered.Descending);
        Assert.That(folded.QuerySelector("a[rel=next]")!.GetAttribute("href"), Does.Contain("lectures=2"));
        Assert.That(second.QuerySelector("details#lectures")!.HasAttribute("open"), Is.True, "a later page opens the fold");
        Assert.That(second.QuerySelectorAll("details#lectures tbody tr").Select(r => r.GetAttribute("data-session")),
            Is.Not.EquivalentTo(rows.Select(r => r.GetAttribute("data-session"))).And.Not.Empty);
    }

    [Test]
    public async Task Learner_names_on_the_cohort_page_the_hours_page_and_the_graduation_board_lead_to_the_learner_page()
    {
        var page = await _staff.GetPageAsync($"/Cohorts/Details/{_berlin}");
        var enrolled = await App.WithDbAsync(db => db.Enrolments.CountAsync(e => e.CohortId == _berlin));

        var listed = page.QuerySelectorAll("[aria-labelledby=learners-heading] tbody tr a[href*='/Learners/']").Select(a => a.GetAttribute("href")).ToList();

        Assert.That(listed, Has.Count.EqualTo(enrolled).And.All.Match($"^/Cohorts/{_berlin}/Learners/\\d+$"));
        Assert.That(page.QuerySelectorAll("[aria-labelledby=learners-heading] table.learners tbody th a").Select(a => a.GetAttribute("href")), Is.EquivalentTo(listed),
            "the progress is in the same table as the learners (issue 12)");
        var learnerId = await LearnerIdAsync("lena.hoffmann@example.com");
        var hours = await _staff.GetPageAsync($"/ExerciseHours/Cohorts/{_berlin}/Learners/{learnerId}");
        Assert.That(hours.QuerySelector("h1 a")!.GetAttribute("href"), Is.EqualTo($"/Cohorts/{_berlin}/Learners/{learnerId}"));
        Assert.That(await _staff.FinalStatusAsync(listed[0]!), Is.EqualTo(HttpStatusCode.OK));
        var board = await _staff.GetPageAsync($"/Graduation/Cohort/{_berlin}");
        Assert.That(board.QuerySelectorAll("table.graduation tbody th a[href*='/Learners/']").Select(a => a.GetAttribute("href")), Is.EquivalentTo(listed),
            "the graduation board, where a withdrawn learner is noticed at the end, leads to the page that reinstates them");
    }

    [Test]
    public async Task A_partner_reads_figures_without_contact_details_ratings_or_history()
    {
        var partner = await App.SignInAsync(BootcampApp.Partner);
        var lisbon = await App.CohortIdAsync("LIS-QAA-03");
        var learnerId = await App.WithDbAsync(db => db.Enrolments.Where(e => e.CohortId == lisbon).OrderBy(e => e.Id).Select(e => e.LearnerId).FirstAsync());
        var email = await App.WithDbAsync(db => db.Learners.Where(l => l.Id == learnerId).Select(l => l.Email).SingleAsync());

        var page = await partner.GetPageAsync($"/Cohorts/{lisbon}/Learners/{learnerId}");

        Assert.That(page.QuerySelector("[aria-labelledby=attendance-heading]"), Is.Not.Null);
        Assert.That(page.Body!.TextContent, Does.Not.Contain(email));
        Assert.That(page.QuerySelector("[aria-labelledby=history-heading]"), Is.Null);
        Assert.That(page.QuerySelector("[aria-labelledby=skills-heading] table"), Is.Null, "soft skills only as met or not met");
        Assert.That(page.QuerySelector("a[href*='/Log']"), Is.Null);
        Assert.That(page.QuerySelector("a[href*='/Withdraw/']"), Is.Null);
    }

    [TestCase("lisbon.staff@bootcamp.local", "BER-FSW-07", TestName = "Staff of another centre get 404")]
    [TestCase("maple@bootcamp.local", "BER-FSW-07", TestName = "A partner who neither runs nor sponsors the cohort gets 404")]
    [TestCase(BootcampApp.Partner, "TOR-CYB-04", TestName = "The Lisbon partner gets 404 for a Toronto learner")]
    [TestCase(BootcampApp.Instructor, "TOR-CYB-04", TestName = "An instructor not teaching the cohort gets 404")]
    public async Task Someone_outside_the_cohorts_scope_is_told_the_learner_page_does_not_exist(string email, string code)
    {
        var cohortId = await App.CohortIdAsync(code);
        var learnerId = await App.WithDbAsync(db => db.Enrolments.Where(e => e.CohortId == cohortId).OrderBy(e => e.Id).Select(e => e.LearnerId).FirstAsync());
        var client = await App.SignInAsync(email);

        var response = await client.GetAsync($"/Cohorts/{cohortId}/Learners/{learnerId}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await (await App.SignInAsync(BootcampApp.Admin)).FinalStatusAsync($"/Cohorts/{cohortId}/Learners/{learnerId}"), Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_learner_of_another_cohort_is_not_found_under_this_cohort()
    {
        var admin = await App.SignInAsync(BootcampApp.Admin);
        var toronto = await App.CohortIdAsync("TOR-CYB-04");
        var elsewhere = await App.WithDbAsync(db => db.Enrolments.Where(e => e.CohortId == toronto).OrderBy(e => e.Id).Select(e => e.LearnerId).FirstAsync());

        var response = await admin.GetAsync($"/Cohorts/{_berlin}/Learners/{elsewhere}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
