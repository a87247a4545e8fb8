using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Progress;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Progress;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Badges;

/// <summary>The cohort as the badge pages name it; <paramref name="Today"/> is the centre's date.</summary>
public sealed record BadgeCohort(int Id, string Code, int CentreId, DateOnly Today, IReadOnlyList<ModuleTarget> BadgeModules);

/// <summary>An award as stored.</summary>
public sealed record BadgeAwardRow(
    int Id, int LearnerId, int ModuleId, DateOnly AwardedOn, string AwardedBy, string? Reason,
    DateOnly? RevokedOn, string? RevokedBy, string? RevocationReason)
{
    public bool IsRevoked => RevokedOn is not null;
}

/// <summary>One learner's badges: what the rule says per module, and the awards made (revoked ones included, newest first).</summary>
public sealed record BadgeLearner(int LearnerId, string Name, EnrolmentStatus Status, IReadOnlyList<BadgeCheck> Checks, IReadOnlyList<BadgeAwardRow> Awards)
{
    public BadgeAwardRow? Current(int moduleId) => Awards.FirstOrDefault(a => a.ModuleId == moduleId && !a.IsRevoked);

    public IReadOnlyList<BadgeAwardRow> Revoked(int moduleId) => [.. Awards.Where(a => a.ModuleId == moduleId && a.IsRevoked)];

    /// <summary>The rule holds but nobody has awarded the badge yet: what staff should look at first.</summary>
    public bool EligibleNotAwarded(BadgeCheck check) => check.Earned && Current(check.ModuleId) is null;
}

public sealed record CohortBadges(BadgeCohort Cohort, IReadOnlyList<BadgeLearner> Learners)
{
    public int EligibleNotAwarded => Learners.Sum(l => l.Checks.Count(l.EligibleNotAwarded));
}

/// <summary>
/// A cohort's badges: the facts come from <see cref="CohortProgressQuery"/> (the one load of the progress engine's
/// input) and the rule from <see cref="BadgeRule"/>, so the badge page, the progress section and the graduation board
/// read the same figures. Every scoped table is read through the user's scope.
/// </summary>
public sealed class BadgesQuery(BootcampDb db, UserScope scope, CentreClock clock)
{
    public async Task<CohortBadges?> LoadAsync(int cohortId, CancellationToken cancellationToken)
    {
        var cohort = await scope.Cohorts().AsNoTracking().Where(c => c.Id == cohortId)
            .Select(c => new { c.Id, c.Code, c.CentreId }).SingleOrDefaultAsync(cancellationToken);
        if (cohort is null)
            return null;
        var progress = await new CohortProgressQuery(db, scope, clock).LoadAsync(cohortId, cancellationToken);
        if (progress is null)
            return null;
        var awards = (await scope.BadgeAwards().AsNoTracking()
                .Where(b => b.CohortId == cohortId)
                .OrderByDescending(b => b.AwardedOn).ThenByDescending(b => b.Id)
                .Select(b => new BadgeAwardRow(b.Id, b.LearnerId, b.ModuleId, b.AwardedOn, b.AwardedBy, b.Reason, b.RevokedOn, b.RevokedBy, b.RevocationReason))
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.LearnerId);
        var facts = progress.Cohort;
        var learners = progress.Learners
            .Select(l => new BadgeLearner(l.LearnerId, progress.Names[l.LearnerId], l.Enrolment.Status, BadgeRule.ForLearner(facts, l), [.. awards[l.LearnerId]]))
            .ToList();
        return new CohortBadges(
            new BadgeCohort(cohort.Id, cohort.Code, cohort.CentreId, facts.Today, [.. facts.Modules.Where(m => m.BadgeName is not null)]),
            learners);
    }
}
