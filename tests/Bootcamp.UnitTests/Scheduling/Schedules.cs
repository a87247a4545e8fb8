using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Scheduling;

namespace Bootcamp.UnitTests.Scheduling;

/// <summary>Test data for the scheduling rules: zones, weekly patterns, modules and sessions.</summary>
internal static class Schedules
{
    public static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    public static readonly TimeZoneInfo Toronto = TimeZoneInfo.FindSystemTimeZoneById("America/Toronto");

    public static readonly TimeOnly Evening = new(17, 30);
    public static readonly TimeOnly EveningEnd = new(21, 0);

    /// <summary>Sunday, Tuesday and Thursday 17:30 to 21:00: 210 minutes a slot.</summary>
    public static IReadOnlyList<LectureSlot> ThreeEvenings { get; } =
    [
        new(DayOfWeek.Sunday, Evening, EveningEnd),
        new(DayOfWeek.Tuesday, Evening, EveningEnd),
        new(DayOfWeek.Thursday, Evening, EveningEnd),
    ];

    public static IReadOnlyList<LectureSlot> TuesdayThursdayEvenings { get; } =
    [
        new(DayOfWeek.Tuesday, Evening, EveningEnd),
        new(DayOfWeek.Thursday, Evening, EveningEnd),
    ];

    /// <summary>Monday to Friday 09:00 to 16:00: 420 minutes a slot.</summary>
    public static IReadOnlyList<LectureSlot> FullTimeWeekdays { get; } =
        [.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(d => new LectureSlot(d, new TimeOnly(9, 0), new TimeOnly(16, 0)))];

    public static ModulePlan Module(int id, int minutes, params string[] topics) => new(id, $"Module {id}", minutes, topics);

    public static DateOnly Day(int year, int month, int day) => new(year, month, day);

    public static DateTime Utc(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    public static ScheduleRequest Request(IReadOnlyList<LectureSlot> pattern, DateOnly start, params ModulePlan[] modules) =>
        new(modules, pattern, start, Berlin);

    public static ClosedDays Closed(params ClosedPeriod[] periods) => new(periods);

    public static ClosedPeriod Holiday(DateOnly day, string name) => new(day, day, $"Public holiday: {name}");

    /// <summary>Stored sessions numbered from 1 in date order, as the database would hand them back.</summary>
    public static List<ExistingSession> Stored(GeneratedSchedule schedule) =>
        [.. schedule.Sessions.Select((s, i) => new ExistingSession(i + 1, s.ModuleId, s.Topic, s.StartUtc, s.EndUtc, s.RoomId, s.InstructorId))];

    public static TimeOnly LocalStart(DateTime utc, TimeZoneInfo zone) => TimeOnly.FromDateTime(ScheduleGenerator.ToLocal(utc, zone));

    public static DateOnly LocalDate(DateTime utc, TimeZoneInfo zone) => DateOnly.FromDateTime(ScheduleGenerator.ToLocal(utc, zone));
}
