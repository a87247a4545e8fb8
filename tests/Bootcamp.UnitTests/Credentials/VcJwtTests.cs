using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Bootcamp.Domain.Credentials;
using Bootcamp.Web.Features.Credentials;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Bootcamp.UnitTests.Credentials;

public sealed class VcJwtTests
{
    private static readonly DateTime Issued = new(2026, 6, 10, 10, 0, 0, DateTimeKind.Utc);

    private static CredentialContent Content() => new(
        "0123456789abcdef0123456789abcdef", "https://bootcamp.example.org", CredentialKind.Badge, "modules/12", "Web Foundations",
        "Module Web basics of Full-Stack Web Developer: HTML, CSS.", "Attend at least 80% of the module's held lectures.", "Bootcamp Berlin Kreuzberg", "DE",
        "Build accessible web pages.", 70, 4, "Continuous assessment", "In person", "Internal review", Issued, "Ada@Example.org", "00ff",
        [new("Module exercise", "40 h of hands-on exercise logged in the module")]);

    private static (ECDsa Key, Func<string, ECParameters?> Keys) KeyPair(string kid = "k1")
    {
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var parameters = key.ExportParameters(false);
        return (key, id => id == kid ? parameters : null);
    }

    [Test]
    public void A_signed_credential_verifies_and_gives_back_its_content()
    {
        var (key, keys) = KeyPair();
        var jwt = VcJwt.Sign(OpenBadgeCredential.Build(Content()), "k1", key);

        var check = VcJwt.Verify(jwt, keys);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(check.Valid, Is.True, check.Problem);
            Assert.That(check.KeyId, Is.EqualTo("k1"));
            Assert.That(check.Payload!["id"]!.ToString(), Is.EqualTo("https://bootcamp.example.org/credentials/0123456789abcdef0123456789abcdef"));
        }
    }

    [Test]
    public void Changing_one_byte_of_the_content_breaks_the_signature()
    {
        var (key, keys) = KeyPair();
        var jwt = VcJwt.Sign(OpenBadgeCredential.Build(Content()), "k1", key);
        var parts = jwt.Split('.');
        var payload = Encoding.UTF8.GetString(VcJwt.FromBase64Url(parts[1])).Replace("Web Foundations", "Web Foundationz", StringComparison.Ordinal);
        var tampered = $"{parts[0]}.{VcJwt.Base64Url(Encoding.UTF8.GetBytes(payload))}.{parts[2]}";

        var check = VcJwt.Verify(tampered, keys);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(check.Valid, Is.False);
            Assert.That(check.Problem, Is.EqualTo("The signature does not match the content: the credential was changed after it was issued."));
        }
    }

    [Test]
    public void Every_single_character_changed_anywhere_fails()
    {
        var (key, keys) = KeyPair();
        var jwt = VcJwt.Sign(OpenBadgeCredential.Build(Content()), "k1", key);

        var accepted = Enumerable.Range(0, jwt.Length).Where(i => jwt[i] != '.')
            .Select(i => jwt[..i] + (jwt[i] == 'A' ? 'B' : 'A') + jwt[(i + 1)..])
            .Count(changed => VcJwt.Verify(changed, keys).Valid);

        Assert.That(accepted, Is.Zero);
    }

    [Test]
    public void A_signature_whose_last_character_differs_only_in_its_unused_bits_is_refused()
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        var (key, keys) = KeyPair();
        var jwt = VcJwt.Sign(OpenBadgeCredential.Build(Content()), "k1", key);
        // 64 signature bytes fill 85 characters and 2 bits of the 86th; its low 4 bits carry nothing.
        var last = alphabet.IndexOf(jwt[^1], StringComparison.Ordinal);
        var sameBytes = jwt[..^1] + alphabet[last ^ 1];

        Assert.That(VcJwt.FromBase64Url(jwt.Split('.')[2]), Has.Length.EqualTo(64));
        Assert.That(VcJwt.Verify(sameBytes, keys).Valid, Is.False);
    }

    [Test]
    public void A_key_the_issuer_never_published_is_refused()
    {
        var (key, _) = KeyPair();
        var (_, otherKeys) = KeyPair("k2");
        var jwt = VcJwt.Sign(OpenBadgeCredential.Build(Content()), "k1", key);

        Assert.That(VcJwt.Verify(jwt, otherKeys).Problem, Is.EqualTo("The credential names no signing key of this issuer."));
    }

    [TestCase("")]
    [TestCase("eyJhbGciOiJub25lIn0.e30.")]
    [TestCase("not a credential at all")]
    [TestCase("@@.@@.@@")]
    public void Text_that_is_not_a_signed_credential_is_refused_without_an_exception(string text)
    {
        var (_, keys) = KeyPair();

        Assert.That(VcJwt.Verify(text, keys).Valid, Is.False);
    }

    [Test]
    public void An_independent_JWT_library_validates_the_signature_with_the_published_key()
    {
        var (key, _) = KeyPair();
        var jwt = VcJwt.Sign(OpenBadgeCredential.Build(Content()), "k1", key);
        var publicKey = new ECDsaSecurityKey(ECDsa.Create(key.ExportParameters(false))) { KeyId = "k1" };

        var result = new JsonWebTokenHandler().ValidateTokenAsync(jwt, new TokenValidationParameters
        {
            IssuerSigningKey = publicKey,
            ValidIssuer = "https://bootcamp.example.org/credentials/issuer",
            ValidateAudience = false,
            ValidateLifetime = false,
        }).GetAwaiter().GetResult();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.IsValid, Is.True, result.Exception?.Message);
            Assert.That(((JsonWebToken)result.SecurityToken).Alg, Is.EqualTo("ES256"));
            Assert.That(((JsonWebToken)result.SecurityToken).Typ, Is.EqualTo("vc+jwt"));
        }
    }

    [Test]
    public void The_credential_is_an_open_badge_with_the_learner_as_a_salted_hash_of_the_email()
    {
        var credential = OpenBadgeCredential.Build(Content());
        var subject = credential["credentialSubject"]!;
        var identity = subject["identifier"]![0]!;
        var expectedHash = "sha256$" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("ada@example.org00ff")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(credential["@context"]!.AsArray().Select(c => c!.ToString()),
                Is.EqualTo(new[] { "https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json" }));
            Assert.That(credential["type"]!.AsArray().Select(t => t!.ToString()), Is.EqualTo(new[] { "VerifiableCredential", "OpenBadgeCredential" }));
            Assert.That(credential["validFrom"]!.ToString(), Is.EqualTo("2026-06-10T10:00:00Z"));
            Assert.That(credential["issuer"]!["id"]!.ToString(), Is.EqualTo("https://bootcamp.example.org/credentials/issuer"));
            Assert.That(subject["type"]![0]!.ToString(), Is.EqualTo("AchievementSubject"));
            Assert.That((identity["type"]!.ToString(), identity["identityHash"]!.ToString(), identity["salt"]!.ToString()), Is.EqualTo(("IdentityObject", expectedHash, "00ff")));
            Assert.That(credential.ToJsonString(), Does.Not.Contain("ada@example.org").IgnoreCase);
            Assert.That(subject["achievement"]!["criteria"]!["narrative"]!.ToString(), Is.EqualTo("Attend at least 80% of the module's held lectures."));
            Assert.That(subject["achievement"]!["euMicroCredential"]!["notionalWorkloadHours"]!.GetValue<int>(), Is.EqualTo(70));
            Assert.That(subject["achievement"]!["euMicroCredential"]!["eqfLevel"]!.GetValue<int>(), Is.EqualTo(4));
            Assert.That(credential["credentialStatus"]!["type"]!.ToString(), Is.EqualTo("1EdTechRevocationList"));
            Assert.That(credential["evidence"]![0]!["description"]!.ToString(), Is.EqualTo("40 h of hands-on exercise logged in the module"));
        }
    }

    [Test]
    public void The_key_id_is_the_RFC_7638_thumbprint()
    {
        // RFC 7638 has no EC example; this pins the member order and encoding against a hash computed by hand.
        var expected = VcJwt.Base64Url(SHA256.HashData(Encoding.UTF8.GetBytes("{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"AA\",\"y\":\"AQ\"}")));

        Assert.That(IssuerKeyRing.Thumbprint("AA", "AQ"), Is.EqualTo(expected));
    }
}
