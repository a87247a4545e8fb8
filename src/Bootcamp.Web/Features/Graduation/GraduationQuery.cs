using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Graduation;
using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Programmes;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Progress;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Graduation;

/// <summary>
/// What the board and the report say about the cohort itself. <paramref name="Today"/> is the centre's date;
/// <paramref name="JudgedBy"/> the version of the programme's criteria in force when the cohort started.
/// </summary>
public sealed record GraduationCohort(
    int Id, string Code, CohortStatus Status, int CentreId, string Centre, string TimeZoneId, string Programme, string ProgrammeCode,
    DateOnly StartDate, DateOnly EndDate, CriteriaInForce JudgedBy, DateOnly Today)
{
    public GraduationCriteria Criteria => JudgedBy.Criteria;

    /// <summary>"Criteria version 2, for cohorts starting from 1 Sep 2026", as the board and the report name it.</summary>
    public string CriteriaVersionText => JudgedBy.InForceFrom is { } from
        ? $"Criteria version {JudgedBy.Version}, for cohorts starting from {from.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}"
        : $"Criteria version {JudgedBy.Version}, the programme's first";

    public bool Ended => Today > EndDate;

    public IReadOnlyList<GraduationCriterion> Applied => GraduationEngine.Applied(Criteria);
}

/// <summary>
/// A learner's standing from the graduation engine beside their enrolment and their latest decision, if any.
/// <paramref name="Changes"/> lists the figures that moved since that decision was made.
/// </summary>
public sealed record GraduationLearner(
    int LearnerId, string Name, EnrolmentStatus Status, DateOnly? StatusChangedOn, string? StatusReason,
    GraduationStanding Standing, GraduationDecision? Decision, IReadOnlyList<FigureChange> Changes)
{
    public bool IsDecided => Status is EnrolmentStatus.Graduated or EnrolmentStatus.NotGraduated;

    public bool NeedsReview => Changes.Count > 0;

    /// <summary>Still enrolled, so a decision can be made now.</summary>
    public bool CanBeDecided => Status == EnrolmentStatus.Enrolled;
}

public sealed record CohortGraduation(GraduationCohort Cohort, IReadOnlyList<GraduationLearner> Learners);

/// <summary>
/// Loads one cohort's evidence through the user's scope and runs the graduation engine over it: the one source of
/// the figures for the board, the decisions and the report. Exercise minutes are summed per learner, day and kind in
/// SQL, so a full programme's history stays a handful of queries.
/// </summary>
public sealed class GraduationQuery(BootcampDb db, UserScope scope, CentreClock clock)
{
    public async Task<CohortGraduation?> LoadAsync(int cohortId, CancellationToken cancellationToken)
    {
        var cohort = await scope.Cohorts().AsNoTracking()
            .Where(c => c.Id == cohortId)
            .Select(c => new { c.Id, c.Code, c.Status, c.StartDate, c.EndDate, c.ProgrammeId, c.CentreId })
            .SingleOrDefaultAsync(cancellationToken);
        if (cohort is null)
            return null;
        // Programmes and their modules are the network's catalogue, not scoped data.
        var programme = await db.Programmes.AsNoTracking().Where(p => p.Id == cohort.ProgrammeId)
            .Select(p => new { p.Name, p.Code }).SingleAsync(cancellationToken);
        var centre = await scope.Centres().AsNoTracking().Where(c => c.Id == cohort.CentreId)
            .Select(c => new { c.Name, c.TimeZoneId }).SingleAsync(cancellationToken);
        // The progress section's facts are the engine's input too: one load, so the board and the progress table
        // can never disagree on a figure.
        var progress = await new CohortProgressQuery(db, scope, clock).LoadAsync(cohortId, cancellationToken);
        if (progress is null)
            return null;
        var facts = progress.Cohort;
        var learnerFacts = progress.Learners;
        var enrolmentRows = (await scope.Enrolments().AsNoTracking()
                .Where(e => e.CohortId == cohortId)
                .ToListAsync(cancellationToken))
            .GroupBy(e => e.LearnerId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.EnrolledOn).First());
        var decisions = (await scope.GraduationDecisions().AsNoTracking()
                .Where(d => d.CohortId == cohortId)
                .ToListAsync(cancellationToken))
            .GroupBy(d => d.LearnerId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(d => d.DecidedAtUtc).ThenByDescending(d => d.Id).First());

        var standings = GraduationEngine.ForCohort(facts, learnerFacts);

        var learners = learnerFacts.Zip(standings, (l, standing) =>
        {
            var enrolment = enrolmentRows[l.LearnerId];
            var decision = decisions.GetValueOrDefault(l.LearnerId);
            return new GraduationLearner(l.LearnerId, progress.Names[l.LearnerId], enrolment.Status, enrolment.StatusChangedOn,
                enrolment.StatusReason, standing, decision, decision is null ? [] : GraduationEngine.Changes(decision.Figures, standing));
        }).ToList();
        return new CohortGraduation(
            new GraduationCohort(cohort.Id, cohort.Code, cohort.Status, cohort.CentreId, centre.Name, centre.TimeZoneId, programme.Name, programme.Code,
                cohort.StartDate, facts.EndDate, progress.JudgedBy, facts.Today),
            learners);
    }
}
