using System.Net;
using Bootcamp.Domain.Scheduling;
using Bootcamp.IntegrationTests.Cohorts;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Schedule;

/// <summary>Who may see and change which schedules, on the demo data.</summary>
public sealed class ScheduleScopeTests : AppFixture
{
    [Test]
    public async Task A_partner_reads_the_calendar_of_its_cohort_and_gets_404_on_another()
    {
        var partner = await App.SignInAsync(BootcampApp.Partner);
        var own = await partner.GetPageAsync($"/Schedule/Cohort/{await App.CohortIdAsync("LIS-QAA-03")}");
        Assert.That(own.QuerySelector("h1")!.TextContent, Does.Contain("LIS-QAA-03"));
        Assert.That(own.QuerySelectorAll("a[href^='/Schedule/Session/']"), Is.Empty, "a partner cannot change sessions");

        var berlin = await App.CohortIdAsync("BER-FSW-07");
        Assert.That((await partner.GetAsync($"/Schedule/Cohort/{berlin}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await partner.GetAsync($"/Schedule/Print/{berlin}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Staff_cannot_schedule_another_centres_cohort()
    {
        var staff = await App.SignInAsync(BootcampApp.Staff);
        var lisbon = await App.CohortIdAsync("LIS-QAA-03");
        Assert.That((await staff.GetAsync($"/Schedule/Generate/{lisbon}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var lisbonSession = await App.WithDbAsync(db => db.Sessions.Where(s => s.CohortId == lisbon).Select(s => s.Id).FirstAsync());
        Assert.That((await staff.GetAsync($"/Schedule/Session/{lisbonSession}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task A_partner_may_not_open_the_scheduling_pages()
    {
        var partner = await App.SignInAsync(BootcampApp.Partner);
        var response = await partner.GetAsync($"/Schedule/Generate/{await App.CohortIdAsync("LIS-QAA-03")}");
        Assert.That(await partner.FinalStatusAsync(response), Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task An_instructor_sees_only_their_own_week()
    {
        var amira = await App.WithDbAsync(db => db.Instructors.Where(i => i.FullName == "Amira Haddad").Select(i => i.Id).SingleAsync());
        var other = await App.NewCohortAsync("TST-WEEK", new DateOnly(2027, 9, 7));
        await App.WithDbAsync(async db =>
        {
            db.Sessions.Add(Session(other, "Amira's guest lecture", new DateTime(2027, 9, 8, 15, 30, 0, DateTimeKind.Utc), amira));
            db.Sessions.Add(Session(other, "Someone else's lecture", new DateTime(2027, 9, 9, 15, 30, 0, DateTimeKind.Utc), other.InstructorId));
            return await db.SaveChangesAsync();
        });
        var instructor = await App.SignInAsync(BootcampApp.Instructor);

        var week = await instructor.GetPageAsync("/Schedule/Instructor?week=2027-09-06");

        var text = week.Body!.TextContent;
        Assert.That(week.QuerySelector("h1")!.TextContent, Does.Contain("Amira Haddad"));
        Assert.That(text, Does.Contain("Amira's guest lecture").And.Contain("17:30–21:00"));
        Assert.That(text, Does.Not.Contain("Someone else's lecture"));
        Assert.That((await instructor.GetAsync($"/Schedule/Instructor/{other.InstructorId}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Staff_see_the_week_of_an_instructor_of_their_centre()
    {
        var amira = await App.WithDbAsync(db => db.Instructors.Where(i => i.FullName == "Amira Haddad").Select(i => i.Id).SingleAsync());
        var staff = await App.SignInAsync(BootcampApp.Staff);
        var page = await staff.GetPageAsync($"/Schedule/Instructor/{amira}");
        Assert.That(page.QuerySelector("h1")!.TextContent, Does.Contain("Amira Haddad"));
    }

    [TestCase(BootcampApp.Admin)]
    [TestCase(BootcampApp.Staff)]
    public async Task The_network_views_render_for_admin_and_staff(string email)
    {
        var client = await App.SignInAsync(email);
        var timeline = await client.GetPageAsync("/Schedule/Timeline");
        Assert.That(timeline.QuerySelector("svg rect title")!.TextContent, Does.Contain("BER-"));
        Assert.That(timeline.QuerySelectorAll("script"), Is.Empty);
        var rooms = await client.GetPageAsync("/Schedule/Rooms");
        Assert.That(rooms.QuerySelectorAll("table.rooms tbody tr"), Is.Not.Empty);
        var cohort = await client.GetPageAsync($"/Schedule/Cohort/{await App.CohortIdAsync("BER-FSW-07")}");
        Assert.That(cohort.QuerySelector("td.today[aria-current=date]"), Is.Not.Null, "today is marked in the current month");
        Assert.That(cohort.QuerySelectorAll(".chip"), Is.Not.Empty);
    }

    [Test]
    public async Task Staff_timeline_shows_only_their_centres()
    {
        var staff = await App.SignInAsync(BootcampApp.Staff);
        var text = (await staff.GetPageAsync("/Schedule/Timeline")).Body!.TextContent;
        Assert.That(text, Does.Contain("BER-FSW-07"));
        Assert.That(text, Does.Not.Contain("LIS-QAA-03"));
    }

    private static LectureSession Session(TestCohort cohort, string topic, DateTime startUtc, int instructorId) =>
        new(cohort.Id, cohort.ModuleId, topic, startUtc, startUtc.AddMinutes(210), null, instructorId);
}
