using System.ComponentModel.DataAnnotations;
using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Learners;
using Bootcamp.Web.Features.Shared;

namespace Bootcamp.Web.Features.Enrolments;

public sealed class EnrolForm : IValidatableObject
{
    [Required(ErrorMessage = "Enter the learner's e-mail address.")]
    [StringLength(254)]
    [Display(Name = "E-mail")]
    public string Email { get; set; } = "";

    [StringLength(LearnerImportCheck.MaxNameLength)]
    [Display(Name = "First name")]
    public string? FirstName { get; set; }

    [StringLength(LearnerImportCheck.MaxNameLength)]
    [Display(Name = "Last name")]
    public string? LastName { get; set; }

    [StringLength(LearnerImportCheck.MaxPhoneLength)]
    public string? Phone { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(Email) && !LearnerCsv.IsEmail(Email.Trim()))
            yield return new ValidationResult("Enter a valid e-mail address, for example name@example.org.", [nameof(Email)]);
    }
}

public sealed class WithdrawForm
{
    [Required(ErrorMessage = "Enter the date the learner left.")]
    [Display(Name = "Withdrawn on")]
    [InCalendarRange("The withdrawal date")]
    public DateOnly? WithdrawnOn { get; set; }

    [Required(ErrorMessage = "Give a reason for the withdrawal.")]
    [StringLength(400, ErrorMessage = "Keep the reason under 400 characters.")]
    public string? Reason { get; set; }
}

public sealed class ReinstateForm
{
    [Required(ErrorMessage = "Give a reason for the reinstatement, for example how the withdrawal came to be entered by mistake.")]
    [StringLength(Reinstatement.MaxReasonLength, ErrorMessage = "Keep the reason under 400 characters.")]
    public string? Reason { get; set; }
}

/// <summary>The cohort a page about its learners is for.</summary>
public sealed record EnrolmentCohort(int Id, string Code, string Centre, CohortStatus Status, int Capacity, int Enrolled)
{
    public int FreeSeats => Math.Max(0, Capacity - Enrolled);
}

public sealed record EnrolViewModel(EnrolmentCohort Cohort, EnrolForm Form);

public sealed record WithdrawViewModel(EnrolmentCohort Cohort, int EnrolmentId, string Learner, DateOnly EnrolledOn, WithdrawForm Form);

/// <summary>The withdrawal to undo; <paramref name="Refusal"/> says why it cannot be, and then the page offers no form.</summary>
public sealed record ReinstateViewModel(EnrolmentCohort Cohort, int EnrolmentId, int LearnerId, string Learner, DateOnly EnrolledOn, DateOnly? WithdrawnOn,
    string? WithdrawalReason, string? Refusal, ReinstateForm Form);

public sealed record LearnerImportViewModel(EnrolmentCohort Cohort, string? FileProblem);

public sealed record ImportPreviewViewModel(EnrolmentCohort Cohort, IReadOnlyList<CheckedRow> Rows, string Csv)
{
    public bool CanImport => Rows.All(r => r.IsValid);
    public int Invalid => Rows.Count(r => !r.IsValid);
}
