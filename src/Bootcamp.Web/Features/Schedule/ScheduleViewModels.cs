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
    int Replaced)
{
    public static SchedulePreview? Of(PlannedCalendar planned, IReadOnlyList<Choice> modules)
    {
        if (planned.Plan.Result is not { } result)
            return null;
        var titles = modules.ToDictionary(m => m.Id, m => m.Name);
        var conflicted = planned.Conflicts.Select(c => c.Session).ToHashSet(ReferenceEqualityComparer.Instance);
        var candidates = planned.Plan.Candidates;
        var rows = result.Planned.Sessions.Select((s, i) => new PreviewRow(s.Date, s.LocalStart, s.LocalEnd, titles[s.ModuleId], s.Topic,
            candidates[i].RoomName, candidates[i].InstructorName, conflicted.Contains(candidates[i]))).ToList();
        return new SchedulePreview(rows, result.EndDate, result.Planned.Skipped, planned.Conflicts, result.Kept.Count, result.Replaced.Count);
    }
}

/// <summary>
/// The generate page. <see cref="Instructors"/> come free first, with the clashes the planned calendar would give each;
/// a finished cohort (<see cref="CanGenerate"/> false) gets a message instead of the form.
/// </summary>
public sealed record GenerateViewModel(
    CohortHeader Cohort,
    GenerateForm Form,
    BreakForm Break,
    IReadOnlyList<Choice> Rooms,
    IReadOnlyList<InstructorOption> Instructors,
    IReadOnlyList<Choice> Modules,
    IReadOnlyList<BreakRow> Breaks,
    int ExistingSessions,
    SchedulePreview? Preview)
{
    public bool CanGenerate => !Cohort.IsFinished;
}

public sealed record ModuleLegend(int Position, string Title);

/// <summary>A session on the month calendar; those who manage the cohort get a link to change it.</summary>
public sealed record SessionChip(SessionRow Session, bool Manages);

public sealed record CalendarDay(DateOnly Date, bool InMonth, bool IsToday, string? ClosedReason, IReadOnlyList<SessionChip> Sessions);

public sealed record CohortCalendarViewModel(
    CohortHeader Cohort,
    DateOnly Month,
    IReadOnlyList<IReadOnlyList<CalendarDay>> Weeks,
    IReadOnlyList<ModuleLegend> Modules,
    IReadOnlyList<BreakRow> Breaks,
    bool CanManage,
    string FeedUrl);

public sealed record ShiftViewModel(CohortHeader Cohort, ShiftForm Form, int SessionsAfterToday);

public sealed record ConflictRow(ConflictKind Kind, string Message, int? SessionId, string CohortCode, DateTime StartUtc, bool CanOverride, string? AcceptedBecause);

public sealed record ConflictsViewModel(Choice Centre, IReadOnlyList<Choice> Centres, IReadOnlyList<ConflictRow> Conflicts);

/// <summary>
/// A lecture in a week view at its local times. <see cref="Session"/> is null for a lecture of a cohort the viewer
/// may not see: the page shows only that the time is taken.
/// </summary>
public sealed record WeekEntry(DateTime LocalStart, DateTime LocalEnd, string TimeZoneId, SessionRow? Session)
{
    public bool IsCancelled => Session?.IsCancelled == true;
}

public sealed record WeekDay(DateOnly Date, bool IsToday, IReadOnlyList<WeekEntry> Sessions);

/// <summary>A week as a table (the <c>_WeekDays</c> partial); across cohorts it names each session's cohort and centre.</summary>
public sealed record WeekTable(IReadOnlyList<WeekDay> Days, bool ShowCohort);

/// <summary>An instructor's week; <see cref="FeedUrl"/> only for the instructor themself and admins.</summary>
public sealed record InstructorWeekViewModel(
    Choice Instructor,
    IReadOnlyList<Choice> Instructors,
    DateOnly WeekStart,
    WeekTable Week,
    string? FeedUrl);

public sealed record RoomWeekRow(Choice Room, IReadOnlyList<IReadOnlyList<SessionRow>> Days);

public sealed record RoomWeekViewModel(
    Choice Centre,
    string TimeZoneId,
    IReadOnlyList<Choice> Centres,
    DateOnly WeekStart,
    IReadOnlyList<DateOnly> Dates,
    IReadOnlyList<RoomWeekRow> Rooms);

public sealed record PrintWeekViewModel(CohortHeader Cohort, DateOnly WeekStart, WeekTable Week);

public sealed record TimelineBar(int CohortId, string Code, string ProgrammeCode, int Colour, DateOnly Start, DateOnly End, CohortStatus Status, bool EndEstimated);

/// <summary>A centre's cohorts on the timeline, with the centre's own today: the network spans time zones.</summary>
public sealed record TimelineCentre(string Name, DateOnly Today, IReadOnlyList<TimelineBar> Cohorts);

public sealed record ProgrammeLegend(string Code, string Name, int Colour);

/// <summary>Cohorts of each centre as bars across months; <see cref="X"/> places a date on the chart.</summary>
public sealed record TimelineViewModel(DateOnly From, int Months, IReadOnlyList<TimelineCentre> Centres, IReadOnlyList<ProgrammeLegend> Programmes)
{
    public const int LabelWidth = 130;
    public const int MonthWidth = 56;
    public const int RowHeight = 22;

    public DateOnly To => From.AddMonths(Months);

    public bool Shows(DateOnly date) => date >= From && date < To;
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
