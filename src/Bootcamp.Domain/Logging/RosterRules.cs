namespace Bootcamp.Domain.Logging;

/// <summary>When a lecture's roster may be taken (issue 4: attendance is taken on the day, by the cohort's instructors or staff).</summary>
public static class RosterRules
{
    public const string Cancelled = "This session was cancelled; it has no attendance.";
    public const string NotYet = "Attendance can be taken on the day of the session, not before.";

    /// <summary>Why the roster of a session on <paramref name="sessionDay"/> (the centre's date) cannot be taken on <paramref name="today"/>; null when it can.</summary>
    public static string? Refusal(bool cancelled, DateOnly sessionDay, DateOnly today) =>
        cancelled ? Cancelled
        : sessionDay > today ? NotYet
        : null;
}
