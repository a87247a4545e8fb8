using System.Globalization;
using System.Net;
using Bootcamp.Domain.Scheduling;
using Bootcamp.IntegrationTests.Cohorts;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Schedule;

/// <summary>
/// Issue 8, findings 2 and 3 for the schedule: Amira Haddad is based in Berlin and also teaches LIS-QAA-03 in Lisbon.
/// Her feed address is hers (and admins'); staff of either centre see only the lectures of their own centre, and
/// Lisbon staff cannot put her on a session.
/// </summary>
public sealed class InstructorFeedTrustTests : AppFixture
{
    private const string LisbonStaff = "lisbon.staff@bootcamp.local";
    private int _amira;
    private string _token = "";

    protected override async Task ArrangeFixtureAsync()
    {
        (_amira, _token) = await App.WithDbAsync(async db =>
        {
            var amira = await db.Instructors.SingleAsync(i => i.FullName == "Amira Haddad");
            return (amira.Id, amira.CalendarToken);
        });
    }

    [TestCase(BootcampApp.Staff)]
    [TestCase(LisbonStaff)]
    public async Task Staff_do_not_see_an_instructors_feed_address_on_their_week(string staff)
    {
        var client = await App.SignInAsync(staff);

        var page = await client.GetPageAsync($"/Schedule/Instructor/{_amira}");

        Assert.That(page.QuerySelector("h1")!.TextContent, Does.Contain("Amira Haddad"));
        Assert.That(page.DocumentElement.OuterHtml, Does.Not.Contain(_token));
        Assert.That(page.QuerySelector("#feed-url"), Is.Null);
        Assert.That(page.QuerySelector($"a[href='/calendars/instructor/{_amira}/lectures.ics']"), Is.Not.Null, "staff get a signed-in download instead");
    }

    [Test]
    public async Task The_instructor_and_an_admin_see_the_feed_address()
    {
        var instructor = await App.SignInAsync(BootcampApp.Instructor);
        var admin = await App.SignInAsync(BootcampApp.Admin);
        var own = await instructor.GetPageAsync("/Schedule/Instructor");
        var admins = await admin.GetPageAsync($"/Schedule/Instructor/{_amira}");
        Assert.That(own.QuerySelector("#feed-url")!.GetAttribute("value"), Does.EndWith($"/calendars/instructor/{_token}.ics"));
        Assert.That(admins.QuerySelector("#feed-url")!.GetAttribute("value"), Does.EndWith($"/calendars/instructor/{_token}.ics"));
    }

