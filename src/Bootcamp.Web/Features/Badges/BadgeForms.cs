using System.ComponentModel.DataAnnotations;
using Bootcamp.Domain.Progress;

namespace Bootcamp.Web.Features.Badges;

/// <summary>Awards one module's badge; the reason is needed when the rule does not hold yet.</summary>
public sealed class AwardForm
{
    public int ModuleId { get; set; }

    [StringLength(BadgeAward.MaxReasonLength)]
    public string? Reason { get; set; }
}

public sealed class RevokeForm
{
    public int AwardId { get; set; }

    [Required(ErrorMessage = "Give a reason for revoking the badge.")]
    [StringLength(BadgeAward.MaxReasonLength)]
    public string? Reason { get; set; }
}
