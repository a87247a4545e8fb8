using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using System.ComponentModel.DataAnnotations;
using Bootcamp.Domain.Programmes;

namespace Bootcamp.Web.Features.Programmes;

/// <summary>A programme with its graduation criteria, as one form.</summary>
public sealed class ProgrammeForm
{
    [Required(ErrorMessage = "Enter a short code, for example FSW.")]
    [StringLength(20, ErrorMessage = "The code is at most 20 characters.")]
    [RegularExpression("^[A-Za-z0-9-]+$", ErrorMessage = "Use letters, digits and dashes only.")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Enter the programme's name.")]
    [StringLength(200, ErrorMessage = "The name is at most 200 characters.")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Enter the track, for example Web development.")]
    [StringLength(100, ErrorMessage = "The track is at most 100 characters.")]
    public string Track { get; set; } = "";

    [Display(Name = "Duration in weeks")]
    [Range(Programme.MinWeeks, Programme.MaxWeeks, ErrorMessage = "A programme runs 26 to 39 weeks.")]
    public int DurationWeeks { get; set; } = 36;

    [StringLength(2000, ErrorMessage = "The description is at most 2000 characters.")]
    public string? Description { get; set; }

    [Display(Name = "Minimum attendance (%)")]
    [Range(0, 100, ErrorMessage = "Attendance is a percentage from 0 to 100.")]
    public int MinAttendancePercent { get; set; }

    [Display(Name = "Minimum exercise hours")]
    [Range(0, 5000, ErrorMessage = "Exercise hours are 0 to 5000.")]
    public int MinExerciseHours { get; set; }

    [Display(Name = "Minimum share in group work (%)")]
    [Range(0, 100, ErrorMessage = "The group share is a percentage from 0 to 100.")]
    public int MinGroupSharePercent { get; set; }

    [Display(Name = "Every group project passed")]
    public bool RequireAllProjectsPassed { get; set; }

    [Display(Name = "Minimum soft-skill average (of 5)")]
    [Range(typeof(decimal), "0", "5", ErrorMessage = "The soft-skill average is 0 to 5.")]
    public decimal MinSoftSkillAverage { get; set; }

    [Display(Name = "Every module's badge earned")]
    public bool RequireAllBadges { get; set; }

    [Display(Name = "Soft skills are judged on")]
    public SoftSkillSource SoftSkillSource { get; set; }

    /// <summary>Once a programme has cohorts, changed criteria are a new version for cohorts starting on or after this day.</summary>
    [Display(Name = "New criteria apply to cohorts starting on or after")]
    public DateOnly? CriteriaInForceFrom { get; set; }

    public string NormalizedCode => Code.Trim().ToUpperInvariant();

    public GraduationCriteria Criteria() => new(
        MinAttendancePercent, MinExerciseHours * 60, MinGroupSharePercent,
        RequireAllProjectsPassed, MinSoftSkillAverage, RequireAllBadges, SoftSkillSource);

    public static ProgrammeForm For(GraduationCriteria criteria) => new()
    {
        MinAttendancePercent = criteria.MinAttendancePercent,
        MinExerciseHours = criteria.MinExerciseMinutes / 60,
        MinGroupSharePercent = criteria.MinGroupSharePercent,
        RequireAllProjectsPassed = criteria.RequireAllProjectsPassed,
        MinSoftSkillAverage = criteria.MinSoftSkillAverage,
        RequireAllBadges = criteria.RequireAllBadges,
        SoftSkillSource = criteria.SoftSkillSource,
    };

    /// <summary>The form field that shows a domain rule's message; the criteria are flattened onto this form.</summary>
    public static string FieldFor(string domainField) => domainField switch
    {
        nameof(GraduationCriteria.MinExerciseMinutes) => nameof(MinExerciseHours),
        nameof(CriteriaVersion.InForceFrom) => nameof(CriteriaInForceFrom),
        _ => domainField,
    };
}

/// <summary>A module; time is entered in hours (quarter-hour steps) and stored as minutes.</summary>
public sealed class ModuleForm : IValidatableObject
{
    [Required(ErrorMessage = "Enter the module's title.")]
    [StringLength(200, ErrorMessage = "The title is at most 200 characters.")]
    public string Title { get; set; } = "";

    [Display(Name = "Planned lecture hours")]
    [Range(typeof(decimal), "0", "1000", ErrorMessage = "Lecture hours are 0 to 1000.")]
    public decimal LectureHours { get; set; }

    [Display(Name = "Planned exercise hours")]
    [Range(typeof(decimal), "0", "2000", ErrorMessage = "Exercise hours are 0 to 2000.")]
    public decimal ExerciseHours { get; set; }

    [Display(Name = "Badge (optional)")]
    [StringLength(200, ErrorMessage = "The badge name is at most 200 characters.")]
    public string? BadgeName { get; set; }

    [Display(Name = "Topics, one per line")]
    [StringLength(4000, ErrorMessage = "The topics are at most 4000 characters.")]
    public string? Topics { get; set; }

    // Model validation reads every property it may validate; these two are only sound once the ranges above hold
    // (1e28 hours would overflow), so validation leaves them alone.
    [ValidateNever]
    public int LectureMinutes => (int)(LectureHours * 60);

    [ValidateNever]
    public int ExerciseMinutes => (int)(ExerciseHours * 60);

    public IReadOnlyList<string> TopicLines() =>
        (Topics ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (LectureHours * 4 != decimal.Truncate(LectureHours * 4))
            yield return new ValidationResult("Use quarter hours, for example 12.25 or 12.5.", [nameof(LectureHours)]);
        if (ExerciseHours * 4 != decimal.Truncate(ExerciseHours * 4))
            yield return new ValidationResult("Use quarter hours, for example 40.75.", [nameof(ExerciseHours)]);
    }

    /// <summary>Maps a domain rule's field to the input that shows its message.</summary>
    public static string FieldFor(string domainField) => domainField switch
    {
        nameof(Module.PlannedLectureMinutes) => nameof(LectureHours),
        nameof(Module.PlannedExerciseMinutes) => nameof(ExerciseHours),
        _ => domainField,
    };
}
