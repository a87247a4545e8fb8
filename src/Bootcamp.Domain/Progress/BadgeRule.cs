using Bootcamp.Domain.Common;

namespace Bootcamp.Domain.Progress;

/// <summary>
/// One module's badge for one learner: the module's attendance, its exercise hours against what the badge asks, the
/// projects that assess the module, and what is still short, in words.
/// </summary>
public sealed record BadgeCheck(
    int ModuleId,
    string ModuleTitle,
    string BadgeName,
    AttendanceSummary Attendance,
    int ExerciseMinutes,
    int RequiredExerciseMinutes,
    int MinAttendancePercent,
    IReadOnlyList<ProjectResult> Assessments,
    IReadOnlyList<string> Shortfalls)
{
    public bool Earned => Shortfalls.Count == 0;
}

/// <summary>
/// When a module's badge is earned (issue 10, "Badges"; DESIGN.md: modules award micro-credentials): the module's
/// lecture attendance at the programme's attendance threshold, the module's exercise hours at its share of the
/// programme's requirement, and every project that assesses the module passed. Pure: the facts are those the
/// progress engine reads, so a badge and the progress page can never disagree.
/// </summary>
public static class BadgeRule
{
    /// <summary>
    /// The module's part of the programme's exercise requirement: its planned hours scaled by required over planned
    /// for the whole programme, never more than the module plans (a badge does not ask for more than its module holds).
    /// </summary>
    public static int RequiredExerciseMinutes(CohortFacts cohort, ModuleTarget module)
    {
        var planned = cohort.Modules.Sum(m => m.PlannedExerciseMinutes);
        if (planned == 0)
            return 0;
        var scaled = (int)((long)module.PlannedExerciseMinutes * cohort.Criteria.MinExerciseMinutes / planned);
        return Math.Min(module.PlannedExerciseMinutes, scaled);
    }

    /// <summary>Every badge of the programme for this learner, in module order; modules without a badge are left out.</summary>
    public static IReadOnlyList<BadgeCheck> ForLearner(CohortFacts cohort, LearnerFacts learner) =>
        [.. cohort.Modules.Where(m => m.BadgeName is not null).Select(m => Check(cohort, learner, m))];

    /// <summary>The learner's attendance over the module's held lectures and their exercise minutes logged in the module.</summary>
    public static (AttendanceSummary Attendance, int ExerciseMinutes) ModuleFigures(CohortFacts cohort, LearnerFacts learner, int moduleId)
    {
        // A tally counts the whole cohort, so it cannot say what one module holds.
        if (learner.Tally is not null)
            throw new ArgumentException("A module's figures need the learner's marks and days, not a tally.", nameof(learner));
        return (ProgressCalculator.Attendance(cohort with { Sessions = [.. cohort.Sessions.Where(s => s.ModuleId == moduleId)] }, learner),
            learner.Exercise.Where(e => e.ModuleId == moduleId).Sum(e => e.Minutes));
    }

    public static BadgeCheck Check(CohortFacts cohort, LearnerFacts learner, ModuleTarget module)
    {
        if (module.BadgeName is null)
            throw new ArgumentException($"Module {module.Title} awards no badge.", nameof(module));
        var shortfalls = new List<string>();
        var (attendance, minutes) = ModuleFigures(cohort, learner, module.ModuleId);
        var minimum = cohort.Criteria.MinAttendancePercent;
        if (minimum > 0 && module.PlannedLectureMinutes > 0)
        {
            if (attendance.Rate is { } rate)
            {
                if (rate * 100 < minimum)
                    shortfalls.Add($"attended {Wording.Percent(rate)} of the module's held lectures ({attendance.Attended} of {attendance.Counted}), needs {minimum}%");
            }
            else
            {
                shortfalls.Add(attendance.Unrecorded > 0
                    ? $"no attendance recorded for the module's {attendance.Unrecorded} held lectures, needs {minimum}%"
                    : "no lecture of the module held yet");
            }
        }

        var required = RequiredExerciseMinutes(cohort, module);
        if (minutes < required)
            shortfalls.Add($"{Wording.Hours(minutes)} of exercise in the module, needs {Wording.Hours(required)}");

        var assessments = learner.Projects.Where(p => p.ModuleId == module.ModuleId).OrderBy(p => p.DueDate).ToList();
        foreach (var project in assessments.Where(p => !p.Passed))
            shortfalls.Add(project.IsGraded
                ? $"'{project.Title}' graded {project.GradePercent}%, needs {project.PassMarkPercent}%"
                : $"'{project.Title}' not graded yet, needs {project.PassMarkPercent}%");

        return new BadgeCheck(module.ModuleId, module.Title, module.BadgeName, attendance, minutes, required, minimum, assessments, shortfalls);
    }
}
