using System.Globalization;
using Bootcamp.Domain.Common;
using Bootcamp.Domain.Programmes;
using Bootcamp.Domain.Progress;
using Bootcamp.Domain.SoftSkills;

namespace Bootcamp.Domain.Graduation;

/// <summary>
/// One criterion for one learner: the figure that was measured, what the programme asks, whether it is met, the
/// shortfalls in words, and for a running cohort the forecast of the progress engine (null when on track).
/// </summary>
public sealed record CriterionStanding(GraduationCriterion Criterion, string Figure, string Required, bool Met, IReadOnlyList<string> Shortfalls, string? Risk);

/// <summary>A learner against every criterion the programme applies.</summary>
public sealed record GraduationStanding(int LearnerId, LearnerProgress Progress, GraduationAssessment Assessment, IReadOnlyList<CriterionStanding> Criteria)
{
    public bool MeetsAll => Assessment.MeetsAllCriteria;

    public bool IsAtRisk => Criteria.Any(c => c.Risk is not null);

    public CriterionStanding this[GraduationCriterion criterion] => Criteria.Single(c => c.Criterion == criterion);

    /// <summary>The figures as a decision stores them, so that a later change can be shown beside them.</summary>
    public IReadOnlyList<DecisionFigure> Snapshot() => [.. Criteria.Select(c => new DecisionFigure(c.Criterion, c.Figure, c.Met))];
}

