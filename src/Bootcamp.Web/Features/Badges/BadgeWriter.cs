using Bootcamp.Domain.Common;
using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Logging;
using Bootcamp.Domain.Progress;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Credentials;
using Bootcamp.Web.Features.Shared;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Badges;

/// <summary>Why an award or a revocation was refused, under the form field it is about.</summary>
public sealed record BadgeProblem(string Field, string Message);

/// <summary>
/// Awards and revokes badges with their audit entries and their credentials. The badge rule is judged again inside the
/// write transaction on the figures the query reads there, so an award made against the rule always carries its reason
/// and the credential carries the figures it was awarded on.
/// </summary>
public sealed class BadgeWriter(BootcampDb db, BadgesQuery query, CredentialWriter credentials, CentreClock clock, string who)
{
    public async Task<BadgeProblem?> AwardAsync(int cohortId, int learnerId, int moduleId, string? reason, CancellationToken cancellationToken)
    {
        await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
        var board = await query.LoadAsync(cohortId, cancellationToken);
        var learner = board?.Learners.SingleOrDefault(l => l.LearnerId == learnerId);
        if (board is null || learner is null)
            return new(nameof(AwardForm.ModuleId), "This learner is not in one of your cohorts.");
        var check = learner.Checks.SingleOrDefault(c => c.ModuleId == moduleId);
        if (check is null)
            return new(nameof(AwardForm.ModuleId), "Choose a module of the cohort's programme that awards a badge.");
        if (learner.Current(moduleId) is { } current)
            return new(nameof(AwardForm.ModuleId), $"'{check.BadgeName}' was already awarded on {current.AwardedOn:d MMM yyyy}.");
        if (learner.Status is EnrolmentStatus.Withdrawn or EnrolmentStatus.Deferred)
            return new(nameof(AwardForm.ModuleId), $"{learner.Name} is {learner.Status.InSentence()}; badges go to learners of the cohort.");
        BadgeAward award;
        try
        {
            award = BadgeAward.Make(cohortId, check, learnerId, reason, board.Cohort.Today, who);
        }
        catch (DomainException ex)
        {
            return new(ex.Field, ex.Message);
        }
        db.BadgeAwards.Add(award);
        await db.SaveChangesAsync(cancellationToken);
        db.AuditEntries.Add(new AuditEntry(cohortId, learnerId, null, AuditedRecord.BadgeAward, award.Id, AuditAction.Created, null,
            $"Awarded {check.BadgeName}" + (check.Earned ? "" : " (override)"), award.Reason, who, clock.UtcNow));
        await credentials.IssueBadgeAsync(cohortId, award, check, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    public async Task<BadgeProblem?> RevokeAsync(int cohortId, int learnerId, int awardId, string? reason, CancellationToken cancellationToken)
    {
        await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
        var board = await query.LoadAsync(cohortId, cancellationToken);
        var learner = board?.Learners.SingleOrDefault(l => l.LearnerId == learnerId);
        if (board is null || learner is null || learner.Awards.All(a => a.Id != awardId))
            return new(nameof(RevokeForm.AwardId), "This award is not one of your cohorts'.");
        // Found through the user's scope above; the same row, tracked for the change.
        var award = await db.BadgeAwards.SingleAsync(b => b.Id == awardId, cancellationToken);
        try
        {
            award.Revoke(reason, board.Cohort.Today, who, clock.UtcNow);
        }
        catch (DomainException ex)
        {
            return new(ex.Field == nameof(BadgeAward.RevocationReason) ? nameof(RevokeForm.Reason) : ex.Field, ex.Message);
        }
        var badge = board.Cohort.BadgeModules.Single(m => m.ModuleId == award.ModuleId).BadgeName;
        db.AuditEntries.Add(new AuditEntry(cohortId, learnerId, null, AuditedRecord.BadgeAward, award.Id, AuditAction.Changed,
            $"Awarded {badge}", $"Revoked {badge}", award.RevocationReason, who, award.RevokedAtUtc!.Value));
        await credentials.RevokeForAwardAsync(award, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }
}
