using System.ComponentModel.DataAnnotations;
using Bootcamp.Domain.Programmes;

namespace Bootcamp.Web.Features.Programmes;

/// <summary>The programme's EU micro-credential elements, which every badge and graduation credential of its cohorts carries.</summary>
public sealed class MicroCredentialForm
{
    [StringLength(MicroCredentialProfile.MaxTextLength)]
    public string? AwardingBody { get; set; }

    [StringLength(MicroCredentialProfile.MaxTextLength)]
    public string? LearningOutcomes { get; set; }

    [Range(1, 8, ErrorMessage = "The EQF level is 1 to 8, or empty when the programme gives none.")]
    public int? EqfLevel { get; set; }

    [StringLength(MicroCredentialProfile.MaxTextLength)]
    public string? AssessmentType { get; set; }

    [StringLength(MicroCredentialProfile.MaxTextLength)]
    public string? ParticipationForm { get; set; }

    [StringLength(MicroCredentialProfile.MaxTextLength)]
    public string? QualityAssurance { get; set; }

    public static MicroCredentialForm For(MicroCredentialProfile p) => new()
    {
        AwardingBody = p.AwardingBody, LearningOutcomes = p.LearningOutcomes, EqfLevel = p.EqfLevel,
        AssessmentType = p.AssessmentType, ParticipationForm = p.ParticipationForm, QualityAssurance = p.QualityAssurance,
    };

    public MicroCredentialProfile Profile() =>
        new(AwardingBody ?? "", LearningOutcomes ?? "", EqfLevel, AssessmentType ?? "", ParticipationForm ?? "", QualityAssurance ?? "");
}

public sealed record MicroCredentialViewModel(int ProgrammeId, string Code, string Name, MicroCredentialForm Form);
