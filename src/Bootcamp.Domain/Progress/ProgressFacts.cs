using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Logging;
using Bootcamp.Domain.Programmes;
using Bootcamp.Domain.Projects;

namespace Bootcamp.Domain.Progress;

/// <summary>A module of the cohort's programme with what it plans and whether it awards a badge.</summary>
public sealed record ModuleTarget(int ModuleId, string Title, int PlannedLectureMinutes, int PlannedExerciseMinutes, string? BadgeName);

/// <summary>One lecture session of the cohort; <paramref name="Date"/> is the local day at the centre.</summary>
public sealed record SessionFact(int SessionId, int ModuleId, DateOnly Date, DateTime StartUtc, int Minutes, bool Cancelled)
{
    /// <summary>Held means it took place: not cancelled and already started (as <c>LectureSession.IsHeldBy</c>).</summary>
    public bool IsHeldBy(DateTime nowUtc) => !Cancelled && StartUtc <= nowUtc;
}

public sealed record AttendanceMark(int SessionId, AttendanceStatus Status);

/// <summary>A learner's exercise minutes on one day of one kind (and module, where the badge rule needs it), already summed.</summary>
public sealed record ExerciseDay(DateOnly Date, ExerciseKind Kind, int Minutes, int ModuleId = 0);

/// <summary>
/// A group project of the cohort and the learner's result in it, if their group is graded: the team grade adjusted by
/// their contribution, as <see cref="ProjectScore"/> computes it. <paramref name="ModuleId"/> is the module the project
/// assesses, if any: its badge asks for the project passed.
/// </summary>
public sealed record ProjectResult(int ProjectId, string Title, DateOnly DueDate, int PassMarkPercent, int? GradePercent, int? ModuleId = null)
{
    public bool IsGraded => GradePercent is not null;
    public bool Passed => GradePercent is { } result && ProjectScore.Passed(result, PassMarkPercent);
}

/// <summary>A skill of the programme's soft-skill rubric.</summary>
public sealed record SkillFact(int SkillId, string Name);

/// <summary>An assessment point of the cohort; the cohort's last one by date is its final assessment.</summary>
public sealed record PointFact(int PointId, string Name, DateOnly Date);

/// <summary>An instructor's rating of the learner in one skill at one assessment point (self and peer ratings are not evidence here).</summary>
public sealed record SkillScore(int SkillId, int PointId, int Score);

/// <summary>
/// What is the same for every learner of a cohort: its calendar, the programme's modules and criteria, and the clock.
/// <paramref name="Today"/> is the centre's local date and <paramref name="NowUtc"/> the same moment as an instant.
/// <paramref name="EndDate"/> is the last lecture day. <paramref name="Skills"/> is the programme's rubric and
/// <paramref name="Points"/> the cohort's assessment points in date order, the final one last.
/// </summary>
public sealed record CohortFacts(
    DateOnly StartDate,
    DateOnly EndDate,
    IReadOnlyList<ModuleTarget> Modules,
    IReadOnlyList<SessionFact> Sessions,
    GraduationCriteria Criteria,
    DateOnly Today,
    DateTime NowUtc,
    IReadOnlyList<SkillFact> Skills,
    IReadOnlyList<PointFact> Points);

/// <summary>
/// One learner's evidence in a cohort. Marks, hours, scores and badges are this learner's only. With a
/// <paramref name="Tally"/> the marks and hours come already counted (the network dashboard reads them from the
/// summary table) and <paramref name="Marks"/> and <paramref name="Exercise"/> are empty: only
/// <see cref="ProgressCalculator"/> reads such facts.
/// </summary>
public sealed record LearnerFacts(
    int LearnerId,
    EnrolmentPeriod Enrolment,
    IReadOnlyList<AttendanceMark> Marks,
    IReadOnlyList<ExerciseDay> Exercise,
    IReadOnlyList<ProjectResult> Projects,
    IReadOnlyList<SkillScore> SoftSkills,
    IReadOnlySet<int> BadgeModuleIds,
    EvidenceTally? Tally = null);

/// <summary>
/// A learner's marks per status over the cohort's held lectures inside their enrolment, and their exercise minutes,
/// counted before the facts were built; the same numbers <see cref="ProgressCalculator"/> would count from the marks and days.
/// </summary>
public sealed record EvidenceTally(int Present, int Late, int Absent, int Excused, int LoggedMinutes, int GroupMinutes)
{
    public int Marked => Present + Late + Absent + Excused;
}
