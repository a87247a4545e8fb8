using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Logging;
using Bootcamp.Domain.Progress;
using Bootcamp.Web.Features.Shared;

namespace Bootcamp.Web.Features.Learners;

public sealed record LearnerCohort(int Id, string Code, string Programme, string Centre, int CentreId, CohortStatus Status, DateOnly StartDate, DateOnly EndDate, DateOnly Today);

/// <summary>The learner and their enrolment in the cohort; <paramref name="Email"/> and <paramref name="Phone"/> are null for a partner.</summary>
public sealed record LearnerEnrolment(int EnrolmentId, int LearnerId, string Name, string? Email, string? Phone, EnrolmentStatus Status, DateOnly EnrolledOn,
    DateOnly? StatusChangedOn, string? StatusReason);

public sealed record LearnerDecision(bool Graduated, bool IsOverride, string? Reason, DateOnly DecidedOn, string DecidedBy);

/// <summary>A held lecture inside the learner's enrolment and how the roster marked them; null while the roster is not taken.</summary>
public sealed record LectureRow(int SessionId, DateOnly Date, string Module, string? Topic, AttendanceStatus? Mark);

/// <summary>
/// A module's exercise hours: what the learner logged alone and in groups, what the plan asked of them by yesterday
/// within their enrolment, the module's whole plan, and its share of the programme's requirement (as the badge rule reads it).
/// </summary>
public sealed record ModuleHours(string Module, int SoloMinutes, int GroupMinutes, int PlannedToDateMinutes, int PlannedMinutes, int RequiredMinutes)
{
    public int LoggedMinutes => SoloMinutes + GroupMinutes;
}

/// <summary>A group project of the cohort with the learner's group, the team grade, their adjustment and their result.</summary>
public sealed record ProjectRow(string Title, DateOnly DueDate, int PassMarkPercent, int? GroupId, string? Group, int? TeamGrade, int? Adjustment, int? Result, bool Passed);

public sealed record BadgeRow(string Badge, string Module, bool Awarded, IReadOnlyList<string> Shortfalls)
{
    public bool RuleHolds => Shortfalls.Count == 0;
}

/// <summary>
/// Soft skills as the viewer may see them: the ratings per skill (null for a partner, who sees only
/// <see cref="Verdict"/>), the point they were read at, and met, not met or not rated yet against the minimum.
/// </summary>
public sealed record SoftSkillsView(string? LatestPoint, bool FinalRated, IReadOnlyList<SkillAverage>? Averages, decimal Minimum)
{
    public string Verdict => LatestPoint is null ? "Not rated yet"
        : Averages is null || Averages.All(a => a.Average is null || a.Average >= Minimum) ? "Met" : "Not met";
}

/// <summary>What the viewer may do from the page: manage the enrolment (centre staff, admins) or log for the learner (instructors too).</summary>
public sealed record LearnerActions(bool CanManage, bool CanLog, bool SeesHistory);

/// <summary>
/// One learner's whole story in one cohort (issue 12): enrolment, attendance, exercise hours by module and kind,
/// projects, soft skills, badges, risks and history. Every figure comes from the progress engine for the centre's today;
/// only what the page shows is here, so a partner's page holds no soft-skill score and no history at all.
/// </summary>
public sealed record LearnerViewModel(
    LearnerCohort Cohort,
    LearnerEnrolment Enrolment,
    LearnerDecision? Decision,
    LearnerActions Actions,
    AttendanceSummary Attendance,
    ExerciseSummary Exercise,
    IReadOnlyList<Risk> Risks,
    IReadOnlyList<LectureRow> Lectures,
    Pager LecturePager,
    IReadOnlyList<ModuleHours> Hours,
    IReadOnlyList<ProjectRow> Projects,
    SoftSkillsView SoftSkills,
    IReadOnlyList<BadgeRow> Badges,
    IReadOnlyList<AuditRow> StatusHistory,
    IReadOnlyList<AuditRow> Corrections,
    int CorrectionCount,
    Pager CorrectionPager)
{
    public const int LecturesPerPage = 20;
    public const int CorrectionsPerPage = 20;

    public string Url => $"/Cohorts/{Cohort.Id}/Learners/{Enrolment.LearnerId}";

    /// <summary>A lecture's mark in words; a lecture with no mark says so.</summary>
    public static string Words(AttendanceStatus? mark) => mark?.ToString() ?? "Not recorded";
}