/// <summary>
/// The one graduation engine: pages, reports and decisions read a learner's graduation figures from here and from
/// nowhere else. It runs the progress engine for the figures and the forecast, and <see cref="GraduationEligibility"/>
/// for what is met.
/// </summary>
public static class GraduationEngine
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The criteria a programme's settings switch on, in the order DESIGN.md lists them.</summary>
    public static IReadOnlyList<GraduationCriterion> Applied(GraduationCriteria c)
    {
        var applied = new List<GraduationCriterion>();
        if (c.MinAttendancePercent > 0)
            applied.Add(GraduationCriterion.Attendance);
        applied.Add(GraduationCriterion.ExerciseHours);
        if (c.MinExerciseMinutes * c.MinGroupSharePercent / 100 > 0)
            applied.Add(GraduationCriterion.GroupWork);
        if (c.RequireAllProjectsPassed)
            applied.Add(GraduationCriterion.Projects);
        if (c.MinSoftSkillAverage > 0)
            applied.Add(GraduationCriterion.SoftSkills);
        if (c.RequireAllBadges)
            applied.Add(GraduationCriterion.Badges);
        return applied;
    }

    public static string Name(GraduationCriterion criterion) => criterion switch
    {
        GraduationCriterion.Attendance => "Attendance",
        GraduationCriterion.ExerciseHours => "Exercise hours",
        GraduationCriterion.GroupWork => "Group work",
        GraduationCriterion.Projects => "Projects",
        GraduationCriterion.SoftSkills => "Soft skills",
        GraduationCriterion.Badges => "Badges",
        _ => criterion.ToString(),
    };

    /// <summary>What the programme asks, in words, for the board's column headers and the report's cover.</summary>
    public static string Required(GraduationCriterion criterion, GraduationCriteria c) => criterion switch
    {
        GraduationCriterion.Attendance => $"at least {c.MinAttendancePercent}% of held lectures",
        GraduationCriterion.ExerciseHours => $"at least {Wording.Hours(c.MinExerciseMinutes)}",
        GraduationCriterion.GroupWork => $"at least {Wording.Hours(c.MinExerciseMinutes * c.MinGroupSharePercent / 100)} ({c.MinGroupSharePercent}% of the hours)",
        GraduationCriterion.Projects => "every group project passed",
        GraduationCriterion.SoftSkills => c.SoftSkillSource == SoftSkillSource.InstructorAverage
            ? $"every skill's instructor ratings averaged at least {Wording.Score(c.MinSoftSkillAverage)} of {SoftSkillAssessment.MaxScore} over the assessment points, the final one included"
            : $"every skill rated at least {Wording.Score(c.MinSoftSkillAverage)} of {SoftSkillAssessment.MaxScore} by the instructor at the final assessment",
        GraduationCriterion.Badges => "every module's badge earned",
        _ => "",
    };

    public static IReadOnlyList<GraduationStanding> ForCohort(CohortFacts cohort, IEnumerable<LearnerFacts> learners) =>
        [.. ProgressCalculator.ForCohort(cohort, learners).Select(p => For(p, cohort.Criteria))];

    public static GraduationStanding For(LearnerProgress progress, GraduationCriteria criteria)
    {
        var assessment = GraduationEligibility.Assess(progress, criteria);
        var standings = Applied(criteria).Select(criterion =>
        {
            var shortfalls = assessment.Shortfalls.Where(s => s.Criterion == criterion).Select(s => s.Message).ToList();
            // The forecast is for a cohort still running; once it has ended the figures are final and the shortfalls say it all.
            var risks = progress.CohortEnded ? [] : progress.Risks.Where(r => r.Criterion == criterion).Select(r => r.Message).ToList();
            return new CriterionStanding(criterion, Figure(criterion, progress), Required(criterion, criteria), shortfalls.Count == 0, shortfalls,
                risks.Count == 0 ? null : string.Join(" ", risks));
        });
        return new GraduationStanding(progress.LearnerId, progress, assessment, [.. standings]);
    }

    /// <summary>
    /// Figures that changed since a decision's snapshot, criterion by criterion; a criterion the programme added or
    /// dropped since counts as changed too.
    /// </summary>
    public static IReadOnlyList<FigureChange> Changes(IReadOnlyList<DecisionFigure> snapshot, GraduationStanding now)
    {
        var before = snapshot.ToDictionary(f => f.Criterion);
        var changes = new List<FigureChange>();
        foreach (var current in now.Criteria)
        {
            before.Remove(current.Criterion, out var old);
            if (old is null || old.Figure != current.Figure || old.Met != current.Met)
                changes.Add(new(current.Criterion, old, new(current.Criterion, current.Figure, current.Met)));
        }
        changes.AddRange(before.Values.Select(old => new FigureChange(old.Criterion, old, null)));
        return changes;
    }

    private static string Figure(GraduationCriterion criterion, LearnerProgress p) => criterion switch
    {
        GraduationCriterion.Attendance => p.Attendance.Rate is { } rate
            ? $"{Wording.Percent(rate)} ({p.Attendance.Attended} of {p.Attendance.Counted})"
            : p.Attendance.Unrecorded > 0 ? "not recorded" : "no lectures held",
        GraduationCriterion.ExerciseHours => Wording.Hours(p.Exercise.LoggedMinutes),
        GraduationCriterion.GroupWork => Wording.Hours(p.Exercise.GroupMinutes),
        GraduationCriterion.Projects => p.Projects.Count == 0 ? "no projects" : $"{p.ProjectsPassed} of {p.Projects.Count} passed",
        GraduationCriterion.SoftSkills => SoftSkillFigure(p.SoftSkills),
        GraduationCriterion.Badges => $"{p.Badges.Earned} of {p.Badges.Available}",
        _ => "",
    };

    private static string SoftSkillFigure(SoftSkillSummary s)
    {
        if (!s.FinalRated)
            return "no final assessment";
        var scored = s.Averages.Where(a => a.Average is not null).ToList();
        if (scored.Count == 0)
            return "not rated";
        var lowest = scored.MinBy(a => a.Average)!;
        return string.Create(Invariant, $"lowest {Wording.Score(lowest.Average!.Value)} ({lowest.Skill})");
    }
}

/// <summary>One criterion's figure as stored with a decision.</summary>
public sealed record DecisionFigure(GraduationCriterion Criterion, string Figure, bool Met);

/// <summary>A figure that differs from the one a decision was made on; null on a side where the criterion did not apply.</summary>
public sealed record FigureChange(GraduationCriterion Criterion, DecisionFigure? Before, DecisionFigure? Now);
