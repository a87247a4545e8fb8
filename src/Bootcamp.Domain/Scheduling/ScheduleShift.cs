using Bootcamp.Domain.Common;

namespace Bootcamp.Domain.Scheduling;

/// <summary>
/// The sessions moved, the closed days they skipped, and the calendar's last lecture day afterwards: the later of the
/// cohort's end date and the last session still scheduled.
/// </summary>
public sealed record ShiftResult(IReadOnlyList<ExistingSession> Moved, IReadOnlyList<SkippedDay> Skipped, DateOnly? EndDate);

/// <summary>
/// Moves the rest of a calendar later, for an unplanned closure. Sessions move in local wall-clock time, so a
/// 17:30 lecture stays 17:30 even when the shift crosses a daylight-saving change.
/// </summary>
public static class ScheduleShift
{
    private const int MaxExtraWeeks = 104;

    public const string FromDateField = "FromDate";

    /// <summary>
    /// Every session on or after <paramref name="fromDate"/> (local) moves <paramref name="days"/> days later; use
    /// 7 per week. Cancelled sessions stay where they were, as the record of what did not happen.
    /// With <paramref name="closed"/>, a session that would land on a closed day is not put there: the sessions
    /// keep their order and each takes the next open one of the shifted times, and the last ones continue the
    /// calendar's weekly rhythm, so no session lands on a holiday and no two sessions collide.
    /// </summary>
    public static ShiftResult Shift(
        IReadOnlyList<ExistingSession> sessions,
        DateOnly fromDate,
        int days,
        TimeZoneInfo zone,
        ClosedDays? closed = null,
        DateOnly? cohortEnd = null)
    {
        if (days < 1)
            throw new DomainException("Days", "Shift the sessions by at least one day.");
        CalendarRange.Check(FromDateField, fromDate, "The date sessions move from");
        var movers = sessions
            .Where(s => !s.IsCancelled && DateOnly.FromDateTime(ScheduleGenerator.ToLocal(s.StartUtc, zone)) >= fromDate)
            .OrderBy(s => s.StartUtc)
            .Select(s => (Session: s, Local: LocalSpan.Of(s, zone)))
            .ToList();
        var targets = movers.Select(m => m.Local with { Date = m.Local.Date.AddDays(days) }).ToList();
        if (closed is null)
            return Result(sessions, [.. movers.Select((m, i) => Place(m.Session, targets[i], zone))], [], zone, cohortEnd);

        var skipped = new List<SkippedDay>();
        var open = new List<LocalSpan>();
        foreach (var target in targets)
        {
            if (closed.ReasonFor(target.Date) is { } reason)
                skipped.Add(new(target.Date, reason));
            else
                open.Add(target);
        }
        var lastWeek = targets.Where(t => t.Date > targets[^1].Date.AddDays(-7)).ToList();
        for (var week = 1; open.Count < movers.Count && week <= MaxExtraWeeks; week++)
        {
            foreach (var slot in lastWeek.Select(t => t with { Date = t.Date.AddDays(7 * week) }))
            {
                if (closed.ReasonFor(slot.Date) is { } reason)
                    skipped.Add(new(slot.Date, reason));
                else if (open.Count < movers.Count)
                    open.Add(slot);
            }
        }
        var moved = movers.Take(open.Count)
            .Select((m, i) => Place(m.Session, open[i] with { Length = m.Local.Length }, zone))
            .ToList();
        return Result(sessions, moved, [.. skipped.DistinctBy(s => s.Date)], zone, cohortEnd);
    }

    private static ShiftResult Result(IReadOnlyList<ExistingSession> sessions, IReadOnlyList<ExistingSession> moved, IReadOnlyList<SkippedDay> skipped,
        TimeZoneInfo zone, DateOnly? cohortEnd)
    {
        var movedIds = moved.Select(m => m.Id).ToHashSet();
        var lastUtc = sessions.Where(s => !s.IsCancelled && !movedIds.Contains(s.Id)).Select(s => s.StartUtc)
            .Concat(moved.Select(m => m.StartUtc))
            .Select(utc => (DateTime?)utc)
            .Max();
        var lastDay = lastUtc is { } utc ? DateOnly.FromDateTime(ScheduleGenerator.ToLocal(utc, zone)) : (DateOnly?)null;
        if (lastDay is { } day && !CalendarRange.Contains(day))
            throw new DomainException(FromDateField, CalendarRange.Problem("A shifted session's date"));
        var endDate = cohortEnd is { } end && (lastDay is null || end > lastDay) ? end : lastDay;
        return new(moved, skipped, endDate);
    }

    private static ExistingSession Place(ExistingSession session, LocalSpan span, TimeZoneInfo zone)
    {
        var start = span.Date.ToDateTime(span.Start).Add(span.Length);
        return session with
        {
            StartUtc = ScheduleGenerator.ToUtc(span.Date, span.Start, zone),
            EndUtc = ScheduleGenerator.ToUtc(DateOnly.FromDateTime(start), TimeOnly.FromDateTime(start), zone),
        };
    }

    private sealed record LocalSpan(DateOnly Date, TimeOnly Start, TimeSpan Length)
    {
        public static LocalSpan Of(ExistingSession session, TimeZoneInfo zone)
        {
            var start = ScheduleGenerator.ToLocal(session.StartUtc, zone);
            var end = ScheduleGenerator.ToLocal(session.EndUtc, zone);
            return new(DateOnly.FromDateTime(start), TimeOnly.FromDateTime(start), end - start);
        }
    }
}
