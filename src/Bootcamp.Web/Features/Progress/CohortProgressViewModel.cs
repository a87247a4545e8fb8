using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Progress;
using Bootcamp.Web.Infrastructure.Auth;

namespace Bootcamp.Web.Features.Progress;

/// <summary>
/// Who reads the progress section (DESIGN.md, "Who sees personal data"): a partner reads it without links to the
/// logging pages and sees soft skills only as met or not met; everyone else who may open the cohort sees it all.
/// </summary>
public sealed record ProgressViewer(bool CanLog, bool SeesSoftSkillDetail)
{
    public static ProgressViewer Of(UserScope scope) => new(!scope.IsPartner, !scope.IsPartner);
}

/// <summary>One learner's line: only what the section shows, so a partner's page holds no soft-skill score at all.</summary>
public sealed record LearnerProgressRow(int LearnerId, string Name, EnrolmentStatus Status, AttendanceSummary Attendance, ExerciseSummary Exercise, BadgeSummary Badges, IReadOnlyList<Risk> Risks)
{
    public bool IsAtRisk => Risks.Count > 0;
}

/// <summary>The progress section of the cohort page: attendance and exercise hours per learner, and hours per week against the plan.</summary>
public sealed record CohortProgressViewModel(int CohortId, bool CanLog, IReadOnlyList<LearnerProgressRow> Learners, IReadOnlyList<WeekHours> Weeks, int RequiredMinutes)
{
    /// <summary>Runs the progress domain over a cohort's facts and keeps what <paramref name="viewer"/> may see.</summary>
    public static CohortProgressViewModel From(int cohortId, CohortProgressFacts facts, ProgressViewer viewer) =>
        new(cohortId, viewer.CanLog,
            [.. ProgressCalculator.ForCohort(facts.Cohort, facts.Learners).Select(p => new LearnerProgressRow(
                p.LearnerId, facts.Names[p.LearnerId], p.Enrolment.Status, p.Attendance, p.Exercise, p.Badges,
                viewer.SeesSoftSkillDetail ? p.Risks : ProgressDisclosure.WithoutSoftSkillDetail(p.Risks)))],
            WeeklyHours.For(facts.Cohort, facts.Learners),
            facts.Cohort.Criteria.MinExerciseMinutes);
}
