using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Progress;

namespace Bootcamp.Web.Features.Progress;

public sealed record LearnerProgressRow(int LearnerId, string Name, EnrolmentStatus Status, LearnerProgress Progress);

/// <summary>The progress section of the cohort page: attendance and exercise hours per learner, and hours per week against the plan.</summary>
public sealed record CohortProgressViewModel(int CohortId, bool CanLog, IReadOnlyList<LearnerProgressRow> Learners, IReadOnlyList<WeekHours> Weeks, int RequiredMinutes)
{
    /// <summary>Runs the progress domain over a cohort's facts; <paramref name="canLog"/> shows the links to the logging pages.</summary>
    public static CohortProgressViewModel From(int cohortId, CohortProgressFacts facts, bool canLog) =>
        new(cohortId, canLog,
            [.. ProgressCalculator.ForCohort(facts.Cohort, facts.Learners).Select(p => new LearnerProgressRow(p.LearnerId, facts.Names[p.LearnerId], p.Enrolment.Status, p))],
            WeeklyHours.For(facts.Cohort, facts.Learners),
            facts.Cohort.Criteria.MinExerciseMinutes);
}
