using System.Globalization;
using System.Net;
using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Centres;
using Bootcamp.Domain.Programmes;
using Bootcamp.Domain.Scheduling;
using Bootcamp.IntegrationTests.Support;
using Bootcamp.Web.Data.Configurations;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Schedule;

/// <summary>A cohort arranged for one test, with a room, instructor and programme of its own so it collides with nothing.</summary>
public sealed record TestCohort(int Id, string Code, int CentreId, int RoomId, int InstructorId, int ModuleId);

/// <summary>Builders and form helpers for the schedule tests. Everything is placed at Berlin Kreuzberg (Europe/Berlin).</summary>
public static class ScheduleScenario
{
    public const string Berlin = "Berlin Kreuzberg";

    /// <summary>
    /// A planned cohort of a new programme whose modules each need <paramref name="minutesPerModule"/> of lectures,
    /// with a room and an instructor nobody else uses.
    /// </summary>
    public static Task<TestCohort> NewCohortAsync(this BootcampApp app, string code, DateOnly start, int modules = 3, int minutesPerModule = 420) =>
        app.WithDbAsync(async db =>
        {
            var centre = await db.Centres.Include(c => c.Rooms).SingleAsync(c => c.Name == Berlin);
            var room = centre.AddRoom($"Room {code}", 20);
            var instructor = new Instructor($"Teacher {code}", $"{code.ToLowerInvariant()}@test.local", centre.Id);
            var programme = new Programme($"T{code}", $"Programme {code}", "Test", 30, "Arranged by a test.");
            for (var i = 1; i <= modules; i++)
                programme.AddModule($"{code} module {i}", minutesPerModule, 600, null, [$"Topic {i}a", $"Topic {i}b"]);
            db.AddRange(instructor, programme);
            await db.SaveChangesAsync();
            var pattern = new[] { new LectureSlot(DayOfWeek.Tuesday, new TimeOnly(17, 30), new TimeOnly(21, 0)) };
            var cohort = new Cohort(code, programme.Id, centre.Id, start, 20, pattern);
            cohort.Update(code, start, 20, room.Id, pattern);
            cohort.SetInstructors([instructor.Id]);
            db.Cohorts.Add(cohort);
            await db.SaveChangesAsync();
            var first = programme.Modules.Single(m => m.Position == 1);
            return new TestCohort(cohort.Id, code, centre.Id, room.Id, instructor.Id, first.Id);
        });

    public static Task AddHolidayAsync(this BootcampApp app, DateOnly day, string name) =>
        app.WithDbAsync(async db =>
        {
            var centre = await db.Centres.Include(c => c.Holidays).SingleAsync(c => c.Name == Berlin);
            centre.AddHoliday(name, day, day, HolidayKind.PublicHoliday);
            return await db.SaveChangesAsync();
        });

    public static Task<List<LectureSession>> SessionsAsync(this BootcampApp app, int cohortId) =>
        app.WithDbAsync(db => db.Sessions.AsNoTracking().Where(s => s.CohortId == cohortId).OrderBy(s => s.StartUtc).ToListAsync());

    /// <summary>The generate form's fields: a start date and lecture slots given as "Tue 17:30-21:00".</summary>
    public static Dictionary<string, string> GenerateFields(DateOnly start, TestCohort cohort, string command, params string[] slots)
    {
        var parsed = PatternText.Parse(string.Join("; ", slots));
        var fields = new Dictionary<string, string>
        {
            ["Form.StartDate"] = Iso(start),
            ["Form.RoomId"] = cohort.RoomId.ToString(CultureInfo.InvariantCulture),
            ["Form.InstructorId"] = cohort.InstructorId.ToString(CultureInfo.InvariantCulture),
            ["command"] = command,
        };
        DayOfWeek[] week = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];
        for (var i = 0; i < week.Length; i++)
        {
            fields[$"Form.Days[{i}].Day"] = week[i].ToString();
            if (parsed.FirstOrDefault(s => s.Day == week[i]) is not { } slot)
                continue;
            fields[$"Form.Days[{i}].Lectures"] = "true";
            fields[$"Form.Days[{i}].Start"] = slot.Start.ToString("HH:mm", CultureInfo.InvariantCulture);
            fields[$"Form.Days[{i}].End"] = slot.End.ToString("HH:mm", CultureInfo.InvariantCulture);
        }
        return fields;
    }

    public static async Task<HttpResponseMessage> GenerateAsync(this HttpClient client, TestCohort cohort, Dictionary<string, string> fields) =>
        await client.PostFormAsync($"/Schedule/Generate/{cohort.Id}", $"/Schedule/Generate/{cohort.Id}", fields);

    /// <summary>Generates and saves a cohort's calendar, failing the test if the save is refused.</summary>
    public static async Task SaveCalendarAsync(this HttpClient client, TestCohort cohort, DateOnly start, params string[] slots)
    {
        var response = await client.GenerateAsync(cohort, GenerateFields(start, cohort, "save", slots));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await response.Content.ReadAsStringAsync());
    }

    public static Dictionary<string, string> MoveFields(DateOnly date, string start, string end, int? roomId, int? instructorId) => new()
    {
        ["Form.Date"] = Iso(date),
        ["Form.Start"] = start,
        ["Form.End"] = end,
        ["Form.RoomId"] = roomId?.ToString(CultureInfo.InvariantCulture) ?? "",
        ["Form.InstructorId"] = instructorId?.ToString(CultureInfo.InvariantCulture) ?? "",
    };

    public static DateOnly LocalDate(DateTime utc) =>
        DateOnly.FromDateTime(ScheduleGenerator.ToLocal(utc, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")));

    public static TimeOnly LocalTime(DateTime utc) =>
        TimeOnly.FromDateTime(ScheduleGenerator.ToLocal(utc, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")));

    /// <summary>The first <paramref name="day"/> at least <paramref name="daysAhead"/> days from today in Berlin.</summary>
    public static DateOnly Next(DayOfWeek day, int daysAhead)
    {
        var date = LocalDate(BootcampApp.Start.UtcDateTime).AddDays(daysAhead);
        while (date.DayOfWeek != day)
            date = date.AddDays(1);
        return date;
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
