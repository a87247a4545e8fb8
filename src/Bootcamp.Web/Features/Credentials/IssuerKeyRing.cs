using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Bootcamp.Domain.Credentials;
using Bootcamp.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Credentials;

/// <summary>
/// The issuer's signing keys: P-256 pairs made here, the private half stored only through ASP.NET Core data
/// protection. One key signs at a time; rotating retires it and makes a new one, and every key ever used stays in the
/// JWK set so old credentials still verify.
/// </summary>
public sealed class IssuerKeyRing(BootcampDb db, IDataProtectionProvider protection, TimeProvider time)
{
    private const string Purpose = "Bootcamp.Credentials.IssuerKey.v1";

    /// <summary>The signing key, made on first use (and at start-up, so the JWK set is never empty).</summary>
    public async Task<IssuerKey> EnsureAsync(CancellationToken cancellationToken) =>
        await db.IssuerKeys.Where(k => k.RetiredAtUtc == null).OrderByDescending(k => k.Id).FirstOrDefaultAsync(cancellationToken)
        ?? await AddAsync(cancellationToken);

    /// <summary>Retires the signing key and makes a new one.</summary>
    public async Task<IssuerKey> RotateAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var key in await db.IssuerKeys.Where(k => k.RetiredAtUtc == null).ToListAsync(cancellationToken))
            key.Retire(now);
        return await AddAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<IssuerKey>> AllAsync(CancellationToken cancellationToken) =>
        await db.IssuerKeys.AsNoTracking().OrderBy(k => k.Id).ToListAsync(cancellationToken);

    /// <summary>The signing key's private half, for signing one credential; the caller disposes it.</summary>
    public ECDsa Signer(IssuerKey key)
    {
        var d = VcJwt.FromBase64Url(protection.CreateProtector(Purpose).Unprotect(key.ProtectedPrivateKey));
        return ECDsa.Create(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, D = d, Q = PublicParameters(key).Q });
    }

    public static ECParameters PublicParameters(IssuerKey key) => new()
    {
        Curve = ECCurve.NamedCurves.nistP256,
        Q = new ECPoint { X = VcJwt.FromBase64Url(key.PublicX), Y = VcJwt.FromBase64Url(key.PublicY) },
    };

    /// <summary>The public key as a JWK (RFC 7517) for the JWK set.</summary>
    public static JsonObject Jwk(IssuerKey key) => new()
    {
        ["kty"] = "EC", ["crv"] = "P-256", ["x"] = key.PublicX, ["y"] = key.PublicY, ["kid"] = key.KeyId, ["use"] = "sig", ["alg"] = VcJwt.Algorithm,
    };

    /// <summary>The JWK thumbprint (RFC 7638, section 3): SHA-256 over the required members in lexical order.</summary>
    public static string Thumbprint(string x, string y) =>
        VcJwt.Base64Url(SHA256.HashData(Encoding.UTF8.GetBytes($"{{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"{x}\",\"y\":\"{y}\"}}")));

    private async Task<IssuerKey> AddAsync(CancellationToken cancellationToken)
    {
        using var pair = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var parameters = pair.ExportParameters(includePrivateParameters: true);
        var x = VcJwt.Base64Url(parameters.Q.X!);
        var y = VcJwt.Base64Url(parameters.Q.Y!);
        var key = new IssuerKey(Thumbprint(x, y), x, y, protection.CreateProtector(Purpose).Protect(VcJwt.Base64Url(parameters.D!)), time.GetUtcNow().UtcDateTime);
        db.IssuerKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }
}
