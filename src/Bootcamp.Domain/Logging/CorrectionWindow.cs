using Bootcamp.Domain.Common;

namespace Bootcamp.Domain.Logging;

public enum EditorRole
{
    Instructor,
    CentreStaff,
    Admin,
}

/// <summary>
/// Someone asks to change or delete a logged entry (hours or attendance). <paramref name="RecordedOn"/> is the day
/// the entry was first recorded, not the day it is about, so hours logged late can still be fixed that week.
/// Whether the editor may touch the cohort at all is scope, decided before this rule.
/// </summary>
public sealed record CorrectionRequest(string RecordedBy, DateOnly RecordedOn, string Editor, EditorRole Role, string? Reason, DateOnly Today);

/// <summary>
/// Issue 4: an instructor may correct their own entries for a number of days (a setting, 7 by default); after
/// that only centre staff can, and they must give a reason.
/// </summary>
public static class CorrectionWindow
{
    public const int DefaultDays = 7;

    /// <summary>Open through the <paramref name="days"/>th day after the entry was recorded: with 7, an entry of a Monday is open until the next Monday ends.</summary>
    public static bool IsOpen(DateOnly recordedOn, DateOnly today, int days = DefaultDays) =>
        today.DayNumber - recordedOn.DayNumber <= days;

    public static DateOnly LastOpenDay(DateOnly recordedOn, int days = DefaultDays) => recordedOn.AddDays(days);

    public static IReadOnlyList<FieldProblem> Check(CorrectionRequest request, int days = DefaultDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var open = IsOpen(request.RecordedOn, request.Today, days);
        if (request.Role == EditorRole.Instructor)
        {
            if (!string.Equals(request.RecordedBy, request.Editor, StringComparison.OrdinalIgnoreCase))
                return [new("Entry", "Only the instructor who logged this entry, or centre staff, can correct it.")];
            if (!open)
                return [new("Entry", $"The {days}-day correction window closed on {Wording.Date(LastOpenDay(request.RecordedOn, days))}; ask centre staff to correct it.")];
            return [];
        }
        if (!open && string.IsNullOrWhiteSpace(request.Reason))
            return [new(nameof(request.Reason), $"A correction after the {days}-day window needs a reason.")];
        return [];
    }
}
