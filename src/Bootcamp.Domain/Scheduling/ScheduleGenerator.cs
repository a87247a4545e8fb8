using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Common;

namespace Bootcamp.Domain.Scheduling;

public sealed record ModulePlan(int ModuleId, string Title, int LectureMinutes, IReadOnlyList<string> Topics);

public sealed record PlannedSession(
    int ModuleId,
    string? Topic,
    DateOnly Date,
    TimeOnly LocalStart,
    TimeOnly LocalEnd,
    DateTime StartUtc,
    DateTime EndUtc,
    int? RoomId = null,
    int? InstructorId = null)
{
    public int Minutes => (int)(EndUtc - StartUtc).TotalMinutes;
}

public sealed record SkippedDay(DateOnly Date, string Reason);

public sealed record GeneratedSchedule(IReadOnlyList<PlannedSession> Sessions, IReadOnlyList<SkippedDay> Skipped)
{
    public DateOnly? EndDate => Sessions.Count == 0 ? null : Sessions[^1].Date;

    /// <summary>Lecture minutes that found no slot within the planning horizon; above zero means the calendar is incomplete.</summary>
    public int UnplannedMinutes { get; init; }
}

/// <summary>What a cohort's calendar is made from; the room labels every generated session, the instructor or the rota says who teaches it.</summary>
public sealed record ScheduleRequest(
    IReadOnlyList<ModulePlan> Modules,
    IReadOnlyList<LectureSlot> Pattern,
    DateOnly StartDate,
    TimeZoneInfo Zone)
{
    public ClosedDays Closed { get; init; } = ClosedDays.None;
    public int? RoomId { get; init; }
    public int? InstructorId { get; init; }

    /// <summary>Who teaches which session when several instructors share the cohort; overrides <see cref="InstructorId"/> in <see cref="CalendarPlanner"/>.</summary>
    public InstructorRota? Rota { get; init; }
}

/// <summary>A stored session as plain data, for regeneration and shifting.</summary>
public sealed record ExistingSession(
    int Id,
    int ModuleId,
    string? Topic,
    DateTime StartUtc,
    DateTime EndUtc,
    int? RoomId,
    int? InstructorId,
    bool IsCancelled = false,
    bool HasAttendance = false)
{
    public int Minutes => (int)(EndUtc - StartUtc).TotalMinutes;
}

/// <summary>
/// A calendar planned again from a date: <see cref="Kept"/> stay untouched, <see cref="Replaced"/> are to be
/// deleted, and <see cref="Planned"/> are the new sessions for the lecture time still to give.
/// </summary>
public sealed record RegeneratedSchedule(
    IReadOnlyList<ExistingSession> Kept,
    IReadOnlyList<ExistingSession> Replaced,
    GeneratedSchedule Planned,
    DateOnly? EndDate);

/// <summary>
/// Turns a programme's ordered modules into lecture sessions on a weekly pattern, in the centre's time zone.
/// A session belongs to one module; when a module's remaining time is shorter than the slot, the session is
/// shortened rather than shared, so module boundaries stay clean and the next module starts in the next slot.
/// </summary>
public static class ScheduleGenerator
{
    private const int MaxDays = 366 * 2;

    public const string StartDateField = "StartDate";

    public static GeneratedSchedule Generate(
        IReadOnlyList<ModulePlan> modules,
        IReadOnlyList<LectureSlot> pattern,
        DateOnly startDate,
        TimeZoneInfo zone,
        Func<DateOnly, string?> closedReason) =>
        Plan(Queue(modules, _ => 0, _ => 0), pattern, startDate, zone, closedReason, [], null, null);

    public static GeneratedSchedule Generate(ScheduleRequest request) =>
        Plan(Queue(request.Modules, _ => 0, _ => 0), request.Pattern, request.StartDate, request.Zone,
            request.Closed.ReasonFor, [], request.RoomId, request.InstructorId);

