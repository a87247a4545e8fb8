using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Bootcamp.Domain.Credentials;

namespace Bootcamp.Web.Features.Credentials;

/// <summary>One piece of evidence in words: a figure of the engine, for example "Exercise hours" and "412 h logged".</summary>
public sealed record EvidenceLine(string Name, string Description);

/// <summary>
/// Everything a credential says, as plain values. The EU micro-credential elements (Council Recommendation
/// 2022/C 243/02, Annex I) are all here: the learner (the hashed e-mail), the title, the issuer's country, the
/// awarding body, the date of issue, learning outcomes, notional workload, level, assessment, participation and quality
/// assurance. Empty texts are the programme's "not stated".
/// </summary>
public sealed record CredentialContent(
    string PublicId,
    string BaseUrl,
    CredentialKind Kind,
    string AchievementKey,
    string Title,
    string Description,
    string CriteriaNarrative,
    string AwardingBody,
    string IssuerCountry,
    string LearningOutcomes,
    int WorkloadHours,
    int? EqfLevel,
    string AssessmentType,
    string ParticipationForm,
    string QualityAssurance,
    DateTime IssuedAtUtc,
    string LearnerEmail,
    string Salt,
    IReadOnlyList<EvidenceLine> Evidence)
{
    public string Id => CredentialLinks.CredentialUrl(BaseUrl, PublicId);
}

/// <summary>
/// Builds an <c>OpenBadgeCredential</c> (1EdTech Open Badges 3.0 on the W3C Verifiable Credentials Data Model 2.0):
/// contexts, types, id, issuer profile, validFrom, name, an AchievementSubject identified by a salted SHA-256 of the
/// e-mail, the achievement with its criteria, evidence and a revocation status. Terms the Open Badges context does not
/// define (the EU elements) fall under the VC 2.0 context's issuer-dependent vocabulary, so the document stays valid.
/// </summary>
public static class OpenBadgeCredential
{
    public static readonly string[] Contexts =
        ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"];

    public static JsonObject Build(CredentialContent c)
    {
        var issuedAt = c.IssuedAtUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var issuer = Issuer(c);
        var achievement = new JsonObject
        {
            ["id"] = $"{c.BaseUrl}/achievements/{c.AchievementKey}",
            ["type"] = new JsonArray("Achievement"),
            ["achievementType"] = c.Kind == CredentialKind.Badge ? "Badge" : "Certificate",
            ["name"] = c.Title,
            ["description"] = c.Description,
            ["criteria"] = new JsonObject { ["narrative"] = c.CriteriaNarrative },
            ["creator"] = Issuer(c),
            ["inLanguage"] = "en",
            ["euMicroCredential"] = new JsonObject
            {
                ["title"] = c.Title,
                ["awardingBody"] = c.AwardingBody,
                ["issuerCountry"] = c.IssuerCountry,
                ["dateOfIssue"] = issuedAt,
                ["learningOutcomes"] = c.LearningOutcomes,
                ["notionalWorkloadHours"] = c.WorkloadHours,
                ["eqfLevel"] = c.EqfLevel,
                ["typeOfAssessment"] = c.AssessmentType,
                ["formOfParticipation"] = c.ParticipationForm,
                ["qualityAssurance"] = c.QualityAssurance,
            },
        };
        return new JsonObject
        {
            ["@context"] = new JsonArray([.. Contexts.Select(x => (JsonNode)x)]),
            ["id"] = c.Id,
            ["type"] = new JsonArray("VerifiableCredential", "OpenBadgeCredential"),
            ["issuer"] = issuer,
            ["validFrom"] = issuedAt,
            ["name"] = c.Title,
            ["credentialSubject"] = new JsonObject
            {
                ["type"] = new JsonArray("AchievementSubject"),
                ["identifier"] = new JsonArray(new JsonObject
                {
                    ["type"] = "IdentityObject",
                    ["identityHash"] = IdentityHash(c.LearnerEmail, c.Salt),
                    ["identityType"] = "emailAddress",
                    ["hashed"] = true,
                    ["salt"] = c.Salt,
                }),
                ["achievement"] = achievement,
            },
            ["evidence"] = new JsonArray([.. c.Evidence.Select(e => (JsonNode)new JsonObject
            {
                ["type"] = new JsonArray("Evidence"), ["name"] = e.Name, ["description"] = e.Description,
            })]),
            ["credentialStatus"] = new JsonObject
            {
                ["id"] = CredentialLinks.StatusUrl(c.BaseUrl, c.PublicId),
                ["type"] = "1EdTechRevocationList",
            },
            // JWT registered claims mirror the credential for verifiers that read them (Open Badges 3.0, section 8.2).
            ["iss"] = issuer["id"]!.GetValue<string>(),
            ["jti"] = c.Id,
            ["nbf"] = new DateTimeOffset(c.IssuedAtUtc, TimeSpan.Zero).ToUnixTimeSeconds(),
            ["iat"] = new DateTimeOffset(c.IssuedAtUtc, TimeSpan.Zero).ToUnixTimeSeconds(),
        };
    }

    /// <summary>Open Badges 3.0, IdentityObject: "sha256$" and the hex SHA-256 of the normalised e-mail followed by the salt.</summary>
    public static string IdentityHash(string email, string salt) =>
        "sha256$" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant() + salt)));

    public static string NewSalt() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private static JsonObject Issuer(CredentialContent c) => new()
    {
        ["id"] = CredentialLinks.IssuerUrl(c.BaseUrl),
        ["type"] = new JsonArray("Profile"),
        ["name"] = c.AwardingBody,
        ["url"] = c.BaseUrl,
        ["address"] = new JsonObject { ["type"] = new JsonArray("Address"), ["addressCountryCode"] = c.IssuerCountry },
    };
}
