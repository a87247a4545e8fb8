namespace Bootcamp.Domain.Cohorts;

public enum CohortStatus
{
    Planned,
    Active,
    Completed,
    Cancelled,
}

/// <summary>
/// The moves a cohort's status may make. A status only moves forward, because the calendar, the attendance and the
/// graduation decisions of a cohort are built on the status it had: planned, then active, then completed; a
/// planned or active cohort may be cancelled. Completed and cancelled are final.
/// </summary>
public static class CohortStatusMoves
{
    public const int MaxReasonLength = 400;

    /// <summary>The statuses a cohort in <paramref name="from"/> may move to, not counting staying where it is.</summary>
    public static IReadOnlyList<CohortStatus> Next(CohortStatus from) => from switch
    {
        CohortStatus.Planned => [CohortStatus.Active, CohortStatus.Cancelled],
        CohortStatus.Active => [CohortStatus.Completed, CohortStatus.Cancelled],
        _ => [],
    };

    /// <summary>Why the move from <paramref name="from"/> to <paramref name="to"/> is refused; null when it is allowed.</summary>
    public static string? Problem(CohortStatus from, CohortStatus to)
    {
        if (from == to || Next(from).Contains(to))
            return null;
        return from switch
        {
            CohortStatus.Completed or CohortStatus.Cancelled => $"A {Word(from)} cohort keeps its status; it cannot become {Word(to)}.",
            CohortStatus.Planned => "A planned cohort becomes active before it is completed.",
            _ => $"An {Word(from)} cohort cannot go back to {Word(to)}.",
        };
    }

    public static string Word(CohortStatus status) => status.ToString().ToLowerInvariant();
}
