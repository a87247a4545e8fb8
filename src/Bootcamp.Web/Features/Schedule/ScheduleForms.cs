using System.ComponentModel.DataAnnotations;
using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Scheduling;
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

/// <summary>
/// The generate form: the first lecture day, the weekly pattern, the room of every session and who teaches: one
/// instructor, or several by module, by weekday or taking turns (<see cref="InstructorRota"/>).
/// </summary>
public sealed class GenerateForm : IOverridableForm, IWeeklyPatternForm
{
    public const string TakeTurnsTooFew = "Tick at least two instructors to take turns, or choose one instructor for every lecture.";

    [Required(ErrorMessage = "Give the first lecture day.")]
    [InCalendarRange("The first lecture day")]
    [Display(Name = "First lecture day")]
    public DateOnly? StartDate { get; set; }

    public List<PatternDayForm> Days { get; set; } = WeeklyPatternForm.EmptyWeek();

    [Display(Name = "Room")]
    public int? RoomId { get; set; }

    [Display(Name = "Who teaches")]
    public InstructorSplit Split { get; set; }

    [Display(Name = "Instructor")]
    public int? InstructorId { get; set; }

    [Display(Name = "Instructors taking turns")]
    public List<int> TurnIds { get; set; } = [];

    /// <summary>The instructor of each module, keyed by module id; an empty choice leaves the module without one.</summary>
    public Dictionary<int, int?> ModuleInstructors { get; set; } = [];

    /// <summary>The instructor of each lecture weekday; weekdays without lectures are ignored.</summary>
    public Dictionary<DayOfWeek, int?> WeekdayInstructors { get; set; } = [];

    [Display(Name = "Keep the sessions despite the conflicts")]
    public bool OverrideConflicts { get; set; }

    [StringLength(400)]
    [Display(Name = "Why the conflicts are accepted")]
    public string? OverrideReason { get; set; }

    public InstructorRota Rota() => Split switch
    {
        InstructorSplit.TakeTurns => InstructorRota.TakingTurns(TurnIds),
        InstructorSplit.ByModule => InstructorRota.PerModule(Chosen(ModuleInstructors)),
        InstructorSplit.ByWeekday => InstructorRota.PerWeekday(Chosen(WeekdayInstructors)),
        _ => InstructorRota.One(InstructorId),
    };

    /// <summary>What is wrong with the choice of instructors, as (field, message).</summary>
    public IEnumerable<KeyValuePair<string, string>> RotaProblems()
    {
        if (!Enum.IsDefined(Split))
            yield return new(nameof(Split), "Choose how the instructors share the lectures.");
        else if (Split == InstructorSplit.TakeTurns && TurnIds.Distinct().Count() < 2)
            yield return new(nameof(TurnIds), TakeTurnsTooFew);
    }

    private static Dictionary<TKey, int> Chosen<TKey>(Dictionary<TKey, int?> choices) where TKey : notnull =>
        choices.Where(c => c.Value is not null).ToDictionary(c => c.Key, c => c.Value!.Value);

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
