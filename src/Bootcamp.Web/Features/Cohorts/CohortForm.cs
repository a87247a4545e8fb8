using System.ComponentModel.DataAnnotations;
using Bootcamp.Domain.Cohorts;

namespace Bootcamp.Web.Features.Cohorts;

/// <summary>One weekday of the weekly pattern on the form: whether there are lectures, and from when to when.</summary>
public sealed class PatternDayForm
{
    public DayOfWeek Day { get; set; }
    public bool Lectures { get; set; }
    public TimeOnly? Start { get; set; }
    public TimeOnly? End { get; set; }
}

public sealed class CohortForm : IValidatableObject
{
    [Required(ErrorMessage = "Enter a code, for example BER-FSW-08.")]
    [StringLength(40, ErrorMessage = "The code is at most 40 characters.")]
    [RegularExpression("^[A-Za-z0-9][A-Za-z0-9-]*$", ErrorMessage = "Use letters, digits and dashes, for example BER-FSW-08.")]
    public string Code { get; set; } = "";

    [Display(Name = "Programme")]
    public int? ProgrammeId { get; set; }

    [Display(Name = "Centre")]
    public int? CentreId { get; set; }

    [Required(ErrorMessage = "Enter the start date.")]
    [Display(Name = "Start date")]
    public DateOnly? StartDate { get; set; }

    [Range(1, 200, ErrorMessage = "Capacity is 1 to 200 learners.")]
    public int Capacity { get; set; } = 20;

    [Display(Name = "Default room")]
    public int? DefaultRoomId { get; set; }

    [Display(Name = "Instructors")]
    public List<int> InstructorIds { get; set; } = [];

    public CohortStatus Status { get; set; } = CohortStatus.Planned;

    /// <summary>One entry per weekday, Monday first.</summary>
    public List<PatternDayForm> Days { get; set; } = EmptyWeek();

    /// <summary>The key that pattern errors are shown under.</summary>
    public const string PatternKey = "Pattern";

    public static List<PatternDayForm> EmptyWeek() =>
        [.. Enum.GetValues<DayOfWeek>().OrderBy(PatternWords.MondayFirst).Select(d => new PatternDayForm { Day = d })];

    public static List<PatternDayForm> WeekOf(IEnumerable<LectureSlot> slots)
    {
        var week = EmptyWeek();
        foreach (var slot in slots)
        {
            var day = week.First(d => d.Day == slot.Day);
            day.Lectures = true;
            day.Start = slot.Start;
            day.End = slot.End;
        }
        return week;
    }

    public IReadOnlyList<LectureSlot> Slots() =>
        [.. Days.Where(d => d.Lectures && d.Start is not null && d.End is not null).Select(d => new LectureSlot(d.Day, d.Start!.Value, d.End!.Value))];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var untimed = Days.Where(d => d.Lectures && (d.Start is null || d.End is null)).ToList();
        foreach (var day in untimed)
            yield return new ValidationResult($"{day.Day}: enter a start and an end time.", [PatternKey]);
        if (untimed.Count > 0)
            yield break;
        foreach (var problem in LecturePattern.Problems([.. Slots()]))
            yield return new ValidationResult(problem, [PatternKey]);
    }
}
