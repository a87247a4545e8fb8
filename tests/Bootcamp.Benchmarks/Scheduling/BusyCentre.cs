using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Scheduling;

namespace Bootcamp.Benchmarks.Scheduling;

/// <summary>
/// A Berlin centre three years deep in lectures: 12 rooms, 30 instructors and a fixed number of stored sessions
/// placed by a seeded random generator, so every run measures the same calendar.
/// </summary>
public sealed class BusyCentre
{
    public const string ZoneId = "Europe/Berlin";
    public const int Rooms = 12;
    public const int Instructors = 30;
    public static readonly DateOnly FirstDay = new(2026, 1, 1);
    public static readonly DateOnly LastDay = new(2028, 12, 31);

    private static readonly (TimeOnly Start, TimeOnly End)[] Slots =
    [
        (new(9, 0), new(12, 30)),
        (new(13, 0), new(16, 30)),
        (new(17, 30), new(21, 0)),
    ];

    private BusyCentre(IReadOnlyList<BookedSession> sessions, ClosedDays closed)
    {
        Sessions = sessions;
        Closed = closed;
    }

    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);
    public IReadOnlyList<BookedSession> Sessions { get; }
    public ClosedDays Closed { get; }

    public static BusyCentre WithSessions(int count, int seed = 20261129)
    {
        var random = new Random(seed);
        var days = LastDay.DayNumber - FirstDay.DayNumber + 1;
        var sessions = new List<BookedSession>(count);
        for (var id = 1; id <= count; id++)
        {
            var date = FirstDay.AddDays(random.Next(days));
            var (start, end) = Slots[random.Next(Slots.Length)];
            var roomId = 1 + random.Next(Rooms);
            sessions.Add(new BookedSession(id, 1 + (id % 200), $"BER-C{id % 200:000}", ZoneId,
                ScheduleGenerator.ToUtc(date, start, Zone), ScheduleGenerator.ToUtc(date, end, Zone))
            {
                RoomId = roomId,
                RoomName = $"Room {roomId}",
                InstructorId = 1 + random.Next(Instructors),
                InstructorName = $"Instructor {id % Instructors}",
            });
        }
        return new BusyCentre(sessions, new ClosedDays(Holidays()));
    }

    /// <summary>The request for a 39-week evening cohort (Sunday, Tuesday, Thursday 17:30 to 21:00) of nine modules.</summary>
    public ScheduleRequest ThirtyNineWeekCohort(DateOnly startDate, int roomId, int instructorId)
    {
        const int sessionsPerModule = 13;
        var pattern = new[] { DayOfWeek.Sunday, DayOfWeek.Tuesday, DayOfWeek.Thursday }
            .Select(day => new LectureSlot(day, new TimeOnly(17, 30), new TimeOnly(21, 0)))
            .ToList();
        var modules = Enumerable.Range(1, 9)
            .Select(i => new ModulePlan(i, $"Module {i}", sessionsPerModule * 210, [.. Enumerable.Range(1, 6).Select(t => $"Topic {i}.{t}")]))
            .ToList();
        return new ScheduleRequest(modules, pattern, startDate, Zone) { Closed = Closed, RoomId = roomId, InstructorId = instructorId };
    }

    private static IEnumerable<ClosedPeriod> Holidays()
    {
        for (var year = FirstDay.Year; year <= LastDay.Year; year++)
        {
            yield return new(new(year, 1, 1), new(year, 1, 1), "Public holiday: New Year's Day");
            yield return new(new(year, 3, 8), new(year, 3, 8), "Public holiday: International Women's Day");
            yield return new(new(year, 5, 1), new(year, 5, 1), "Public holiday: Labour Day");
            yield return new(new(year, 10, 3), new(year, 10, 3), "Public holiday: Day of German Unity");
            yield return new(new(year, 12, 24), new(year, 12, 31), "Centre closed: winter break");
        }
    }
}
