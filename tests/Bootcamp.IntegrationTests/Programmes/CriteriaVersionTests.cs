using System.Globalization;
using System.Net;
using Bootcamp.Domain.Cohorts;
using Bootcamp.IntegrationTests.Graduation;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Programmes;

/// <summary>
/// Issue 10: criteria are versioned. Once a programme has cohorts, changed criteria are a new version for cohorts
/// starting on or after a day; a running cohort keeps the version it started with, and its board says which.
/// </summary>
public sealed class CriteriaVersionTests : AppFixture
{
    private HttpClient _admin = null!;

    protected override async Task ArrangeFixtureAsync() => _admin = await App.SignInAsync(BootcampApp.Admin);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The programme form of a <see cref="GraduationWorld"/> programme (80%, 20 h, 25%, 3.0, all projects, all badges), with changes.</summary>
    private async Task<(int ProgrammeId, Dictionary<string, string> Fields)> FormAsync(GraduationWorld world, string exerciseHours, string? inForceFrom)
    {
        var programme = await App.WithDbAsync(db => db.Programmes.AsNoTracking()
            .Where(p => db.Cohorts.Any(c => c.Id == world.CohortId && c.ProgrammeId == p.Id)).SingleAsync());
        var fields = new Dictionary<string, string>
        {
            ["Form.Code"] = programme.Code,
            ["Form.Name"] = programme.Name,
            ["Form.Track"] = programme.Track,
            ["Form.DurationWeeks"] = programme.DurationWeeks.ToString(CultureInfo.InvariantCulture),
            ["Form.Description"] = programme.Description,
            ["Form.MinAttendancePercent"] = "80",
            ["Form.MinExerciseHours"] = exerciseHours,
            ["Form.MinGroupSharePercent"] = "25",
            ["Form.MinSoftSkillAverage"] = "3.0",
            ["Form.RequireAllProjectsPassed"] = "true",
            ["Form.RequireAllBadges"] = "true",
        };
        if (inForceFrom is not null)
            fields["Form.CriteriaInForceFrom"] = inForceFrom;
        return (programme.Id, fields);
    }

    [Test]
    public async Task A_revision_leaves_a_running_cohort_on_its_version_and_judges_a_later_cohort_by_the_new_one()
    {
        var world = await GraduationWorld.CreateAsync(App, ended: false);
        var today = LoggingWorld.BerlinToday(App);
        var from = today.AddDays(30);
        var (programmeId, fields) = await FormAsync(world, "30", Day(from));
        var staff = await App.SignInAsync(BootcampApp.Staff);

        var saved = await _admin.PostFormAsync($"/Programmes/Edit/{programmeId}", $"/Programmes/Edit/{programmeId}", fields);
        var later = await App.WithDbAsync(async db =>
        {
            var running = await db.Cohorts.SingleAsync(c => c.Id == world.CohortId);
            var cohort = new Cohort(world.Code + "-B", programmeId, running.CentreId, from.AddDays(7), 20,
                [new LectureSlot(DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(12, 0))]);
            db.Cohorts.Add(cohort);
            await db.SaveChangesAsync();
            return cohort.Id;
        });

        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var runningBoard = await staff.GetPageAsync($"/Graduation/Cohort/{world.CohortId}");
        Assert.That(runningBoard.GetElementById("criteria-version")?.TextContent, Is.EqualTo("Criteria version 1, the programme's first"));
        Assert.That(runningBoard.QuerySelector($"tr[data-learner='{world.ShortOfHours}'] td[data-criterion='ExerciseHours']")?.TextContent,
            Does.Contain("needs 20 h"), "the running cohort keeps the hours it started with");
        var laterBoard = await staff.GetPageAsync($"/Graduation/Cohort/{later}");
        Assert.That(laterBoard.GetElementById("criteria-version")?.TextContent,
            Is.EqualTo($"Criteria version 2, for cohorts starting from {from.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}"));
        Assert.That(laterBoard.QuerySelector("#criteria-heading + dl")?.TextContent, Does.Contain("30 h"));
        var details = await _admin.GetPageAsync($"/Programmes/Details/{programmeId}");
        Assert.That(details.QuerySelector("#criteria-heading + p")?.TextContent, Does.StartWith("Version 2, for cohorts starting from"));
        Assert.That(details.GetElementById("criteria-versions")?.TextContent, Does.Contain("Version 1, the programme's first").And.Contain("20 h"));
    }

