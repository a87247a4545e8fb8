using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Programmes;

namespace Bootcamp.Domain.Progress;

/// <summary>
/// Attendance over the held sessions that fell inside the learner's enrolment. Late counts as attended; excused
/// absences and sessions whose roster was not taken yet are left out of the rate rather than held against the learner.
/// </summary>
public sealed record AttendanceSummary(int HeldSessions, int Attended, int Late, int Absent, int Excused, int Unrecorded)
{
    public int Counted => Attended + Absent;

    /// <summary>Attended over counted, 0 to 1; null while no counted session exists.</summary>
    public decimal? Rate => Counted == 0 ? null : (decimal)Attended / Counted;
}

/// <summary>
/// Exercise minutes logged against the plan. <see cref="PlannedToDateMinutes"/> is what a learner who started with the
/// cohort and kept to plan has done by the end of yesterday (today's hours are usually logged after the work);
/// <see cref="PlannedSinceEnrolmentMinutes"/> is the part of that plan that fell inside this learner's enrolment.
/// </summary>
public sealed record ExerciseSummary(
    int LoggedMinutes,
    int GroupMinutes,
    int PlannedToDateMinutes,
    int PlannedSinceEnrolmentMinutes,
    int PlannedTotalMinutes,
    int RequiredMinutes,
    int RequiredGroupMinutes,
    int ProjectedMinutes)
{
    public int SoloMinutes => LoggedMinutes - GroupMinutes;

    /// <summary>Group minutes over logged minutes, 0 to 1; null while nothing is logged.</summary>
    public decimal? GroupShare => LoggedMinutes == 0 ? null : (decimal)GroupMinutes / LoggedMinutes;
}

public sealed record SkillAverage(string Skill, decimal? Average);

/// <summary>
/// The instructor's ratings per rubric skill as the programme's <see cref="SoftSkillSource"/> reads them: the rating at
/// the latest assessment point the learner was rated at, or the average over the points rated so far. A skill without
/// a rating there has no average. <paramref name="LatestPoint"/> is that point's name (null before any rating), and
/// <paramref name="FinalRated"/> says whether it is the cohort's final assessment.
/// </summary>
public sealed record SoftSkillSummary(string? LatestPoint, bool FinalRated, IReadOnlyList<SkillAverage> Averages)
{
    public static SoftSkillSummary None { get; } = new(null, false, []);
}

public sealed record MissingBadge(int ModuleId, string ModuleTitle, string BadgeName);

public sealed record BadgeSummary(int Earned, int Available, IReadOnlyList<MissingBadge> Missing);

/// <summary>Why the pace says a learner will miss a criterion.</summary>
public sealed record Risk(GraduationCriterion Criterion, string Message);

/// <summary>Where a learner stands against the plan on <see cref="Today"/>.</summary>
public sealed record LearnerProgress(
    int LearnerId,
    DateOnly Today,
    bool CohortEnded,
    EnrolmentPeriod Enrolment,
    AttendanceSummary Attendance,
    ExerciseSummary Exercise,
    IReadOnlyList<ProjectResult> Projects,
    SoftSkillSummary SoftSkills,
    BadgeSummary Badges,
    IReadOnlyList<Risk> Risks)
{
    public bool IsAtRisk => Risks.Count > 0;

    public int ProjectsPassed => Projects.Count(p => p.Passed);
}
