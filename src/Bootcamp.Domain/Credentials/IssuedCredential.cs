using Bootcamp.Domain.Common;

namespace Bootcamp.Domain.Credentials;

public enum CredentialKind
{
    /// <summary>A module's badge, issued when the badge is awarded.</summary>
    Badge,
    /// <summary>The programme's graduation, issued with a decision of "graduated".</summary>
    Graduation,
}

/// <summary>
/// A signed credential as it was issued: the VC-JWT is kept byte for byte, so that what the learner holds is what the
/// verification page checks. Revocation never deletes it: the credential's status then says revoked, when and why.
/// </summary>
public sealed class IssuedCredential
{
    public const int MaxReasonLength = 1000;

    private IssuedCredential()
    {
        PublicId = null!;
        Name = null!;
        KeyId = null!;
        Jwt = null!;
    }

    public IssuedCredential(string publicId, CredentialKind kind, int cohortId, int learnerId, int? badgeAwardId, int? graduationDecisionId,
        string name, DateTime issuedAtUtc, string keyId, string jwt)
    {
        if ((kind == CredentialKind.Badge) != (badgeAwardId is not null) || (kind == CredentialKind.Graduation) != (graduationDecisionId is not null))
            throw new ArgumentException("A badge credential names its award, a graduation credential its decision.");
        PublicId = publicId;
        Kind = kind;
        CohortId = cohortId;
        LearnerId = learnerId;
        BadgeAwardId = badgeAwardId;
        GraduationDecisionId = graduationDecisionId;
        Name = name;
        IssuedAtUtc = issuedAtUtc;
        KeyId = keyId;
        Jwt = jwt;
    }

    public int Id { get; private set; }
    /// <summary>The unguessable id in the credential's URL; the only key an anonymous reader has.</summary>
    public string PublicId { get; private set; }
    public CredentialKind Kind { get; private set; }
    public int CohortId { get; private set; }
    public int LearnerId { get; private set; }
    public int? BadgeAwardId { get; private set; }
    public int? GraduationDecisionId { get; private set; }
    public string Name { get; private set; }
    public DateTime IssuedAtUtc { get; private set; }
    public string KeyId { get; private set; }
    public string Jwt { get; private set; }
    /// <summary>The centre's local date of the revocation.</summary>
    public DateOnly? RevokedOn { get; private set; }
    public DateTime? RevokedAtUtc { get; private set; }
    public string? RevokedBy { get; private set; }
    public string? RevocationReason { get; private set; }

    public bool IsRevoked => RevokedAtUtc is not null;

    public void Revoke(string? reason, DateOnly today, string revokedBy, DateTime atUtc)
    {
        if (IsRevoked)
            throw new DomainException(nameof(RevocationReason), $"This credential was already revoked on {Wording.Date(RevokedOn!.Value)}.");
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainException(nameof(RevocationReason), "Give a reason for revoking the credential.");
        var trimmed = reason.Trim();
        if (trimmed.Length > MaxReasonLength)
            throw new DomainException(nameof(RevocationReason), $"Keep the reason under {MaxReasonLength} characters.");
        RevocationReason = trimmed;
        RevokedOn = today;
        RevokedAtUtc = atUtc;
        RevokedBy = revokedBy;
    }
}
