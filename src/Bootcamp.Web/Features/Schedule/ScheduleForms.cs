using System.ComponentModel.DataAnnotations;
using Bootcamp.Domain.Cohorts;

namespace Bootcamp.Web.Features.Schedule;

/// <summary>A write that may be kept despite conflicts, when the staff member says why.</summary>
public interface IOverridableForm
{
    [Display(Name = "Keep it despite the conflicts")]
    bool OverrideConflicts { get; }

    [Display(Name = "Why the conflicts are accepted")]
    string? OverrideReason { get; }
}

public sealed class SlotInput
{
    public DayOfWeek Day { get; set; }
    public bool Selected { get; set; }
    public TimeOnly? Start { get; set; }
    public TimeOnly? End { get; set; }
}

public sealed class GenerateForm : IOverridableForm, IValidatableObject
{
    private static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    [Required(ErrorMessage = "Give the first lecture day.")]
    [Display(Name = "First lecture day")]
    public DateOnly? StartDate { get; set; }

    public List<SlotInput> Days { get; set; } = [];

    [Display(Name = "Room")]
    public int? RoomId { get; set; }

    [Display(Name = "Instructor")]
    public int? InstructorId { get; set; }

    [Display(Name = "Keep the sessions despite the conflicts")]
    public bool OverrideConflicts { get; set; }

    [StringLength(400)]
    [Display(Name = "Why the conflicts are accepted")]
    public string? OverrideReason { get; set; }

    public static GenerateForm For(DateOnly startDate, IReadOnlyCollection<LectureSlot> pattern, int? roomId, int? instructorId) => new()
    {
        StartDate = startDate,
        RoomId = roomId,
        InstructorId = instructorId,
        Days = [.. Week.Select(day => pattern.FirstOrDefault(s => s.Day == day) is { } slot
            ? new SlotInput { Day = day, Selected = true, Start = slot.Start, End = slot.End }
            : new SlotInput { Day = day })],
    };

    public IReadOnlyList<LectureSlot> Pattern() =>
        [.. Days.Where(d => d is { Selected: true, Start: not null, End: not null }).Select(d => new LectureSlot(d.Day, d.Start!.Value, d.End!.Value))];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < Days.Count; i++)
        {
            if (Days[i].Selected && Days[i].Start is null)
                yield return new($"Give a start time for {Days[i].Day}.", [$"Days[{i}].Start"]);
            if (Days[i].Selected && Days[i].End is null)
                yield return new($"Give an end time for {Days[i].Day}.", [$"Days[{i}].End"]);
        }
    }
}

public sealed class BreakForm
{
    [Required(ErrorMessage = "A break needs a name.")]
    [StringLength(120)]
    [Display(Name = "Break name")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Give the first day of the break.")]
    [Display(Name = "First day")]
    public DateOnly? FirstDay { get; set; }

    [Required(ErrorMessage = "Give the last day of the break.")]
    [Display(Name = "Last day")]
    public DateOnly? LastDay { get; set; }
}

/// <summary>Move an existing session, or add one (then the module is needed too). Times are the centre's local time.</summary>
public sealed class SessionForm : IOverridableForm, IValidatableObject
{
    [Display(Name = "Module")]
    public int? ModuleId { get; set; }

    [StringLength(200)]
    [Display(Name = "Topic")]
    public string? Topic { get; set; }

    [Required(ErrorMessage = "Give the date.")]
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

public enum ShiftUnit
{
    Days,
    Weeks,
}

public sealed class ShiftForm : IOverridableForm
{
    [Required(ErrorMessage = "Give the date from which sessions move.")]
    [Display(Name = "Move every session on or after")]
    public DateOnly? FromDate { get; set; }

    [Range(1, 52, ErrorMessage = "Shift by 1 to 52 days or weeks.")]
    [Display(Name = "By")]
    public int Amount { get; set; } = 1;

    [Display(Name = "Unit")]
    public ShiftUnit Unit { get; set; } = ShiftUnit.Weeks;

    [Display(Name = "Keep the change despite the conflicts")]
    public bool OverrideConflicts { get; set; }

    [StringLength(400)]
    [Display(Name = "Why the conflicts are accepted")]
    public string? OverrideReason { get; set; }

    public int Days => Unit == ShiftUnit.Weeks ? Amount * 7 : Amount;
}
