using System.Net;
using Bootcamp.IntegrationTests.Support;
using Ical.Net;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Schedule;

/// <summary>
/// The private iCal feeds, read back with Ical.Net's own parser. The cohort runs Tuesdays and Thursdays at 17:30 from
/// 2 March to 8 April 2027, across Berlin's change to summer time on 28 March.
/// </summary>
public sealed class CalendarFeedTests : AppFixture
{
    private HttpClient _staff = null!;
    private TestCohort _cohort = null!;

    protected override async Task ArrangeFixtureAsync()
    {
        _staff = await App.SignInAsync(BootcampApp.Staff);
        var start = new DateOnly(2027, 3, 2);
        _cohort = await App.NewCohortAsync("TST-FEED", start, modules: 6);
        await _staff.SaveCalendarAsync(_cohort, start, "Tue 17:30-21:00", "Thu 17:30-21:00");
        var first = (await App.SessionsAsync(_cohort.Id))[0];
        var cancelled = await _staff.PostFormAsync($"/Schedule/Session/{first.Id}", $"/Schedule/Cancel/{first.Id}", new() { ["Cancel.Reason"] = "Room flooded" });
        Assert.That(cancelled.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }

    [Test]
    public async Task The_cohort_feed_has_every_session_a_timezone_and_local_times_in_summer_and_winter()
    {
        var response = await App.Anonymous().GetAsync($"/calendars/cohort/{await CohortTokenAsync()}.ics");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/calendar"));

        var calendar = Calendar.Load(await response.Content.ReadAsStringAsync())!;
        var events = calendar.Events.OrderBy(e => e.DtStart!.AsUtc).ToList();

        Assert.That(events, Has.Count.EqualTo(12));
        Assert.That(calendar.TimeZones.Select(z => z.TzId), Does.Contain("Europe/Berlin"));
        var winter = events.Single(e => e.DtStart!.Date == new DateOnly(2027, 3, 4));
        var summer = events.Single(e => e.DtStart!.Date == new DateOnly(2027, 4, 6));
        foreach (var e in new[] { winter, summer })
        {
            Assert.That(e.DtStart!.TzId, Is.EqualTo("Europe/Berlin"));
            Assert.That((e.DtStart.Hour, e.DtStart.Minute), Is.EqualTo((17, 30)));
            Assert.That((e.DtEnd!.Hour, e.DtEnd.Minute), Is.EqualTo((21, 0)));
        }
        Assert.That(winter.DtStart!.AsUtc, Is.EqualTo(new DateTime(2027, 3, 4, 16, 30, 0, DateTimeKind.Utc)));
        Assert.That(summer.DtStart!.AsUtc, Is.EqualTo(new DateTime(2027, 4, 6, 15, 30, 0, DateTimeKind.Utc)));
        Assert.That(winter.Summary, Does.Contain("TST-FEED").And.Contain("TST-FEED module 1"));
        Assert.That(winter.Location, Does.Contain("Room TST-FEED"));
        Assert.That(winter.Url!.ToString(), Does.Contain($"/Schedule/Cohort/{_cohort.Id}"));
        Assert.That(events[0].Status, Is.EqualTo(EventStatus.Cancelled));
        Assert.That(events.Skip(1).Select(e => e.Status), Is.All.EqualTo(EventStatus.Confirmed));
    }

    [Test]
    public async Task The_instructor_feed_lists_their_sessions()
    {
        var token = await App.WithDbAsync(db => db.Instructors.Where(i => i.Id == _cohort.InstructorId).Select(i => i.CalendarToken).SingleAsync());
        var response = await App.Anonymous().GetAsync($"/calendars/instructor/{token}.ics");
        var calendar = Calendar.Load(await response.Content.ReadAsStringAsync())!;
        Assert.That(calendar.Events, Has.Count.EqualTo(12));
        Assert.That(calendar.TimeZones, Is.Not.Empty);
    }

    [Test]
    public async Task A_wrong_token_gives_404()
    {
        var anonymous = App.Anonymous();
        Assert.That((await anonymous.GetAsync("/calendars/cohort/0123456789abcdef0123456789abcdef01234567.ics")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await anonymous.GetAsync("/calendars/instructor/not-a-token.ics")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Resetting_the_token_gives_a_new_address_and_the_old_one_stops_working()
    {
        var old = await CohortTokenAsync();
        var page = $"/Schedule/Cohort/{_cohort.Id}";
        var response = await _staff.PostFormAsync(page, $"/Schedule/ResetCohortToken/{_cohort.Id}", []);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        var fresh = await CohortTokenAsync();
        Assert.That(fresh, Is.Not.EqualTo(old));
        var anonymous = App.Anonymous();
        Assert.That((await anonymous.GetAsync($"/calendars/cohort/{old}.ics")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await anonymous.GetAsync($"/calendars/cohort/{fresh}.ics")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await _staff.GetStringAsync(page), Does.Contain($"/calendars/cohort/{fresh}.ics"));
    }

    [Test]
    public async Task An_instructor_can_reset_their_own_feed_address()
    {
        var instructor = await App.SignInAsync(BootcampApp.Instructor);
        var before = await App.WithDbAsync(db => db.Instructors.Where(i => i.FullName == "Amira Haddad").Select(i => new { i.Id, i.CalendarToken }).SingleAsync());
        var response = await instructor.PostFormAsync("/Schedule/Instructor", $"/Schedule/ResetInstructorToken/{before.Id}", []);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var after = await App.WithDbAsync(db => db.Instructors.Where(i => i.Id == before.Id).Select(i => i.CalendarToken).SingleAsync());
        Assert.That(after, Is.Not.EqualTo(before.CalendarToken));
    }

    private Task<string> CohortTokenAsync() =>
        App.WithDbAsync(db => db.Cohorts.Where(c => c.Id == _cohort.Id).Select(c => c.CalendarToken).SingleAsync());
}
