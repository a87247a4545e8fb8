using System.Globalization;

namespace Bootcamp.Domain.Scheduling;

public enum ConflictKind
{
    RoomDoubleBooked,
    InstructorDoubleBooked,
    OnHoliday,
    OutsideCohortDates,
}

/// <summary>
/// A session as the conflict rules see it, stored (<see cref="SessionId"/> set) or only planned. Room and
/// instructor ids are unique across the network, so equal ids mean the same room or person in any centre.
/// </summary>
public sealed record BookedSession(int? SessionId, int CohortId, string CohortCode, string TimeZoneId, DateTime StartUtc, DateTime EndUtc)
{
    public int? RoomId { get; init; }
    public string? RoomName { get; init; }
    public int? InstructorId { get; init; }
    public string? InstructorName { get; init; }

    /// <summary>
    /// A lecture of a cohort the reader may not see (another centre's): messages name it only as another centre's
    /// lecture at its time, in the zone of the session it collides with, so no code, topic, room or zone leaks.
    /// </summary>
    public bool Hidden { get; init; }
}

public sealed record ScheduleConflict(ConflictKind Kind, BookedSession Session, BookedSession? Other, string Message)
{
    /// <summary>
    /// A double booking or a lecture on a closed day can be a deliberate choice (a shared room for a joint session,
    /// a co-taught hour, a make-up lecture on a bridge day), so staff may keep it if they say why. A session outside
    /// the cohort's dates cannot be kept: those dates bound enrolment, attendance rates, reports and what partners
    /// are told, so a lecture outside them would be counted nowhere. The fix is to change the cohort's dates.
    /// </summary>
    public bool CanOverride => Kind != ConflictKind.OutsideCohortDates;
}

/// <summary>
/// Finds what is wrong with sessions about to be saved (<c>candidates</c>) against those already there. Overlaps use
/// UTC instants, so centres in different time zones compare correctly; messages show each session in its local time.
/// </summary>
public static class ConflictDetector
{
    public static IReadOnlyList<ScheduleConflict> Check(
        IReadOnlyList<BookedSession> candidates,
        IReadOnlyList<BookedSession> existing,
        ClosedDays closed,
        DateOnly cohortStart,
        DateOnly? cohortEnd) =>
        [.. Overlaps(candidates, existing)
            .Concat(OnHolidays(candidates, closed))
            .Concat(OutsideCohortDates(candidates, cohortStart, cohortEnd))
            .OrderBy(c => c.Session.StartUtc)
            .ThenBy(c => c.Kind)];

