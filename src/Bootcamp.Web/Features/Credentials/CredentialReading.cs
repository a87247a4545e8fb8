using System.Text.Json.Nodes;

namespace Bootcamp.Web.Features.Credentials;

/// <summary>What a verified credential says, read back from its signed payload for the verification page.</summary>
public sealed record CredentialStatement(
    string Id, string Name, string Issuer, string IssuerCountry, string ValidFrom, string Description, string Criteria, string AchievementType,
    IReadOnlyList<(string Label, string Value)> MicroCredential, IReadOnlyList<EvidenceLine> Evidence)
{
    private static readonly (string Key, string Label)[] EuElements =
    [
        ("title", "Title"), ("awardingBody", "Awarding body"), ("issuerCountry", "Country of the issuer"), ("dateOfIssue", "Date of issue"),
        ("learningOutcomes", "Learning outcomes"), ("notionalWorkloadHours", "Notional workload (hours)"), ("eqfLevel", "Level (EQF)"),
        ("typeOfAssessment", "Type of assessment"), ("formOfParticipation", "Form of participation"), ("qualityAssurance", "Quality assurance"),
    ];

    /// <summary>Reads the payload; a field that is missing reads as empty, the signature already vouched for the rest.</summary>
    public static CredentialStatement From(JsonObject payload)
    {
        var achievement = payload["credentialSubject"]?["achievement"];
        var eu = achievement?["euMicroCredential"] as JsonObject;
        return new CredentialStatement(
            Text(payload["id"]), Text(payload["name"]), Text(payload["issuer"]?["name"]), Text(payload["issuer"]?["address"]?["addressCountryCode"]),
            Text(payload["validFrom"]), Text(achievement?["description"]), Text(achievement?["criteria"]?["narrative"]), Text(achievement?["achievementType"]),
            [.. EuElements.Select(e => (e.Label, Stated(eu?[e.Key])))],
            [.. (payload["evidence"] as JsonArray ?? []).Select(e => new EvidenceLine(Text(e?["name"]), Text(e?["description"])))]);
    }

    private static string Stated(JsonNode? node) => Text(node) is { Length: > 0 } text ? text : "not stated";

    private static string Text(JsonNode? node) => node is JsonValue value ? value.ToString() : "";
}
