using System.Globalization;
using System.Net;
using Bootcamp.Domain.Scheduling;
using Bootcamp.IntegrationTests.Cohorts;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Schedule;

/// <summary>
/// Issue 8, scope is structural: the schedule's session rows take every name (room, instructor, centre) through the
/// scope roots, and the feeds read through the scope their token opens. Amira Haddad is based in Berlin and also
/// teaches LIS-QAA-03 in Lisbon, the cohort the demo partner (Atlantic Skills Alliance) runs.
/// </summary>
public sealed class ScheduleNamesScopeTests : AppFixture
{
    private int _amira;
    private string _amiraToken = "";
    private int _lisbonCohort;

    protected override async Task ArrangeFixtureAsync()
    {
        _lisbonCohort = await App.CohortIdAsync("LIS-QAA-03");
        (_amira, _amiraToken) = await App.WithDbAsync(async db =>
        {
            var amira = await db.Instructors.SingleAsync(i => i.FullName == "Amira Haddad");
            return (amira.Id, amira.CalendarToken);
        });
    }

    [Test]
    public async Task A_partners_printable_week_lists_the_lectures_without_instructor_names()
    {
        var (week, instructor, topic) = await App.WithDbAsync(async db =>
        {
            var session = await db.Sessions.Where(s => s.CohortId == _lisbonCohort && s.InstructorId != null && s.Topic != null)
                .OrderBy(s => s.StartUtc).FirstAsync();
            var name = await db.Instructors.Where(i => i.Id == session.InstructorId).Select(i => i.FullName).SingleAsync();
            return (DateOnly.FromDateTime(session.StartUtc), name, session.Topic!);
        });
        var url = $"/Schedule/Print/{_lisbonCohort}?week={week.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        var partner = await App.SignInAsync(BootcampApp.Partner);
        var staff = await App.SignInAsync("lisbon.staff@bootcamp.local");

        var partnersWeek = (await partner.GetPageAsync(url)).QuerySelector("table.week")!.TextContent;
        var staffsWeek = (await staff.GetPageAsync(url)).QuerySelector("table.week")!.TextContent;

        Assert.That(partnersWeek, Does.Contain(topic));
        Assert.That(partnersWeek, Does.Not.Contain(instructor));
        Assert.That(staffsWeek, Does.Contain(topic).And.Contain(instructor), "the centre's staff see who teaches");
    }

    [Test]
    public async Task An_instructors_feed_and_own_week_name_a_lecture_they_stand_in_for_in_a_cohort_they_are_not_on()
    {
        var (cohortCode, start) = await App.WithDbAsync(async db =>
        {
            var cohort = await db.Cohorts.Include(c => c.Instructors)
                .Where(c => c.Status != Domain.Cohorts.CohortStatus.Completed && !c.Instructors.Any(i => i.InstructorId == _amira))
                .OrderBy(c => c.Code).FirstAsync();
            var module = await db.Modules.Where(m => m.ProgrammeId == cohort.ProgrammeId).Select(m => m.Id).FirstAsync();
            var startUtc = new DateTime(2026, 6, 11, 6, 0, 0, DateTimeKind.Utc);
            db.Sessions.Add(new LectureSession(cohort.Id, module, "Stand-in on testing strategies", startUtc, startUtc.AddHours(1), null, _amira));
            await db.SaveChangesAsync();
            return (cohort.Code, startUtc);
        });
        var instructor = await App.SignInAsync(BootcampApp.Instructor);

        var feed = await App.CreateClient().GetAsync($"/calendars/instructor/{_amiraToken}.ics");
        var week = await instructor.GetPageAsync($"/Schedule/Instructor?week={DateOnly.FromDateTime(start).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");

        Assert.That(feed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var calendar = Ical.Net.Calendar.Load(await feed.Content.ReadAsStringAsync())!;
        var standIn = calendar.Events.Where(e => e.Summary!.Contains("Stand-in on testing strategies", StringComparison.Ordinal)).ToList();
        Assert.That(standIn.Select(e => e.Summary).ToList(), Has.Count.EqualTo(1).And.All.StartsWith($"{cohortCode}: "));
        var weekText = week.QuerySelector("table.week")!.TextContent;
        Assert.That(weekText, Does.Contain("Stand-in on testing strategies").And.Contain(cohortCode));
        Assert.That(weekText, Does.Not.Contain("Busy"), "their own lectures are never someone else's busy time");
    }

    [Test]
    public async Task A_cohort_feed_names_its_lectures_instructors_and_rooms_and_nothing_of_other_cohorts()
    {
        var (token, centre, instructors) = await App.WithDbAsync(async db =>
        {
            var cohort = await db.Cohorts.Where(c => c.Id == _lisbonCohort).Select(c => new { c.CalendarToken, c.CentreId }).SingleAsync();
            var centreName = await db.Centres.Where(c => c.Id == cohort.CentreId).Select(c => c.Name).SingleAsync();
            var names = await db.Instructors.Where(i => db.Sessions.Any(s => s.CohortId == _lisbonCohort && s.InstructorId == i.Id))
                .Select(i => i.FullName).ToListAsync();
            return (cohort.CalendarToken, centreName, names);
        });
        var anonymous = App.CreateClient();

        var feed = await anonymous.GetAsync($"/calendars/cohort/{token}.ics");

        Assert.That(feed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var calendar = Ical.Net.Calendar.Load(await feed.Content.ReadAsStringAsync())!;
        Assert.That(calendar.Events.Select(e => e.Summary), Is.Not.Empty.And.All.StartsWith("LIS-QAA-03: "));
        Assert.That(instructors, Is.Not.Empty);
        Assert.That(instructors, Has.All.Matches<string>(name => calendar.Events.Any(e => e.Description!.Contains($"Instructor: {name}", StringComparison.Ordinal))));
        Assert.That(calendar.Events.Select(e => e.Location), Has.All.EndsWith(centre));
    }

    [Test]
    public async Task A_feed_token_that_no_cohort_or_instructor_has_finds_nothing()
    {
        var anonymous = App.CreateClient();

        Assert.That((await anonymous.GetAsync("/calendars/cohort/not-a-token.ics")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await anonymous.GetAsync("/calendars/instructor/not-a-token.ics")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
