using System.Globalization;
using System.Net;
using Bootcamp.Domain.Progress;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Dashboard;

public sealed class DashboardTests : AppFixture
{
    private static string Percent(decimal? rate) => rate is { } r ? r.ToString("0%", CultureInfo.InvariantCulture) : "–";

    [Test]
    public async Task A_partners_home_is_the_dashboard_of_its_cohorts_with_the_engines_figures()
    {
        var partner = await App.SignInAsync(BootcampApp.Partner);
        var page = await partner.GetPageAsync("/");

        var rows = page.QuerySelectorAll("tbody tr[data-cohort]");
        var codes = rows.Select(r => r.GetAttribute("data-cohort")!).ToList();
        Assert.That(codes, Is.Not.Empty.And.All.StartsWith("LIS-"), "the Lisbon centre the partner runs, and nothing else");
        var ids = await App.WithDbAsync(db => db.Cohorts.Where(c => codes.Contains(c.Code)).ToDictionaryAsync(c => c.Code, c => c.Id));
        var facts = await App.FactsAsync(BootcampApp.Partner, ids.Values);
        using (Assert.EnterMultipleScope())
        {
            foreach (var row in rows)
            {
                var f = facts[ids[row.GetAttribute("data-cohort")!]];
                var expected = CohortFigures.Of(f.Cohort, ProgressCalculator.ForCohort(f.Cohort, f.Learners));
                string Cell(string figure) => row.QuerySelector($"[data-figure={figure}]")!.TextContent.Trim();
                Assert.That(Cell("enrolled"), Is.EqualTo(expected.Enrolled.ToString(CultureInfo.InvariantCulture)));
                Assert.That(Cell("active"), Is.EqualTo(expected.Active.ToString(CultureInfo.InvariantCulture)));
                Assert.That(Cell("withdrawn"), Is.EqualTo(expected.Withdrawn.ToString(CultureInfo.InvariantCulture)));
                Assert.That(Cell("attendance"), Is.EqualTo(Percent(expected.AttendanceRate)));
                Assert.That(Cell("hours"), Does.EndWith($"({Percent(expected.HoursAgainstPlan)})"));
                Assert.That(Cell("at-risk"), Is.EqualTo(expected.AtRisk.ToString(CultureInfo.InvariantCulture)));
            }
        }
        Assert.That(facts.Values.Sum(f => f.Learners.Count), Is.GreaterThan(0), "the demo's Lisbon cohorts have learners");
    }

    [Test]
    public async Task A_centre_staff_home_shows_its_active_cohorts_in_tiles_and_a_chart_with_the_engines_figures()
    {
        var staff = await App.SignInAsync(BootcampApp.Staff);

        var page = await staff.GetPageAsync("/");

        var ids = await App.WithDbAsync(db => db.Cohorts.Where(c => c.Code.StartsWith("BER-") && c.Status == Bootcamp.Domain.Cohorts.CohortStatus.Active).Select(c => c.Id).ToListAsync());
        var facts = await App.FactsAsync(BootcampApp.Staff, ids);
        var figures = facts.Values.Select(f => CohortFigures.Of(f.Cohort, ProgressCalculator.ForCohort(f.Cohort, f.Learners))).ToList();
        var tiles = page.QuerySelectorAll("section[aria-labelledby=glance-heading] a.tile")
            .Select(t => t.TextContent.Trim().Replace('\n', ' ')).Select(t => string.Join(' ', t.Split(' ', StringSplitOptions.RemoveEmptyEntries))).ToList();
        Assert.That(ids, Is.Not.Empty);
        Assert.That(tiles, Is.EqualTo(new[]
        {
            $"{ids.Count} active {(ids.Count == 1 ? "cohort" : "cohorts")}",
            $"{figures.Sum(f => f.Active)} learners active",
            $"{figures.Sum(f => f.AtRisk)} at risk",
            $"{Percent((decimal)figures.Sum(f => f.Attended) / figures.Sum(f => f.CountedSessions))} attendance",
            $"{Percent((decimal)figures.Sum(f => f.LoggedMinutes) / figures.Sum(f => f.PlannedMinutes))} exercise hours against plan",
        }));
        Assert.That(page.QuerySelectorAll("svg.chart-wide text").Select(t => t.TextContent), Is.SupersetOf(await App.WithDbAsync(db => db.Cohorts.Where(c => ids.Contains(c.Id)).Select(c => c.Code).ToListAsync())));
        Assert.That(page.QuerySelectorAll("svg.chart-narrow"), Has.Length.EqualTo(1), "the phone's drawing of the same chart");
    }

