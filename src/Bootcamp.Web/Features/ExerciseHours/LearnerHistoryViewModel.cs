using Bootcamp.Web.Features.Shared;

namespace Bootcamp.Web.Features.ExerciseHours;

/// <summary>One module's hours of a learner, solo and group.</summary>
public sealed record ModuleHours(string Module, int SoloMinutes, int GroupMinutes)
{
    public int Total => SoloMinutes + GroupMinutes;
}

/// <summary>A learner's hours page: the sums by module and kind over every entry, one page of the entries, and the history.</summary>
public sealed record LearnerHistoryViewModel(
    LoggingCohort Cohort,
    LearnerOption Learner,
    IReadOnlyList<ModuleHours> ByModule,
    int EntryCount,
    IReadOnlyList<EntryRow> Entries,
    Pager EntryPager,
    IReadOnlyList<AuditRow> Audit)
{
    public const int PageSize = 25;

    public int SoloMinutes => ByModule.Sum(m => m.SoloMinutes);
    public int GroupMinutes => ByModule.Sum(m => m.GroupMinutes);
}
