using System.ComponentModel.DataAnnotations;
using Bootcamp.Domain.Logging;

namespace Bootcamp.Web.Features.Attendance;

public sealed class RosterForm : IValidatableObject
{
    public const string AllPresent = "AllPresent";

    public List<RosterRow> Rows { get; set; } = [];

    /// <summary>Why marks recorded earlier are being changed; centre staff must give one after the correction window.</summary>
    [StringLength(500)]
    [Display(Name = "Reason for changes")]
    public string? Reason { get; set; }

    /// <summary>The button used: <see cref="AllPresent"/> marks every learner present in the same one post.</summary>
    public string? Command { get; set; }

    /// <summary>Every row marked present and without a reason, for the button that marks everyone present.</summary>
    public void MarkAllPresent()
    {
        foreach (var row in Rows)
        {
            row.Status = AttendanceStatus.Present;
            row.Reason = null;
        }
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < Rows.Count; i++)
        {
            if (Rows[i].Status is null)
                yield return new ValidationResult("Choose present, late, absent or excused.", [$"{nameof(Rows)}[{i}].{nameof(RosterRow.Status)}"]);
            else if (Rows[i].Status == AttendanceStatus.Excused && string.IsNullOrWhiteSpace(Rows[i].Reason))
                yield return new ValidationResult("An excused absence needs a reason.", [$"{nameof(Rows)}[{i}].{nameof(RosterRow.Reason)}"]);
        }
    }
}

public sealed class RosterRow
{
    public int LearnerId { get; set; }
    public AttendanceStatus? Status { get; set; }

    [StringLength(300)]
    public string? Reason { get; set; }

    /// <summary>The version of the mark the form was built from; 0 when there was none.</summary>
    public int Version { get; set; }

    /// <summary>A learner's row as recorded; a roster not taken yet starts with everyone present, so the usual case is one click on Save.</summary>
    public static RosterRow For(RosterLearner learner) =>
        new() { LearnerId = learner.LearnerId, Status = learner.Status ?? AttendanceStatus.Present, Reason = learner.Reason, Version = learner.Version };
}
