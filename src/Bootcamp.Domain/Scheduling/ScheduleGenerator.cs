using Bootcamp.Domain.Cohorts;

namespace Bootcamp.Domain.Scheduling;

public sealed record ModulePlan(int ModuleId, string Title, int LectureMinutes, IReadOnlyList<string> Topics);

public sealed record PlannedSession(int ModuleId, string? Topic, DateOnly Date, TimeOnly LocalStart, TimeOnly LocalEnd, DateTime StartUtc, DateTime EndUtc);

public sealed record SkippedDay(DateOnly Date, string Reason);

public sealed record GeneratedSchedule(IReadOnlyList<PlannedSession> Sessions, IReadOnlyList<SkippedDay> Skipped)
{
    public DateOnly? EndDate => Sessions.Count == 0 ? null : Sessions[^1].Date;
}

/// <summary>
/// Turns a programme's ordered modules into lecture sessions on a weekly pattern, in the centre's time zone.
/// A session belongs to one module; when a module's remaining time is shorter than the slot, the session is
/// shortened rather than shared, so module boundaries stay clean.
/// </summary>
public static class ScheduleGenerator
{
    private const int MaxDays = 366 * 2;

    public static GeneratedSchedule Generate(
        IReadOnlyList<ModulePlan> modules,
        IReadOnlyList<LectureSlot> pattern,
        DateOnly startDate,
        TimeZoneInfo zone,
        Func<DateOnly, string?> closedReason)
    {
        var sessions = new List<PlannedSession>();
        var skipped = new List<SkippedDay>();
        var queue = new Queue<(ModulePlan Module, int Remaining, int Index)>(
            modules.Where(m => m.LectureMinutes > 0).Select(m => (m, m.LectureMinutes, 0)));
        if (pattern.Count == 0)
            return new(sessions, skipped);

        for (var date = startDate; queue.Count > 0 && date.DayNumber - startDate.DayNumber < MaxDays; date = date.AddDays(1))
        {
            var slots = pattern.Where(s => s.Day == date.DayOfWeek).OrderBy(s => s.Start).ToList();
            if (slots.Count == 0)
                continue;
            var reason = closedReason(date);
            if (reason is not null)
            {
                skipped.Add(new(date, reason));
                continue;
            }
            foreach (var slot in slots)
            {
                if (queue.Count == 0)
                    break;
                var (module, remaining, index) = queue.Dequeue();
                var minutes = Math.Min(remaining, slot.Minutes);
                var end = slot.Start.AddMinutes(minutes);
                var topic = module.Topics.Count == 0 ? null : module.Topics[Math.Min(index, module.Topics.Count - 1)];
                sessions.Add(new(module.ModuleId, topic, date, slot.Start, end, ToUtc(date, slot.Start, zone), ToUtc(date, end, zone)));
                if (remaining - minutes > 0)
                {
                    var rest = new Queue<(ModulePlan, int, int)>();
                    rest.Enqueue((module, remaining - minutes, index + 1));
                    while (queue.Count > 0)
                        rest.Enqueue(queue.Dequeue());
                    queue = rest;
                }
            }
        }
        return new(sessions, skipped);
    }

    /// <summary>Local wall-clock time to UTC; a time that falls in a spring-forward gap is taken an hour later.</summary>
    public static DateTime ToUtc(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
            local = local.AddHours(1);
        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }
}
