namespace Bootcamp.Domain.Scheduling;

/// <summary>
/// An instructor who could teach a cohort, with how many of its planned lectures they are already busy for; null when
/// no calendar could be planned to check against.
/// </summary>
public sealed record InstructorOption(int Id, string Name, bool TeachesCohort, int? Clashes)
{
    public bool IsFree => Clashes == 0;
}

/// <summary>
/// Which instructors are free for a calendar about to be planned (issue 12: the generator used to pre-select the
/// cohort's first instructor even when they taught elsewhere at those times).
/// </summary>
public static class InstructorAvailability
{
    /// <summary>
    /// For each instructor, the number of <paramref name="planned"/> sessions that overlap one of their
    /// <paramref name="bookings"/> (scheduled sessions anywhere in the network). The planned sessions carry no
    /// instructor; each is tried with every one in turn.
    /// </summary>
    public static IReadOnlyDictionary<int, int> Clashes(IReadOnlyList<BookedSession> planned, IReadOnlyList<BookedSession> bookings,
        IReadOnlyCollection<int> instructorIds)
    {
        var clashes = new Dictionary<int, int>();
        foreach (var instructorId in instructorIds.Distinct())
        {
            var theirs = bookings.Where(b => b.InstructorId == instructorId).ToList();
            var tried = planned.Select(p => p with { InstructorId = instructorId, RoomId = null }).ToList();
            clashes[instructorId] = theirs.Count == 0
                ? 0
                : ConflictDetector.Overlaps(tried, theirs).Where(c => c.Kind == ConflictKind.InstructorDoubleBooked)
                    .Select(c => c.Session).Distinct().Count();
        }
        return clashes;
    }

    /// <summary>
    /// Free instructors first, then those not checked, then those who clash, fewest clashes first; within each, the
    /// cohort's own before others, then by name.
    /// </summary>
    public static IReadOnlyList<InstructorOption> Ranked(IEnumerable<InstructorOption> options) =>
        [.. options.OrderBy(o => o.Clashes switch { 0 => 0, null => 1, _ => 2 }).ThenBy(o => o.Clashes ?? 0)
            .ThenBy(o => o.TeachesCohort ? 0 : 1).ThenBy(o => o.Name, StringComparer.Ordinal)];

    /// <summary>
    /// The instructor to pre-select: the first of the cohort's own who is free. Never one who clashes, and never
    /// someone from outside the cohort, whom staff should choose on purpose.
    /// </summary>
    public static int? Suggested(IEnumerable<InstructorOption> options) =>
        Ranked(options).FirstOrDefault(o => o.IsFree && o.TeachesCohort)?.Id;
}
