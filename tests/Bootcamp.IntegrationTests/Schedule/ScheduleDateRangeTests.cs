using System.Net;
using Bootcamp.IntegrationTests.Cohorts;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Schedule;

/// <summary>
/// Issue 8, findings 5 and 6 for the schedule: a date outside the years the app schedules in (2000-2100) is refused
/// next to its field, and a month or week typed into an address gives a page (brought back into range) or 404, never 500.
/// </summary>
public sealed class ScheduleDateRangeTests : AppFixture
{
    private HttpClient _staff = null!;
    private TestCohort _cohort = null!;

    protected override async Task ArrangeFixtureAsync()
    {
        _staff = await App.SignInAsync(BootcampApp.Staff);
        _cohort = await App.NewCohortAsync("TST-RANGE", new DateOnly(2027, 9, 7));
        await _staff.SaveCalendarAsync(_cohort, new DateOnly(2027, 9, 7), "Tue 17:30-21:00");
    }

    [TestCase("/Schedule/Cohort/{cohort}?month=9999-12")]
    [TestCase("/Schedule/Cohort/{cohort}?month=0001-01")]
    [TestCase("/Schedule/Cohort/{cohort}?month=2100-12")]
    [TestCase("/Schedule/Cohort/{cohort}?month=not-a-month")]
    [TestCase("/Schedule/Print/{cohort}?week=0001-01-01")]
    [TestCase("/Schedule/Print/{cohort}?week=9999-12-31")]
    [TestCase("/Schedule/Print/{cohort}?week=garbage")]
    [TestCase("/Schedule/Instructor/{instructor}?week=0001-01-01")]
    [TestCase("/Schedule/Instructor/{instructor}?week=9999-12-31")]
    [TestCase("/Schedule/Instructor/{instructor}?week=garbage")]
    [TestCase("/Schedule/Rooms?week=0001-01-01")]
    [TestCase("/Schedule/Rooms?week=9999-12-31")]
    [TestCase("/Schedule/Rooms?week=garbage")]
    [TestCase("/Schedule/Timeline?from=9999-12")]
    [TestCase("/Schedule/Timeline?from=0001-01")]
    [TestCase("/Schedule/Timeline?from=garbage")]
    [TestCase("/Schedule/AddSession/{cohort}?date=9999-12-31")]
    public async Task A_date_at_or_beyond_the_ends_of_the_calendar_in_the_address_gives_a_page(string address)
    {
        var url = address.Replace("{cohort}", _cohort.Id.ToString()).Replace("{instructor}", _cohort.InstructorId.ToString());

        var response = await _staff.GetAsync(url);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
    }

    [Test]
    public async Task The_far_month_shown_is_the_last_one_the_app_schedules_in()
    {
        var page = await _staff.GetPageAsync($"/Schedule/Cohort/{_cohort.Id}?month=9999-12");
        Assert.That(page.GetElementById("month-heading")!.TextContent, Is.EqualTo("December 2100"));
    }

    [TestCase("0001-01-01")]
    [TestCase("9999-12-31")]
    public async Task A_session_added_outside_the_calendar_years_is_refused_next_to_its_date(string date)
    {
        var fields = ScheduleScenario.MoveFields(new DateOnly(2027, 9, 9), "00:30", "02:00", _cohort.RoomId, _cohort.InstructorId);
        fields["Form.Date"] = date;
        fields["Form.ModuleId"] = _cohort.ModuleId.ToString();
        var url = $"/Schedule/AddSession/{_cohort.Id}";

        var response = await _staff.PostFormAsync(url, url, fields);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(CohortPages.ErrorFor(await response.ReadPageAsync(), "date-error"), Is.EqualTo("The session's date must be between 2000 and 2100."));
    }

    [Test]
    public async Task A_session_moved_into_year_9999_is_refused_next_to_its_date()
    {
        var session = (await App.SessionsAsync(_cohort.Id))[0];
        var page = $"/Schedule/Session/{session.Id}";
        var fields = ScheduleScenario.MoveFields(new DateOnly(2027, 9, 9), "17:30", "21:00", _cohort.RoomId, _cohort.InstructorId);
        fields["Form.Date"] = "9999-12-31";

        var response = await _staff.PostFormAsync(page, page, fields);

        Assert.That(CohortPages.ErrorFor(await response.ReadPageAsync(), "date-error"), Does.Contain("between 2000 and 2100"));
        Assert.That((await App.SessionsAsync(_cohort.Id))[0].StartUtc, Is.EqualTo(session.StartUtc));
    }

    [TestCase("9999-12-30", "9999-12-31", "break-first-error")]
    [TestCase("2027-10-01", "9999-12-31", "break-last-error")]
    public async Task A_break_outside_the_calendar_years_is_refused(string first, string last, string errorId)
    {
        var response = await _staff.PostFormAsync($"/Schedule/Generate/{_cohort.Id}", $"/Schedule/AddBreak/{_cohort.Id}", new()
        {
            ["Break.Name"] = "Far away",
            ["Break.FirstDay"] = first,
            ["Break.LastDay"] = last,
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(CohortPages.ErrorFor(await response.ReadPageAsync(), errorId), Does.Contain("between 2000 and 2100"));
        Assert.That(await App.WithDbAsync(db => db.CohortBreaks.CountAsync(b => b.CohortId == _cohort.Id)), Is.Zero);
    }

    [Test]
    public async Task Generating_from_year_9999_is_refused_next_to_the_first_lecture_day()
    {
        var fields = ScheduleScenario.GenerateFields(new DateOnly(2027, 9, 7), _cohort, "preview", "Tue 17:30-21:00");
        fields["Form.StartDate"] = "9999-12-07";

        var response = await _staff.GenerateAsync(_cohort, fields);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(CohortPages.ErrorFor(await response.ReadPageAsync(), "start-error"), Is.EqualTo("The first lecture day must be between 2000 and 2100."));
    }

    [Test]
    public async Task Shifting_from_year_9999_is_refused_next_to_the_date()
    {
        var url = $"/Schedule/Shift/{_cohort.Id}";
        var response = await _staff.PostFormAsync(url, url, new() { ["Form.FromDate"] = "9999-12-01", ["Form.Amount"] = "1", ["Form.Unit"] = "Weeks" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(CohortPages.ErrorFor(await response.ReadPageAsync(), "from-error"), Is.EqualTo("The date sessions move from must be between 2000 and 2100."));
    }
}
