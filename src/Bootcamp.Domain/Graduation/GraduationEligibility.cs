using Bootcamp.Domain.Common;
using Bootcamp.Domain.Programmes;
using Bootcamp.Domain.Progress;
using Bootcamp.Domain.SoftSkills;

namespace Bootcamp.Domain.Graduation;

/// <summary>One criterion a learner does not meet, with the figures in words.</summary>
public sealed record Shortfall(GraduationCriterion Criterion, string Message);

public enum GraduationRecommendation
{
    /// <summary>Every criterion is met.</summary>
    Graduate,
    /// <summary>A criterion is unmet and the cohort's lectures are over.</summary>
    NotGraduate,
    /// <summary>A criterion is unmet but the cohort is still running, so it may yet be met.</summary>
    Undecided,
}

public sealed record GraduationAssessment(GraduationRecommendation Recommendation, IReadOnlyList<Shortfall> Shortfalls)
{
    public bool MeetsAllCriteria => Shortfalls.Count == 0;

    public string Summary => Recommendation switch
    {
        GraduationRecommendation.Graduate => "Meets every graduation criterion.",
        GraduationRecommendation.NotGraduate => $"{Unmet} not met.",
        _ => $"{Unmet} not met yet; the cohort is still running.",
    };

    private string Unmet
    {
        get
        {
            var count = Shortfalls.Select(s => s.Criterion).Distinct().Count();
            return count == 1 ? "1 criterion" : $"{count} criteria";
        }
    }
}

/// <summary>Graduation criteria (DESIGN.md, "Default graduation criteria") checked against a learner's progress.</summary>
public static class GraduationEligibility
{
    public static IReadOnlyList<Shortfall> Shortfalls(LearnerProgress p, GraduationCriteria c)
    {
        var found = new List<Shortfall>();
        Attendance(p, c, found);
        Exercise(p, c, found);
        if (c.RequireAllProjectsPassed)
            Projects(p, found);
        if (c.MinSoftSkillAverage > 0)
            SoftSkills(p, c, found);
        if (c.RequireAllBadges && p.Badges.Missing.Count > 0)
            found.Add(new(GraduationCriterion.Badges,
                $"{p.Badges.Earned} of {p.Badges.Available} badges earned; missing: " +
                string.Join(", ", p.Badges.Missing.Select(b => $"{b.BadgeName} ({b.ModuleTitle})"))));
        return found;
    }

    /// <summary>
    /// What the figures suggest to the staff who make the decision: graduate when nothing is short, otherwise not
    /// graduate once the cohort has ended, and no verdict while it still runs.
    /// </summary>
    public static GraduationAssessment Assess(LearnerProgress p, GraduationCriteria c)
    {
        var shortfalls = Shortfalls(p, c);
        var recommendation = shortfalls.Count == 0 ? GraduationRecommendation.Graduate
            : p.CohortEnded ? GraduationRecommendation.NotGraduate
            : GraduationRecommendation.Undecided;
        return new(recommendation, shortfalls);
    }

    private static void Attendance(LearnerProgress p, GraduationCriteria c, List<Shortfall> found)
    {
        if (c.MinAttendancePercent <= 0)
            return;
        var a = p.Attendance;
        if (a.Rate is { } rate)
        {
            if (rate * 100 < c.MinAttendancePercent)
                found.Add(new(GraduationCriterion.Attendance,
                    $"{Wording.Percent(rate)} of held lectures, needs {c.MinAttendancePercent}% ({a.Attended} of {a.Counted} attended, {a.Excused} excused)"));
        }
        else if (a.Unrecorded > 0)
        {
            // Lectures were held but no roster was taken: there is no evidence either way, which is not a pass.
            found.Add(new(GraduationCriterion.Attendance, $"no attendance recorded for {a.Unrecorded} held lectures, needs {c.MinAttendancePercent}%"));
        }
    }

    private static void Exercise(LearnerProgress p, GraduationCriteria c, List<Shortfall> found)
    {
        var e = p.Exercise;
        if (e.LoggedMinutes < c.MinExerciseMinutes)
            found.Add(new(GraduationCriterion.ExerciseHours, $"{Wording.Hours(e.LoggedMinutes)} logged, needs {Wording.Hours(c.MinExerciseMinutes)}"));
        // "Of which at least a set share in group work" reads as a share of the required hours, so a learner who
        // logs more solo hours than needed is not asked for more group hours too.
        var requiredGroup = c.MinExerciseMinutes * c.MinGroupSharePercent / 100;
        if (e.GroupMinutes < requiredGroup)
            found.Add(new(GraduationCriterion.GroupWork,
                $"{Wording.Hours(e.GroupMinutes)} of group work, needs {Wording.Hours(requiredGroup)} ({c.MinGroupSharePercent}% of {Wording.Hours(c.MinExerciseMinutes)})"));
    }

    private static void Projects(LearnerProgress p, List<Shortfall> found)
    {
        foreach (var project in p.Projects.Where(pr => !pr.Passed))
            found.Add(new(GraduationCriterion.Projects, project.IsGraded
                ? $"'{project.Title}' graded {project.GradePercent}%, needs {project.PassMarkPercent}%"
                : $"'{project.Title}' not graded yet, needs {project.PassMarkPercent}%"));
    }

    private static void SoftSkills(LearnerProgress p, GraduationCriteria c, List<Shortfall> found)
    {
        var s = p.SoftSkills;
        var needs = $"needs {Wording.Score(c.MinSoftSkillAverage)} of {SoftSkillAssessment.MaxScore}";
        if (!s.FinalRated)
        {
            var latest = s.LatestPoint is { } point ? $" (latest: {Wording.Point(point)})" : "";
            found.Add(new(GraduationCriterion.SoftSkills, $"no final soft-skill assessment yet{latest}, {needs} in every skill"));
            return;
        }
        foreach (var skill in s.Averages)
        {
            if (skill.Average is not { } average)
                found.Add(new(GraduationCriterion.SoftSkills, $"{skill.Skill} not rated at the final assessment, {needs}"));
            else if (average < c.MinSoftSkillAverage)
                found.Add(new(GraduationCriterion.SoftSkills, $"{skill.Skill} {Wording.SoftSkillReading(c.SoftSkillSource, average, s.LatestPoint!)}, {needs}"));
        }
    }
}
