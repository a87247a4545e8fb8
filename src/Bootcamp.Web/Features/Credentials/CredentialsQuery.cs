using System.Security.Cryptography;
using Bootcamp.Domain.Credentials;
using Bootcamp.Web.Data;
using Bootcamp.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Credentials;

public enum CredentialState
{
    Valid,
    Revoked,
    Tampered,
}

/// <summary>A credential's record as the verification page needs it; read by public id only.</summary>
public sealed record CredentialRecord(int Id, string PublicId, CredentialKind Kind, int CohortId, string Jwt, DateTime IssuedAtUtc, DateOnly? RevokedOn, string? RevocationReason);

/// <summary>
/// Checks credentials for the public pages: a stored one by its public id, or a pasted JWT. Valid means the signature
/// holds under one of the issuer's keys and the credential was issued here and not revoked.
/// </summary>
public sealed class CredentialsQuery(BootcampDb db, UserScope scope)
{
    public Task<CredentialRecord?> RecordAsync(string publicId, CancellationToken cancellationToken) =>
        scope.PublicCredential(publicId).AsNoTracking()
            .Select(c => new CredentialRecord(c.Id, c.PublicId, c.Kind, c.CohortId, c.Jwt, c.IssuedAtUtc, c.RevokedOn, c.RevocationReason))
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<Func<string, ECParameters?>> KeysAsync(CancellationToken cancellationToken)
    {
        var keys = await db.IssuerKeys.AsNoTracking().ToListAsync(cancellationToken);
        var byId = keys.ToDictionary(k => k.KeyId, IssuerKeyRing.PublicParameters);
        return kid => byId.TryGetValue(kid, out var parameters) ? parameters : null;
    }

    /// <summary>The state of a JWT: its signature first, then the record it names.</summary>
    public async Task<(CredentialState State, JwtCheck Check, CredentialRecord? Record)> CheckAsync(string jwt, CancellationToken cancellationToken)
    {
        var check = VcJwt.Verify(jwt, await KeysAsync(cancellationToken));
        if (!check.Valid)
            return (CredentialState.Tampered, check, null);
        var id = check.Payload!["id"]?.ToString() ?? "";
        var publicId = id[(id.LastIndexOf('/') + 1)..];
        var record = publicId.Length == 0 ? null : await RecordAsync(publicId, cancellationToken);
        if (record is null)
            return (CredentialState.Tampered, JwtCheck.Invalid("The signature holds, but no credential with this id was issued here."), null);
        return (record.RevokedOn is null ? CredentialState.Valid : CredentialState.Revoked, check, record);
    }

    /// <summary>
    /// The credential and its centre's time zone when the signed-in user may revoke it (staff of the cohort's centre
    /// and admins); null for anyone else, so a credential outside the scope is simply not found.
    /// </summary>
    public async Task<(int CredentialId, string TimeZoneId)?> RevocableAsync(string publicId, CancellationToken cancellationToken)
    {
        if (!scope.IsAdmin && !scope.IsStaff)
            return null;
        var found = await scope.Credentials().Where(c => c.PublicId == publicId)
            .Join(scope.Cohorts(), c => c.CohortId, k => k.Id, (c, k) => new { c.Id, k.CentreId })
            .Join(scope.Centres(), x => x.CentreId, ct => ct.Id, (x, ct) => new { x.Id, x.CentreId, ct.TimeZoneId })
            .SingleOrDefaultAsync(cancellationToken);
        return found is not null && scope.CanManageCentre(found.CentreId) ? (found.Id, found.TimeZoneId) : null;
    }
}