    [TestCase(BootcampApp.Staff)]
    [TestCase(LisbonStaff)]
    public async Task Staff_cannot_reset_an_instructors_feed_address(string staff)
    {
        var client = await App.SignInAsync(staff);

        var response = await client.PostFormAsync($"/Schedule/Instructor/{_amira}", $"/Schedule/ResetInstructorToken/{_amira}", []);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await App.WithDbAsync(db => db.Instructors.Where(i => i.Id == _amira).Select(i => i.CalendarToken).SingleAsync()), Is.EqualTo(_token));
    }

    [Test]
    public async Task The_staff_download_of_an_instructors_lectures_holds_only_their_centres_lectures()
    {
        var lisbon = await App.SignInAsync(LisbonStaff);
        var berlinCohort = await App.CohortIdAsync("BER-FSW-07");
        var lisbonCohort = await App.CohortIdAsync("LIS-QAA-03");
        await App.WithDbAsync(async db =>
        {
            var module = await db.Modules.Where(m => db.Cohorts.Any(c => c.Id == berlinCohort && c.ProgrammeId == m.ProgrammeId)).Select(m => m.Id).FirstAsync();
            var start = new DateTime(2026, 7, 1, 15, 0, 0, DateTimeKind.Utc);
            db.Sessions.Add(new LectureSession(berlinCohort, module, "Berlin-only topic", start, start.AddHours(2), null, _amira));
            var lisbonSession = await db.Sessions.Where(s => s.CohortId == lisbonCohort).OrderBy(s => s.StartUtc).FirstAsync();
            lisbonSession.AssignInstructor(_amira);
            return await db.SaveChangesAsync();
        });

        var response = await lisbon.GetAsync($"/calendars/instructor/{_amira}/lectures.ics");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var calendar = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;
        Assert.That(calendar.Events.Select(e => e.Summary), Is.Not.Empty.And.All.StartsWith("LIS-QAA-03"));
        Assert.That(calendar.Events.Select(e => e.Description), Has.None.Contains("Berlin-only topic"));
    }

    [Test]
    public async Task A_conflict_with_another_centres_lecture_says_only_that_and_the_time()
    {
        var lisbon = await App.SignInAsync(LisbonStaff);
        var berlinCohort = await App.CohortIdAsync("BER-FSW-07");
        var lisbonCohort = await App.CohortIdAsync("LIS-QAA-03");
        var (sessionId, startUtc, endUtc, roomId) = await App.WithDbAsync(async db =>
        {
            var session = await db.Sessions.Where(s => s.CohortId == lisbonCohort && s.Status == SessionStatus.Scheduled && s.StartUtc > App.UtcNow)
                .OrderBy(s => s.StartUtc).FirstAsync();
            session.AssignInstructor(_amira);
            var module = await db.Modules.Where(m => db.Cohorts.Any(c => c.Id == berlinCohort && c.ProgrammeId == m.ProgrammeId)).Select(m => m.Id).FirstAsync();
            var spree = await db.Rooms.Where(r => r.Name == "Spree").Select(r => r.Id).SingleAsync();
            db.Sessions.Add(new LectureSession(berlinCohort, module, "Confidential Berlin topic", session.StartUtc, session.EndUtc, spree, _amira));
            await db.SaveChangesAsync();
            return (session.Id, session.StartUtc, session.EndUtc, session.RoomId);
        });
        var lisbonZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Lisbon");
        var localStart = ScheduleGenerator.ToLocal(startUtc, lisbonZone);
        var localEnd = ScheduleGenerator.ToLocal(endUtc, lisbonZone);
        var page = $"/Schedule/Session/{sessionId}";

        var refused = await lisbon.PostFormAsync(page, page, ScheduleScenario.MoveFields(DateOnly.FromDateTime(localStart),
            localStart.ToString("HH:mm", CultureInfo.InvariantCulture), localEnd.ToString("HH:mm", CultureInfo.InvariantCulture), roomId, _amira));

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var summary = (await refused.ReadPageAsync()).ErrorSummaryText();
        Assert.That(summary, Does.Contain("Amira Haddad would teach LIS-QAA-03").And.Contain("and another centre's lecture on"));
        Assert.That(summary, Does.Contain(localStart.ToString("HH:mm", CultureInfo.InvariantCulture)));
        Assert.That(summary, Does.Not.Contain("BER-FSW-07").And.Not.Contain("Confidential").And.Not.Contain("Spree").And.Not.Contain("Europe/Berlin"));
    }

    [Test]
    public async Task Staff_cannot_put_an_instructor_of_another_centre_on_a_new_session()
    {
        var lisbon = await App.SignInAsync(LisbonStaff);
        var lisbonCohort = await App.CohortIdAsync("LIS-QAA-03");
        var module = await App.WithDbAsync(db => db.Modules.Where(m => db.Cohorts.Any(c => c.Id == lisbonCohort && c.ProgrammeId == m.ProgrammeId))
            .Select(m => m.Id).FirstAsync());
        var fields = ScheduleScenario.MoveFields(DateOnly.FromDateTime(App.UtcNow).AddDays(3), "09:00", "10:00", null, _amira);
        fields["Form.ModuleId"] = module.ToString(CultureInfo.InvariantCulture);
        var before = await App.WithDbAsync(db => db.Sessions.CountAsync(s => s.CohortId == lisbonCohort));

        var response = await lisbon.PostFormAsync($"/Schedule/AddSession/{lisbonCohort}", $"/Schedule/AddSession/{lisbonCohort}", fields);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(CohortPages.ErrorFor(await response.ReadPageAsync(), "instructor-error"), Is.EqualTo("Choose one of the instructors listed."));
        Assert.That(await App.WithDbAsync(db => db.Sessions.CountAsync(s => s.CohortId == lisbonCohort)), Is.EqualTo(before));
    }

    [Test]
    public async Task Staff_cannot_generate_a_calendar_with_an_instructor_of_another_centre()
    {
        var lisbon = await App.SignInAsync(LisbonStaff);
        var lisbonCohort = await App.CohortIdAsync("LIS-QAA-03");
        var fields = new Dictionary<string, string>
        {
            ["Form.StartDate"] = "2026-09-01",
            ["Form.InstructorId"] = _amira.ToString(CultureInfo.InvariantCulture),
            ["Form.Days[1].Day"] = "Tuesday",
            ["Form.Days[1].Lectures"] = "true",
            ["Form.Days[1].Start"] = "18:00",
            ["Form.Days[1].End"] = "21:00",
            ["command"] = "preview",
        };

        var response = await lisbon.PostFormAsync($"/Schedule/Generate/{lisbonCohort}", $"/Schedule/Generate/{lisbonCohort}", fields);

        var page = await response.ReadPageAsync();
        Assert.That(CohortPages.ErrorFor(page, "instructor-error"), Is.EqualTo("Choose one of the instructors listed."));
        Assert.That(page.GetElementById("preview-heading"), Is.Null);
    }
}
