using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Bootcamp.Domain.Logging;

namespace Bootcamp.Web.Features.ExerciseHours;

/// <summary>Hours typed by a person: decimal hours in quarters, with a dot or a comma.</summary>
public static class HoursText
{
    public static int? Minutes(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var normalised = text.Trim().Replace(',', '.');
        if (!decimal.TryParse(normalised, NumberStyles.Number, CultureInfo.InvariantCulture, out var hours))
            return int.MinValue;
        // Beyond a day either way the figure only needs to be refused by the rules, not to fit an int.
        var minutes = Math.Clamp(hours, -24, 24) * 60;
        // A value that is not whole minutes cannot be quarter hours; the rule's message explains the unit.
        return minutes == decimal.Truncate(minutes) ? (int)minutes : 1;
    }

    public const string NotANumber = "Type hours as a number, for example 1.5.";
}

/// <summary>The fields of one entry of hours, shared by logging a new one and correcting a stored one.</summary>
public abstract class HoursFields : IValidatableObject
{
    [Required(ErrorMessage = "Choose solo or group work.")]
    public ExerciseKind? Kind { get; set; }

    [Required(ErrorMessage = "Choose the module.")]
    [Display(Name = "Module")]
    public int? ModuleId { get; set; }

    [Required(ErrorMessage = "Give the day of the work.")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Give the hours, for example 1.5.")]
    public string? Hours { get; set; }

    [Required(ErrorMessage = "Say in a few words what was done.")]
    [StringLength(300, ErrorMessage = "Keep the description under 300 characters.")]
    public string? Description { get; set; }

    public virtual IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (HoursText.Minutes(Hours) == int.MinValue)
            yield return new ValidationResult(HoursText.NotANumber, [nameof(Hours)]);
    }
}

/// <summary>Hours for one learner, or for every member of a project group at once.</summary>
public sealed class LogForm : HoursFields
{
    public const string LearnerPrefix = "learner-";
    public const string GroupPrefix = "group-";

    [Required(ErrorMessage = "Choose a learner or a project group.")]
    [Display(Name = "Learner or group")]
    public string? Who { get; set; }

    public int? LearnerId => Who?.StartsWith(LearnerPrefix, StringComparison.Ordinal) == true && int.TryParse(Who[LearnerPrefix.Length..], out var id) ? id : null;

    public int? GroupId => Who?.StartsWith(GroupPrefix, StringComparison.Ordinal) == true && int.TryParse(Who[GroupPrefix.Length..], out var id) ? id : null;

    public override IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Who is not null && LearnerId is null && GroupId is null)
            yield return new ValidationResult("Choose a learner or a project group.", [nameof(Who)]);
        if (GroupId is not null && Kind == ExerciseKind.Solo)
            yield return new ValidationResult("Hours logged for a project group are group work.", [nameof(Kind)]);
        foreach (var result in base.Validate(validationContext))
            yield return result;
    }
}

/// <summary>A week of new hours for a cohort: one cell per learner and day, keyed "learnerId:yyyy-MM-dd".</summary>
public sealed class GridForm
{
    [Required(ErrorMessage = "Choose the module.")]
    [Display(Name = "Module")]
    public int? ModuleId { get; set; }

    public ExerciseKind Kind { get; set; } = ExerciseKind.Solo;

    [Required(ErrorMessage = "Say in a few words what was done.")]
    [StringLength(300, ErrorMessage = "Keep the description under 300 characters.")]
    public string? Description { get; set; }

    public Dictionary<string, string?> Hours { get; set; } = [];

    public static string Key(int learnerId, DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{learnerId}:{date:yyyy-MM-dd}");

    public static string Field(int learnerId, DateOnly date) => $"Form.{nameof(Hours)}[{Key(learnerId, date)}]";
}

public sealed class ImportForm
{
    [Display(Name = "CSV file")]
    public IFormFile? File { get; set; }

    [Display(Name = "Or paste the CSV")]
    public string? Csv { get; set; }

    /// <summary>"Preview" checks only; "Import" checks again and saves when every row is good.</summary>
    public string? Command { get; set; }
}

/// <summary>A correction of one stored entry. <see cref="Version"/> is the version the form was built from.</summary>
public sealed class EditForm : HoursFields
{
    [StringLength(500)]
    [Display(Name = "Reason for the correction")]
    public string? Reason { get; set; }

    public int Version { get; set; }

    [Display(Name = "Apply to every member of the group entry")]
    public bool WholeGroup { get; set; }
}
