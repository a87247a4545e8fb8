using Bootcamp.Domain.Common;

namespace Bootcamp.Domain.Progress;

/// <summary>
/// A module's micro-credential earned by a learner in a cohort. An award is never deleted: staff revoke it with a
/// reason, which its credential's status then reports. An award against the badge rule carries its reason.
/// </summary>
public sealed class BadgeAward
{
    public const int MaxReasonLength = 1000;

    private BadgeAward()
    {
        AwardedBy = null!;
    }

    public BadgeAward(int cohortId, int learnerId, int moduleId, DateOnly awardedOn, string awardedBy, string? reason = null)
    {
        CohortId = cohortId;
        LearnerId = learnerId;
        ModuleId = moduleId;
        AwardedOn = awardedOn;
        AwardedBy = awardedBy;
        Reason = Trimmed(reason, nameof(Reason));
    }

    public int Id { get; private set; }
    public int CohortId { get; private set; }
    public int LearnerId { get; private set; }
    public int ModuleId { get; private set; }
    public DateOnly AwardedOn { get; private set; }
    public string AwardedBy { get; private set; }
    public string? Reason { get; private set; }
    /// <summary>The centre's local date of the revocation.</summary>
    public DateOnly? RevokedOn { get; private set; }
    public DateTime? RevokedAtUtc { get; private set; }
    public string? RevokedBy { get; private set; }
    public string? RevocationReason { get; private set; }

    public bool IsRevoked => RevokedAtUtc is not null;

    /// <summary>Awards a badge; one the rule does not grant yet needs a reason.</summary>
    public static BadgeAward Make(int cohortId, BadgeCheck check, int learnerId, string? reason, DateOnly today, string awardedBy)
    {
        var trimmed = Trimmed(reason, nameof(Reason));
        if (!check.Earned && trimmed is null)
            throw new DomainException(nameof(Reason), $"Give a reason for awarding '{check.BadgeName}' while the rule does not hold yet.");
        return new BadgeAward(cohortId, learnerId, check.ModuleId, today, awardedBy, trimmed);
    }

    public void Revoke(string? reason, DateOnly today, string revokedBy, DateTime atUtc)
    {
        if (IsRevoked)
            throw new DomainException(nameof(RevocationReason), $"This badge was already revoked on {Wording.Date(RevokedOn!.Value)}.");
        RevocationReason = Trimmed(reason, nameof(RevocationReason))
            ?? throw new DomainException(nameof(RevocationReason), "Give a reason for revoking the badge.");
        RevokedOn = today;
        RevokedAtUtc = atUtc;
        RevokedBy = revokedBy;
    }

    private static string? Trimmed(string? reason, string field)
    {
        if (string.IsNullOrWhiteSpace(reason))
            return null;
        var trimmed = reason.Trim();
        return trimmed.Length > MaxReasonLength
            ? throw new DomainException(field, $"Keep the reason under {MaxReasonLength} characters.")
            : trimmed;
    }
}
