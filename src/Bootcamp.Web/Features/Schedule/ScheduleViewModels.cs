using Bootcamp.Web.Features.Shared;
using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Scheduling;

namespace Bootcamp.Web.Features.Schedule;

public sealed record ScheduleIndexViewModel(IReadOnlyList<CohortHeader> Cohorts, IReadOnlyList<Choice> Centres, IReadOnlyList<Choice> Instructors);

public sealed record BreakRow(int Id, string Name, DateOnly FirstDay, DateOnly LastDay);

public sealed record PreviewRow(DateOnly Date, TimeOnly Start, TimeOnly End, string Module, string? Topic, string? Room, string? Instructor, bool HasConflict);

public sealed record SchedulePreview(
    IReadOnlyList<PreviewRow> Sessions,
    DateOnly? EndDate,
    IReadOnlyList<SkippedDay> Skipped,
    IReadOnlyList<ScheduleConflict> Conflicts,
    int Kept,
    int Replaced);

public sealed record GenerateViewModel(
    CohortHeader Cohort,
    GenerateForm Form,
    BreakForm Break,
    IReadOnlyList<Choice> Rooms,
    IReadOnlyList<Choice> Instructors,
    IReadOnlyList<BreakRow> Breaks,
    int ExistingSessions,
    SchedulePreview? Preview);

public sealed record ModuleLegend(int Position, string Title);

public sealed record CalendarDay(DateOnly Date, bool InMonth, bool IsToday, string? ClosedReason, IReadOnlyList<SessionRow> Sessions);

public sealed record CohortCalendarViewModel(
    CohortHeader Cohort,
    DateOnly Month,
    IReadOnlyList<IReadOnlyList<CalendarDay>> Weeks,
    IReadOnlyList<ModuleLegend> Modules,
    IReadOnlyList<BreakRow> Breaks,
    bool CanManage,
    string FeedUrl);

public sealed record SessionViewModel(
    CohortHeader Cohort,
    SessionRow Session,
    SessionForm Form,
    CancelForm Cancel,
    IReadOnlyList<Choice> Rooms,
    IReadOnlyList<Choice> Instructors);

public sealed record AddSessionViewModel(
    CohortHeader Cohort,
    SessionForm Form,
    IReadOnlyList<Choice> Modules,
    IReadOnlyList<Choice> Rooms,
    IReadOnlyList<Choice> Instructors);

public sealed record ShiftViewModel(CohortHeader Cohort, ShiftForm Form, int SessionsAfterToday);

public sealed record ConflictRow(ConflictKind Kind, string Message, int? SessionId, string CohortCode, DateTime StartUtc, bool CanOverride, string? AcceptedBecause);

public sealed record ConflictsViewModel(Choice Centre, IReadOnlyList<Choice> Centres, IReadOnlyList<ConflictRow> Conflicts);

/// <summary>A session in a week view; one the viewer may not see in full shows only that the time is taken.</summary>
public sealed record WeekEntry(SessionRow Session, bool Visible);

public sealed record WeekDay(DateOnly Date, bool IsToday, IReadOnlyList<WeekEntry> Sessions);

public sealed record InstructorWeekViewModel(
    Choice Instructor,
    IReadOnlyList<Choice> Instructors,
    DateOnly WeekStart,
    IReadOnlyList<WeekDay> Days,
    string FeedUrl);

public sealed record RoomWeekRow(Choice Room, IReadOnlyList<IReadOnlyList<SessionRow>> Days);

public sealed record RoomWeekViewModel(
    Choice Centre,
    string TimeZoneId,
    IReadOnlyList<Choice> Centres,
    DateOnly WeekStart,
    IReadOnlyList<DateOnly> Dates,
    IReadOnlyList<RoomWeekRow> Rooms);

public sealed record PrintWeekViewModel(CohortHeader Cohort, DateOnly WeekStart, IReadOnlyList<WeekDay> Days);

public sealed record TimelineBar(int CohortId, string Code, string ProgrammeCode, int Colour, DateOnly Start, DateOnly End, CohortStatus Status, bool EndEstimated);

public sealed record TimelineCentre(string Name, IReadOnlyList<TimelineBar> Cohorts);

public sealed record ProgrammeLegend(string Code, string Name, int Colour);

/// <summary>Cohorts of each centre as bars across months; <see cref="X"/> places a date on the chart.</summary>
public sealed record TimelineViewModel(DateOnly From, int Months, DateOnly Today, IReadOnlyList<TimelineCentre> Centres, IReadOnlyList<ProgrammeLegend> Programmes)
{
    public const int LabelWidth = 130;
    public const int MonthWidth = 56;
    public const int RowHeight = 22;

    public DateOnly To => From.AddMonths(Months);
    public int Width => LabelWidth + Months * MonthWidth;

    public double X(DateOnly date)
    {
        var clamped = date < From ? From : date > To ? To : date;
        var month = (clamped.Year - From.Year) * 12 + clamped.Month - From.Month;
        var first = new DateOnly(clamped.Year, clamped.Month, 1);
        var fraction = month >= Months ? 0 : (double)(clamped.DayNumber - first.DayNumber) / DateTime.DaysInMonth(clamped.Year, clamped.Month);
        return LabelWidth + (month + fraction) * MonthWidth;
    }
}