    [TestCase(BootcampApp.Admin)]
    [TestCase(BootcampApp.Instructor)]
    public async Task Only_centre_staff_get_the_glance_on_their_home(string email)
    {
        var page = await (await App.SignInAsync(email)).GetPageAsync("/");

        Assert.That(page.GetElementById("glance-heading"), Is.Null);
    }

    [Test]
    public async Task The_chart_is_drawn_on_the_server_with_the_figures_also_in_a_table()
    {
        var staff = await App.SignInAsync(BootcampApp.Staff);

        var page = await staff.GetPageAsync("/Dashboard");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.QuerySelectorAll("svg[role=img] rect"), Is.Not.Empty);
            Assert.That(page.QuerySelectorAll("script"), Is.Empty);
            Assert.That(page.QuerySelector("table caption")?.TextContent, Does.Contain("Figures per cohort"));
            Assert.That(page.QuerySelectorAll("tbody tr[data-cohort]").Select(r => r.GetAttribute("data-cohort")), Is.Not.Empty.And.All.StartsWith("BER-"));
        }
    }

    [Test]
    public async Task The_status_filter_keeps_only_cohorts_of_that_status()
    {
        var admin = await App.SignInAsync(BootcampApp.Admin);
        var completed = await App.WithDbAsync(db => db.Cohorts.Where(c => c.Status == Bootcamp.Domain.Cohorts.CohortStatus.Completed).Select(c => c.Code).ToListAsync());

        var page = await admin.GetPageAsync("/Dashboard?status=Completed");

        Assert.That(page.QuerySelectorAll("tbody tr[data-cohort]").Select(r => r.GetAttribute("data-cohort")), Is.EquivalentTo(completed));
    }

    [TestCase("centre=abc", "centre", "Choose a centre from the list.")]
    [TestCase("programme=-3", "programme", "Choose a programme from the list.")]
    [TestCase("status=Finished", "status", "Choose a status: Planned, Active, Completed, Cancelled.")]
    [TestCase("from=2026-13-01", "from", "Type the date as YYYY-MM-DD, for example 2026-06-01.")]
    [TestCase("from=1066-10-14", "from", "The date must be between 2000 and 2100.")]
    [TestCase("from=2026-06-01&to=2026-05-01", "to", "The last day comes before the first day.")]
    public async Task A_bad_filter_gets_a_message_next_to_its_field(string query, string field, string message)
    {
        var partner = await App.SignInAsync(BootcampApp.Partner);

        var response = await partner.GetAsync("/Dashboard?" + query);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var page = await response.ReadPageAsync();
        Assert.That(page.FieldError(field), Is.EqualTo(message));
        Assert.That(page.QuerySelectorAll("tbody tr[data-cohort]"), Is.Empty);
    }

    [Test]
    public async Task A_centre_outside_the_partners_scope_is_not_a_choice()
    {
        var berlin = await App.WithDbAsync(db => db.Centres.Where(c => c.Name == "Berlin Kreuzberg").Select(c => c.Id).SingleAsync());
        var partner = await App.SignInAsync(BootcampApp.Partner);

        var page = await partner.GetPageAsync($"/Dashboard?centre={berlin}");

        Assert.That(page.FieldError("centre"), Is.EqualTo("Choose a centre from the list."));
        Assert.That(page.QuerySelectorAll("tbody tr[data-cohort]"), Is.Empty);
    }
}
