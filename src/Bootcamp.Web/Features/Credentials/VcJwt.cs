using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Bootcamp.Web.Features.Credentials;

/// <summary>What checking a VC-JWT found: valid with its payload, or why not.</summary>
public sealed record JwtCheck(bool Valid, string? KeyId, JsonObject? Payload, string? Problem)
{
    public static JwtCheck Invalid(string problem, string? keyId = null) => new(false, keyId, null, problem);
}

/// <summary>
/// A credential secured as a JWS in compact serialisation (RFC 7515, section 7.1) with ES256 (RFC 7518, section 3.4:
/// ECDSA on P-256 with SHA-256, the signature as R and S of 32 bytes each). The header's <c>typ</c> is
/// <c>vc+jwt</c> and the payload is the credential itself, as W3C "Securing Verifiable Credentials using JOSE and
/// COSE" has it for the data model 2.0.
/// </summary>
public static class VcJwt
{
    public const string Algorithm = "ES256";
    public const string MediaType = "vc+jwt";

    public static string Sign(JsonObject payload, string keyId, ECDsa key)
    {
        var header = new JsonObject { ["alg"] = Algorithm, ["kid"] = keyId, ["typ"] = MediaType };
        var signingInput = Base64Url(Encoding.UTF8.GetBytes(header.ToJsonString())) + "." + Base64Url(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        var signature = key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return signingInput + "." + Base64Url(signature);
    }

    /// <summary>Checks the signature with the public key that <paramref name="publicKey"/> gives for the header's <c>kid</c>.</summary>
    public static JwtCheck Verify(string jwt, Func<string, ECParameters?> publicKey)
    {
        var parts = jwt.Trim().Split('.');
        if (parts.Length != 3)
            return JwtCheck.Invalid("This is not a credential in compact JWT form (three parts separated by dots).");
        JsonObject header;
        JsonObject payload;
        byte[] signature;
        try
        {
            header = JsonNode.Parse(FromBase64Url(parts[0])) as JsonObject ?? throw new FormatException();
            payload = JsonNode.Parse(FromBase64Url(parts[1])) as JsonObject ?? throw new FormatException();
            signature = FromBase64Url(parts[2]);
        }
        catch (Exception ex) when (ex is FormatException or System.Text.Json.JsonException)
        {
            return JwtCheck.Invalid("The credential's header or content cannot be read: it was changed or cut.");
        }
        var keyId = header["kid"]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? header["kid"]!.GetValue<string>() : null;
        if (header["alg"]?.ToString() != Algorithm)
            return JwtCheck.Invalid($"The credential is not signed with {Algorithm}.", keyId);
        if (keyId is null || publicKey(keyId) is not { } parameters)
            return JwtCheck.Invalid("The credential names no signing key of this issuer.", keyId);
        using var key = ECDsa.Create(parameters);
        var signingInput = Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]);
        return key.VerifyData(signingInput, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation)
            ? new JwtCheck(true, keyId, payload, null)
            : JwtCheck.Invalid("The signature does not match the content: the credential was changed after it was issued.", keyId);
    }

    public static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static byte[] FromBase64Url(string text)
    {
        if (text.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
            throw new FormatException("Not base64url.");
        var padded = text.Replace('-', '+').Replace('_', '/');
        var bytes = Convert.FromBase64String(padded + new string('=', (4 - padded.Length % 4) % 4));
        // The last character of a segment carries a few unused bits: a text that differs only there decodes to the
        // same bytes, so only the one canonical spelling is read, and any changed character is a changed credential.
        if (Base64Url(bytes) != text)
            throw new FormatException("Not canonical base64url.");
        return bytes;
    }
}
