using System.ComponentModel.DataAnnotations;
using Bootcamp.Domain.Cohorts;
using Bootcamp.Web.Features.Cohorts;
using Bootcamp.Web.Features.Shared;

namespace Bootcamp.Web.Features.Schedule;

/// <summary>A write that may be kept despite conflicts, when the staff member says why.</summary>
public interface IOverridableForm
{
    [Display(Name = "Keep it despite the conflicts")]
    bool OverrideConflicts { get; }

    [Display(Name = "Why the conflicts are accepted")]
    string? OverrideReason { get; }
}

/// <summary>The generate form: the first lecture day, the weekly pattern, and the room and instructor of every session.</summary>
public sealed class GenerateForm : IOverridableForm, IWeeklyPatternForm
{
    [Required(ErrorMessage = "Give the first lecture day.")]
    [InCalendarRange("The first lecture day")]
    [Display(Name = "First lecture day")]
    public DateOnly? StartDate { get; set; }

    public List<PatternDayForm> Days { get; set; } = WeeklyPatternForm.EmptyWeek();

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
        Days = WeeklyPatternForm.WeekOf(pattern),
    };
}

public sealed class BreakForm
{
    [Required(ErrorMessage = "A break needs a name.")]
    [StringLength(120)]
    [Display(Name = "Break name")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Give the first day of the break.")]
    [InCalendarRange("The first day of a break")]
    [Display(Name = "First day")]
    public DateOnly? FirstDay { get; set; }

    [Required(ErrorMessage = "Give the last day of the break.")]
    [InCalendarRange("The last day of a break")]
    [Display(Name = "Last day")]
    public DateOnly? LastDay { get; set; }
}

public enum ShiftUnit
{
    Days,
    Weeks,
}

public sealed class ShiftForm : IOverridableForm
{
    [Required(ErrorMessage = "Give the date from which sessions move.")]
    [InCalendarRange("The date sessions move from")]
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