    /// <summary>
    /// Room and instructor double bookings of each candidate against the existing sessions and against the other
    /// candidates (each pair once). An existing session with the same id as a candidate is that candidate's old
    /// version and is left out. Pass scheduled sessions only: a cancelled one books nothing. Sessions that only
    /// touch (one ends at 21:00, the next starts at 21:00) do not overlap.
    /// Each room's and instructor's sessions are sorted by start once, so a check costs O((n + m) log n) rather
    /// than comparing every candidate with every existing session.
    /// </summary>
    public static IReadOnlyList<ScheduleConflict> Overlaps(IReadOnlyList<BookedSession> candidates, IReadOnlyList<BookedSession> existing)
    {
        var replacedIds = candidates.Where(c => c.SessionId is not null).Select(c => c.SessionId).ToHashSet();
        var entries = existing
            .Where(e => e.SessionId is null || !replacedIds.Contains(e.SessionId))
            .Select(e => new Entry(e, -1))
            .Concat(candidates.Select((c, i) => new Entry(c, i)))
            .ToList();
        var rooms = Lanes(entries, e => e.RoomId);
        var instructors = Lanes(entries, e => e.InstructorId);

        var conflicts = new List<ScheduleConflict>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var session = candidates[i];
            if (session.RoomId is { } roomId && rooms.TryGetValue(roomId, out var roomLane))
            {
                foreach (var other in roomLane.Overlapping(session, i))
                    conflicts.Add(new(ConflictKind.RoomDoubleBooked, session, other, RoomMessage(session, other)));
            }
            if (session.InstructorId is { } instructorId && instructors.TryGetValue(instructorId, out var instructorLane))
            {
                foreach (var other in instructorLane.Overlapping(session, i))
                    conflicts.Add(new(ConflictKind.InstructorDoubleBooked, session, other, InstructorMessage(session, other)));
            }
        }
        return conflicts;
    }

    /// <summary>Candidates whose local start date (in their centre's zone) is a closed day.</summary>
    public static IReadOnlyList<ScheduleConflict> OnHolidays(IReadOnlyList<BookedSession> candidates, ClosedDays closed) =>
        [.. candidates
            .Select(s => (Session: s, Reason: closed.ReasonFor(LocalDate(s))))
            .Where(x => x.Reason is not null)
            .Select(x => new ScheduleConflict(ConflictKind.OnHoliday, x.Session, null,
                $"{x.Session.CohortCode} has a lecture on {Describe(x.Session)}, a day without lectures ({x.Reason})."))];

    /// <summary>Candidates before the cohort's start date or after its end date (when it has one), by local date.</summary>
    public static IReadOnlyList<ScheduleConflict> OutsideCohortDates(IReadOnlyList<BookedSession> candidates, DateOnly cohortStart, DateOnly? cohortEnd) =>
        [.. candidates
            .Where(s => LocalDate(s) < cohortStart || LocalDate(s) > cohortEnd)
            .Select(s => new ScheduleConflict(ConflictKind.OutsideCohortDates, s, null,
                $"{s.CohortCode} has a lecture on {Describe(s)}, outside the cohort's dates ({DatesText(cohortStart, cohortEnd)}). Change the cohort's dates first."))];

    private static string RoomMessage(BookedSession a, BookedSession b) =>
        $"Room {a.RoomName ?? $"#{a.RoomId}"} is booked twice: {a.CohortCode} on {Describe(a)} and {Other(a, b)}.";

    private static string InstructorMessage(BookedSession a, BookedSession b) =>
        $"{a.InstructorName ?? $"Instructor #{a.InstructorId}"} would teach {a.CohortCode} on {Describe(a)} and {Other(a, b)}, which overlap.";

    private static string Other(BookedSession a, BookedSession b) =>
        b.Hidden ? $"another centre's lecture on {Describe(b with { TimeZoneId = a.TimeZoneId })}" : $"{b.CohortCode} on {Describe(b)}";

    private static string DatesText(DateOnly start, DateOnly? end) =>
        end is { } last ? $"{Day(start)} to {Day(last)}" : $"from {Day(start)}";

    private static string Day(DateOnly date) => date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    private static string Describe(BookedSession s)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(s.TimeZoneId);
        var start = ScheduleGenerator.ToLocal(s.StartUtc, zone);
        var end = ScheduleGenerator.ToLocal(s.EndUtc, zone);
        return string.Create(CultureInfo.InvariantCulture, $"{start:ddd d MMM yyyy, HH:mm}–{end:HH:mm} ({s.TimeZoneId} time)");
    }

    private static DateOnly LocalDate(BookedSession s) =>
        DateOnly.FromDateTime(ScheduleGenerator.ToLocal(s.StartUtc, TimeZoneInfo.FindSystemTimeZoneById(s.TimeZoneId)));

    private static Dictionary<int, Lane> Lanes(List<Entry> entries, Func<BookedSession, int?> key) =>
        entries.Where(e => key(e.Session) is not null)
            .GroupBy(e => key(e.Session)!.Value)
            .ToDictionary(g => g.Key, g => new Lane([.. g.OrderBy(e => e.Session.StartUtc)]));

    private sealed record Entry(BookedSession Session, int CandidateIndex);

    /// <summary>The sessions of one room or one instructor, sorted by start.</summary>
    private sealed class Lane(Entry[] entries)
    {
        private readonly TimeSpan _longest = entries.Length == 0 ? TimeSpan.Zero : entries.Max(e => e.Session.EndUtc - e.Session.StartUtc);

        /// <summary>
        /// Sessions overlapping candidate <paramref name="index"/>, except itself and candidates before it (their
        /// pair was reported from the other side). No session longer than the longest can start earlier and overlap.
        /// </summary>
        public IEnumerable<BookedSession> Overlapping(BookedSession session, int index)
        {
            for (var i = FirstStartingAfter(session.StartUtc - _longest); i < entries.Length && entries[i].Session.StartUtc < session.EndUtc; i++)
            {
                var entry = entries[i];
                if (entry.CandidateIndex >= 0 && entry.CandidateIndex <= index)
                    continue;
                if (entry.Session.EndUtc > session.StartUtc)
                    yield return entry.Session;
            }
        }

        private int FirstStartingAfter(DateTime instant)
        {
            var (low, high) = (0, entries.Length);
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (entries[middle].Session.StartUtc <= instant)
                    low = middle + 1;
                else
                    high = middle;
            }
            return low;
        }
    }
}
