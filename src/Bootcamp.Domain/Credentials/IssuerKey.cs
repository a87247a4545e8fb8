namespace Bootcamp.Domain.Credentials;

/// <summary>
/// One of the issuer's P-256 signing keys. The public half is kept in the clear for the JWK set; the private half only
/// protected by ASP.NET Core data protection. A rotated key is retired: it signs nothing new but still verifies what
/// it signed.
/// </summary>
public sealed class IssuerKey
{
    private IssuerKey()
    {
        KeyId = null!;
        PublicX = null!;
        PublicY = null!;
        ProtectedPrivateKey = null!;
    }

    public IssuerKey(string keyId, string publicX, string publicY, string protectedPrivateKey, DateTime createdAtUtc)
    {
        KeyId = keyId;
        PublicX = publicX;
        PublicY = publicY;
        ProtectedPrivateKey = protectedPrivateKey;
        CreatedAtUtc = createdAtUtc;
    }

    public int Id { get; private set; }
    /// <summary>The JWK thumbprint (RFC 7638) of the public key, base64url.</summary>
    public string KeyId { get; private set; }
    /// <summary>The curve point, base64url, as a JWK writes it.</summary>
    public string PublicX { get; private set; }
    public string PublicY { get; private set; }
    public string ProtectedPrivateKey { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? RetiredAtUtc { get; private set; }

    public bool IsActive => RetiredAtUtc is null;

    public void Retire(DateTime atUtc) => RetiredAtUtc ??= atUtc;
}
