using System.ComponentModel.DataAnnotations;
using Bootcamp.Domain.Cohorts;
using Bootcamp.Web.Features.Shared;

namespace Bootcamp.Web.Features.Cohorts;

public sealed class CohortForm : IWeeklyPatternForm
{
    [Required(ErrorMessage = "Enter a code, for example BER-FSW-08.")]
    [StringLength(40, ErrorMessage = "The code is at most 40 characters.")]
    [RegularExpression("^[A-Za-z0-9][A-Za-z0-9-]*$", ErrorMessage = "Use letters, digits and dashes, for example BER-FSW-08.")]
    public string? Code { get; set; }

    [Display(Name = "Programme")]
    public int? ProgrammeId { get; set; }

    [Display(Name = "Centre")]
    public int? CentreId { get; set; }

    [Required(ErrorMessage = "Enter the start date.")]
    [Display(Name = "Start date")]
    [InCalendarRange("The start date")]
    public DateOnly? StartDate { get; set; }

    [Range(1, 200, ErrorMessage = "Capacity is 1 to 200 learners.")]
    public int Capacity { get; set; } = 20;

    [Display(Name = "Default room")]
    public int? DefaultRoomId { get; set; }

    [Display(Name = "Instructors")]
    public List<int> InstructorIds { get; set; } = [];

    public CohortStatus Status { get; set; } = CohortStatus.Planned;

    [Display(Name = "Reason for cancelling")]
    [StringLength(CohortStatusMoves.MaxReasonLength, ErrorMessage = "Keep the reason under 400 characters.")]
    public string? CancellationReason { get; set; }

    /// <summary>One entry per weekday, Monday first.</summary>
    public List<PatternDayForm> Days { get; set; } = WeeklyPatternForm.EmptyWeek();

    /// <summary>The key that pattern errors are shown under.</summary>
    public const string PatternKey = "Pattern";
}
