using System.ComponentModel.DataAnnotations;
using Bootcamp.Domain.Scheduling;
using Bootcamp.Web.Features.Schedule;
using Bootcamp.Web.Features.Shared;

namespace Bootcamp.Web.Features.Sessions;

/// <summary>Move an existing session, or add one (then the module is needed too). Times are the centre's local time.</summary>
public sealed class SessionForm : IOverridableForm, IValidatableObject
{
    [Display(Name = "Module")]
    public int? ModuleId { get; set; }

    [StringLength(200)]
    [Display(Name = "Topic")]
    public string? Topic { get; set; }

    [Required(ErrorMessage = "Give the date.")]
    [InCalendarRange("The session's date")]
    [Display(Name = "Date")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Give the start time.")]
    [Display(Name = "Starts at")]
    public TimeOnly? Start { get; set; }

    [Required(ErrorMessage = "Give the end time.")]
    [Display(Name = "Ends at")]
    public TimeOnly? End { get; set; }

    [Display(Name = "Room")]
    public int? RoomId { get; set; }

    [Display(Name = "Instructor")]
    public int? InstructorId { get; set; }

    [Display(Name = "Keep the change despite the conflicts")]
    public bool OverrideConflicts { get; set; }

    [StringLength(400)]
    [Display(Name = "Why the conflicts are accepted")]
    public string? OverrideReason { get; set; }

    /// <summary>The session's instants in the centre's zone, with its room and instructor.</summary>
    public SessionSlot Slot(TimeZoneInfo zone) =>
        new(ScheduleGenerator.ToUtc(Date!.Value, Start!.Value, zone), ScheduleGenerator.ToUtc(Date!.Value, End!.Value, zone), RoomId, InstructorId);

    /// <summary>The form for moving a stored session, filled with where it is now.</summary>
    public static SessionForm Of(SessionRow row) => new()
    {
        Date = row.LocalDate,
        Start = TimeOnly.FromDateTime(row.LocalStart),
        End = TimeOnly.FromDateTime(row.LocalEnd),
        RoomId = row.RoomId,
        InstructorId = row.InstructorId,
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Start is { } start && End is { } end && end <= start)
            yield return new("The session must end after it starts.", [nameof(End)]);
    }
}

public sealed class CancelForm
{
    [Required(ErrorMessage = "Give a reason for the cancellation.")]
    [StringLength(400)]
    [Display(Name = "Reason for cancelling")]
    public string? Reason { get; set; }
}

/// <summary>Undo a cancellation made by mistake; the reason goes into the session's history.</summary>
public sealed class RestoreForm
{
    [Required(ErrorMessage = "Say why the session is restored.")]
    [StringLength(SessionChange.MaxReasonLength)]
    [Display(Name = "Why it is restored")]
    public string? Reason { get; set; }
}
