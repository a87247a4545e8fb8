using System.Net;
using Bootcamp.Domain.Centres;
using Bootcamp.Domain.Scheduling;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Schedule;

/// <summary>
/// Issue 8, finding 5: rows already stored at the ends of the calendar (a session and a break on 2100-12-31, and a
/// holiday on 9999-12-31 written before the ranges were checked) leave every schedule page of the centre working.
/// A database of its own, since these rows would touch the other tests' Berlin pages.
/// </summary>
public sealed class StoredEdgeDateTests : AppFixture
{
    private HttpClient _staff = null!;
    private TestCohort _cohort = null!;

    protected override async Task ArrangeFixtureAsync()
    {
        _staff = await App.SignInAsync(BootcampApp.Staff);
        _cohort = await App.NewCohortAsync("TST-EDGE", new DateOnly(2100, 12, 7));
        await App.WithDbAsync(async db =>
        {
            var centre = await db.Centres.Include(c => c.Holidays).SingleAsync(c => c.Id == _cohort.CentreId);
            centre.AddHoliday("Last day there is", new DateOnly(2100, 12, 30), new DateOnly(2100, 12, 30), HolidayKind.Closure);
            db.CohortBreaks.Add(new CohortBreak(_cohort.Id, "Year end", new DateOnly(2100, 12, 31), new DateOnly(2100, 12, 31)));
            var start = new DateTime(2100, 12, 31, 21, 0, 0, DateTimeKind.Utc);
            db.Sessions.Add(new LectureSession(_cohort.Id, _cohort.ModuleId, "Last lecture", start, start.AddMinutes(150), _cohort.RoomId, _cohort.InstructorId));
            await db.SaveChangesAsync();
            return await db.Database.ExecuteSqlRawAsync(
                """UPDATE "Holidays" SET "FirstDay" = '9999-12-31', "LastDay" = '9999-12-31' WHERE "Name" = 'Last day there is'""");
        });
    }

    [TestCase("/Schedule/Conflicts/{centre}")]
    [TestCase("/Schedule/Cohort/{cohort}")]
    [TestCase("/Schedule/Cohort/{cohort}?month=2100-12")]
    [TestCase("/Schedule/Print/{cohort}?week=2100-12-27")]
    [TestCase("/Schedule/Rooms/{centre}?week=2100-12-27")]
    [TestCase("/Schedule/Instructor/{instructor}?week=2100-12-27")]
    [TestCase("/Schedule/Generate/{cohort}")]
    [TestCase("/Schedule/Shift/{cohort}")]
    [TestCase("/Schedule/Timeline?from=2100-06")]
    public async Task A_page_of_the_centre_answers_despite_rows_at_the_ends_of_the_calendar(string address)
    {
        var url = address.Replace("{cohort}", _cohort.Id.ToString()).Replace("{centre}", _cohort.CentreId.ToString())
            .Replace("{instructor}", _cohort.InstructorId.ToString());

        var response = await _staff.GetAsync(url);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
    }

    [Test]
    public async Task The_session_on_the_last_day_shows_on_the_cohorts_last_month()
    {
        var page = await _staff.GetPageAsync($"/Schedule/Cohort/{_cohort.Id}?month=2100-12");
        Assert.That(page.QuerySelectorAll(".chip").Select(c => c.TextContent), Has.Some.Contains("Last lecture"));
    }
}
