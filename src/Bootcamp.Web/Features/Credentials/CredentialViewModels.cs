using System.ComponentModel.DataAnnotations;
using Bootcamp.Domain.Credentials;

namespace Bootcamp.Web.Features.Credentials;

/// <summary>
/// The public verification page: the state, what the credential says (when its signature holds), the revocation's date
/// and reason shown as they are, and the downloads. <paramref name="CanRevoke"/> shows staff the revocation form.
/// </summary>
public sealed record CredentialPageViewModel(
    string? PublicId, CredentialState State, string? Problem, CredentialStatement? Statement, string? KeyId,
    DateOnly? RevokedOn, string? RevocationReason, bool CanRevoke, CredentialRevokeForm Revoke);

public sealed class CredentialRevokeForm
{
    [Required(ErrorMessage = "Give a reason for revoking the credential.")]
    [StringLength(IssuedCredential.MaxReasonLength)]
    public string? Reason { get; set; }
}

/// <summary>The paste-a-credential form: anyone may check a VC-JWT they were given.</summary>
public sealed class CredentialCheckForm
{
    [Required(ErrorMessage = "Paste the credential (the text that starts with eyJ).")]
    [StringLength(64_000, ErrorMessage = "That is longer than any credential issued here.")]
    public string? Jwt { get; set; }
}

public sealed record CheckPageViewModel(CredentialCheckForm Form, CredentialPageViewModel? Result);

public sealed record IssuerKeyRow(string KeyId, DateTime CreatedAtUtc, DateTime? RetiredAtUtc);

/// <summary>Rotation is deliberate: the admin confirms that a new key will sign from now on.</summary>
public sealed class RotateKeyForm
{
    [Range(typeof(bool), "true", "true", ErrorMessage = "Tick the box to confirm that a new key signs from now on.")]
    public bool Confirm { get; set; }
}
