using Bootcamp.Domain.Common;

namespace Bootcamp.Domain.Programmes;

/// <summary>
/// The programme's part of the EU micro-credential elements (Council Recommendation 2022/C 243/02, Annex I, part I):
/// learning outcomes (f), level where the programme gives one (h, EQF 1 to 8), type of assessment (i), form of
/// participation (j) and quality assurance (k), plus the awarding body (d) when it is not the centre. The learner (a),
/// title (b), issuer country (c), date of issue (e) and notional workload (g) come from the cohort, the centre and the
/// planned hours. An empty text means the programme has not said.
/// </summary>
public sealed record MicroCredentialProfile(
    string AwardingBody,
    string LearningOutcomes,
    int? EqfLevel,
    string AssessmentType,
    string ParticipationForm,
    string QualityAssurance)
{
    public const int MaxTextLength = 2000;

    public static MicroCredentialProfile Empty { get; } = new("", "", null, "", "", "");

    /// <summary>Checks the profile and returns it with its texts trimmed.</summary>
    public MicroCredentialProfile Checked()
    {
        if (EqfLevel is < 1 or > 8)
            throw new DomainException(nameof(EqfLevel), "The EQF level is 1 to 8, or empty when the programme gives none.");
        foreach (var (field, text) in new[]
                 {
                     (nameof(AwardingBody), AwardingBody), (nameof(LearningOutcomes), LearningOutcomes), (nameof(AssessmentType), AssessmentType),
                     (nameof(ParticipationForm), ParticipationForm), (nameof(QualityAssurance), QualityAssurance),
                 })
        {
            if (text?.Length > MaxTextLength)
                throw new DomainException(field, $"Keep this under {MaxTextLength} characters.");
        }
        return new(Clean(AwardingBody), Clean(LearningOutcomes), EqfLevel, Clean(AssessmentType), Clean(ParticipationForm), Clean(QualityAssurance));
    }

    private static string Clean(string? text) => text?.Trim() ?? "";
}