    /// <summary>
    /// Plans again from <paramref name="fromDate"/> (local to the centre). A session that started before that day,
    /// or that has attendance, is kept as it is; the others are replaced. Each module gets only the lecture time
    /// its kept, not cancelled, sessions do not already give, and its topics carry on where the kept ones stopped.
    /// </summary>
    public static RegeneratedSchedule Regenerate(ScheduleRequest request, IReadOnlyList<ExistingSession> existing, DateOnly fromDate)
    {
        CalendarRange.Check(StartDateField, fromDate, "The day the calendar is planned from");
        var cutoffUtc = ToUtc(fromDate, TimeOnly.MinValue, request.Zone);
        var byKeep = existing.OrderBy(s => s.StartUtc).ToLookup(s => s.StartUtc < cutoffUtc || s.HasAttendance);
        var kept = byKeep[true].ToList();
        var replaced = byKeep[false].ToList();
        var given = kept.Where(s => !s.IsCancelled).GroupBy(s => s.ModuleId)
            .ToDictionary(g => g.Key, g => (Minutes: g.Sum(s => s.Minutes), Count: g.Count()));

        var queue = Queue(request.Modules,
            m => given.TryGetValue(m.ModuleId, out var g) ? g.Minutes : 0,
            m => given.TryGetValue(m.ModuleId, out var g) ? g.Count : 0);
        var occupied = kept.Where(s => !s.IsCancelled && s.StartUtc >= cutoffUtc).Select(s => (s.StartUtc, s.EndUtc)).ToList();
        var start = fromDate > request.StartDate ? fromDate : request.StartDate;
        var planned = Plan(queue, request.Pattern, start, request.Zone, request.Closed.ReasonFor, occupied, request.RoomId, request.InstructorId);

        var lastKept = kept.Where(s => !s.IsCancelled).Select(s => (DateOnly?)DateOnly.FromDateTime(ToLocal(s.StartUtc, request.Zone))).LastOrDefault();
        var endDate = planned.EndDate is { } plannedEnd && (lastKept is null || plannedEnd > lastKept) ? plannedEnd : lastKept;
        return new(kept, replaced, planned, endDate);
    }

    /// <summary>
    /// Local wall-clock time to UTC, read as RFC 5545 reads iCalendar times (the feeds must agree with the stored
    /// instants): a time in a spring-forward gap uses the offset from before the gap, so 02:30 on the change day
    /// becomes 03:30 rather than failing; a time that occurs twice in autumn means the first occurrence.
    /// </summary>
    public static DateTime ToUtc(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        TimeSpan offset;
        if (zone.IsInvalidTime(local))
            offset = zone.GetUtcOffset(local.AddDays(-1));
        else if (zone.IsAmbiguousTime(local))
            offset = zone.GetAmbiguousTimeOffsets(local).Max();
        else
            offset = zone.GetUtcOffset(local);
        return DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
    }

    public static DateTime ToLocal(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);

    private sealed class ModuleLeft(ModulePlan module, int remaining, int topicIndex)
    {
        public ModulePlan Module { get; } = module;
        public int Remaining { get; set; } = remaining;
        public int TopicIndex { get; set; } = topicIndex;

        public string? NextTopic() =>
            Module.Topics.Count == 0 ? null : Module.Topics[TopicIndex++ % Module.Topics.Count];
    }

    private static Queue<ModuleLeft> Queue(IReadOnlyList<ModulePlan> modules, Func<ModulePlan, int> minutesGiven, Func<ModulePlan, int> sessionsGiven) =>
        new(modules
            .Select(m => new ModuleLeft(m, m.LectureMinutes - minutesGiven(m), sessionsGiven(m)))
            .Where(m => m.Remaining > 0));

    private static GeneratedSchedule Plan(
        Queue<ModuleLeft> queue,
        IReadOnlyList<LectureSlot> pattern,
        DateOnly startDate,
        TimeZoneInfo zone,
        Func<DateOnly, string?> closedReason,
        IReadOnlyList<(DateTime StartUtc, DateTime EndUtc)> occupied,
        int? roomId,
        int? instructorId)
    {
        CalendarRange.Check(StartDateField, startDate, "The first lecture day");
        var sessions = new List<PlannedSession>();
        var skipped = new List<SkippedDay>();
        var slotsByDay = pattern.Where(s => s.End > s.Start).GroupBy(s => s.Day)
            .ToDictionary(g => g.Key, g => g.OrderBy(s => s.Start).ToList());

        for (var date = startDate;
             queue.Count > 0 && slotsByDay.Count > 0 && date.DayNumber - startDate.DayNumber < MaxDays && date <= CalendarRange.Last;
             date = date.AddDays(1))
        {
            if (!slotsByDay.TryGetValue(date.DayOfWeek, out var slots))
                continue;
            if (closedReason(date) is { } reason)
            {
                skipped.Add(new(date, reason));
                continue;
            }
            foreach (var slot in slots)
            {
                if (queue.Count == 0)
                    break;
                var slotStartUtc = ToUtc(date, slot.Start, zone);
                var slotEndUtc = ToUtc(date, slot.End, zone);
                if (occupied.Any(o => o.StartUtc < slotEndUtc && slotStartUtc < o.EndUtc))
                    continue;
                var module = queue.Peek();
                var minutes = Math.Min(module.Remaining, slot.Minutes);
                var end = slot.Start.AddMinutes(minutes);
                sessions.Add(new(module.Module.ModuleId, module.NextTopic(), date, slot.Start, end,
                    slotStartUtc, ToUtc(date, end, zone), roomId, instructorId));
                module.Remaining -= minutes;
                if (module.Remaining == 0)
                    queue.Dequeue();
            }
        }
        return new(sessions, skipped) { UnplannedMinutes = queue.Sum(m => m.Remaining) };
    }
}