    [Test]
    public async Task Changed_criteria_without_a_first_start_day_are_refused_at_the_field_and_nothing_is_saved()
    {
        var world = await GraduationWorld.CreateAsync(App);
        var (programmeId, fields) = await FormAsync(world, "30", inForceFrom: null);
        fields["Form.Name"] = "Renamed while the criteria change";

        var response = await _admin.PostFormAsync($"/Programmes/Edit/{programmeId}", $"/Programmes/Edit/{programmeId}", fields);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await response.ReadPageAsync()).FieldError("Form_CriteriaInForceFrom"), Is.EqualTo("Give the first start day the new criteria apply to."));
        var stored = await App.WithDbAsync(db => db.Programmes.AsNoTracking().Include(p => p.CriteriaVersions).SingleAsync(p => p.Id == programmeId));
        Assert.That(stored.CriteriaVersions, Is.Empty);
        Assert.That(stored.Name, Does.Not.Contain("Renamed"));
    }

    [Test]
    public async Task A_first_start_day_in_the_past_is_refused_at_the_field()
    {
        var world = await GraduationWorld.CreateAsync(App);
        var (programmeId, fields) = await FormAsync(world, "30", Day(LoggingWorld.BerlinToday(App).AddDays(-40)));

        var response = await _admin.PostFormAsync($"/Programmes/Edit/{programmeId}", $"/Programmes/Edit/{programmeId}", fields);

        Assert.That((await response.ReadPageAsync()).FieldError("Form_CriteriaInForceFrom"), Does.Contain("cohorts that already started keep theirs"));
        Assert.That(await App.WithDbAsync(db => db.CriteriaVersions.CountAsync(v => v.ProgrammeId == programmeId)), Is.Zero);
    }

    [Test]
    public async Task A_programme_without_cohorts_changes_its_criteria_in_place()
    {
        var created = await _admin.PostFormAsync("/Programmes/Create", "/Programmes/Create", new()
        {
            ["Form.Code"] = "DVO", ["Form.Name"] = "DevOps Engineer", ["Form.Track"] = "Cloud operations", ["Form.DurationWeeks"] = "30",
            ["Form.MinAttendancePercent"] = "80", ["Form.MinExerciseHours"] = "400", ["Form.MinGroupSharePercent"] = "25",
            ["Form.MinSoftSkillAverage"] = "3.0", ["Form.RequireAllProjectsPassed"] = "true", ["Form.RequireAllBadges"] = "true",
        });
        var id = await App.WithDbAsync(db => db.Programmes.Where(p => p.Code == "DVO").Select(p => p.Id).SingleAsync());
        var form = await _admin.GetPageAsync($"/Programmes/Edit/{id}");

        var saved = await _admin.PostFormAsync($"/Programmes/Edit/{id}", $"/Programmes/Edit/{id}", new()
        {
            ["Form.Code"] = "DVO", ["Form.Name"] = "DevOps Engineer", ["Form.Track"] = "Cloud operations", ["Form.DurationWeeks"] = "30",
            ["Form.MinAttendancePercent"] = "85", ["Form.MinExerciseHours"] = "400", ["Form.MinGroupSharePercent"] = "25",
            ["Form.MinSoftSkillAverage"] = "3.0", ["Form.RequireAllProjectsPassed"] = "true", ["Form.RequireAllBadges"] = "true",
        });

        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(form.GetElementById("Form_CriteriaInForceFrom"), Is.Null, "nobody is judged by the criteria yet");
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var stored = await App.WithDbAsync(db => db.Programmes.AsNoTracking().Include(p => p.CriteriaVersions).SingleAsync(p => p.Id == id));
        Assert.That(stored.Criteria.MinAttendancePercent, Is.EqualTo(85));
        Assert.That(stored.CriteriaVersions, Is.Empty);
    }
}
