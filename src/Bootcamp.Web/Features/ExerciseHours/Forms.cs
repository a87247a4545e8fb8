using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Bootcamp.Domain.Logging;

namespace Bootcamp.Web.Features.ExerciseHours;

/// <summary>
/// What a person typed as hours: nothing (<see cref="IsBlank"/>), a number of minutes for the rules to judge, or the
/// <see cref="Problem"/> that keeps it from being one, as a message fit to show next to the field.
/// </summary>
public sealed record TypedHours(int? Minutes, string? Problem)
{
    public static readonly TypedHours Blank = new(null, null);

    public bool IsBlank => Minutes is null && Problem is null;
}

/// <summary>Hours typed by a person: decimal hours in quarters, with a dot or a comma.</summary>
public static class HoursText
{
    public const string NotANumber = "Type hours as a number, for example 1.5.";

    /// <summary>A day either way: whatever is typed stays within it, and beyond 12 h the rules refuse it with their own message.</summary>
    private const decimal DayHours = 24;

    public static TypedHours Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return TypedHours.Blank;
        var normalised = text.Trim().Replace(',', '.');
        if (!decimal.TryParse(normalised, NumberStyles.Float, CultureInfo.InvariantCulture, out var hours))
        {
            // Beyond decimal's range (1e30) a figure is still a figure: it is as absurd as 1e28, not a typing slip.
            if (!double.TryParse(normalised, NumberStyles.Float, CultureInfo.InvariantCulture, out var huge) || double.IsNaN(huge))
                return new(null, NotANumber);
            hours = huge > 0 ? DayHours : -DayHours;
        }
        var minutes = Math.Clamp(hours, -DayHours, DayHours) * 60;
        return minutes == decimal.Truncate(minutes)
            ? new((int)minutes, null)
            : new(null, ExerciseEntryRules.QuarterHours);
    }
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

    /// <summary>The typed hours as minutes, once validation has passed.</summary>
    public int Minutes() => HoursText.Read(Hours).Minutes ?? throw new InvalidOperationException("Hours are read after the form is valid.");

    /// <summary>The field that shows a logging rule's problem with an entry (<see cref="ExerciseEntry"/>'s property names).</summary>
    public static string FieldFor(string ruleField) => ruleField switch
    {
        nameof(ExerciseEntry.Minutes) => nameof(Hours),
        nameof(ExerciseEntry.ModuleId) => nameof(ModuleId),
        nameof(ExerciseEntry.Date) => nameof(Date),
        nameof(ExerciseEntry.LearnerId) => nameof(LogForm.Who),
        nameof(ExerciseEntry.Kind) => nameof(Kind),
        _ => "",
    };

    public virtual IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (HoursText.Read(Hours).Problem is { } problem)
            yield return new ValidationResult(problem, [nameof(Hours)]);
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

    /// <summary>
    /// Hours logged for a project group are group work, whatever the kind said (issue 12: choosing a group while the
    /// kind read Solo used to be an error). True when the kind was set here.
    /// </summary>
    public bool GroupSetsKind()
    {
        if (GroupId is null)
            return false;
        Kind = ExerciseKind.Group;
        return true;
    }

    /// <summary>The form for the next entry after a save: the same learner or group, module, kind, day and description, no hours.</summary>
    public LogForm Next() => new() { Who = Who, ModuleId = ModuleId, Kind = Kind, Date = Date, Description = Description };

    /// <summary>The hours to add once the form is valid: one entry for the learner, or one per member of <paramref name="group"/> sharing a group entry id.</summary>
    public IReadOnlyList<NewHours> Batch(GroupOption? group)
    {
        if (group is null)
            return [new NewHours(new ExerciseEntry(LearnerId!.Value, ModuleId!.Value, Date!.Value, Minutes(), Kind!.Value), Description!, null, null)];
        var entryId = Guid.NewGuid();
        return [.. group.MemberIds.Select(id =>
            new NewHours(new ExerciseEntry(id, ModuleId!.Value, Date!.Value, Minutes(), ExerciseKind.Group), Description!, group.Id, entryId))];
    }

    public override IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Who is not null && LearnerId is null && GroupId is null)
            yield return new ValidationResult("Choose a learner or a project group.", [nameof(Who)]);
        foreach (var result in base.Validate(validationContext))
            yield return result;
    }
}

/// <summary>
/// A week of new hours for a cohort: one cell per learner and day, keyed "learnerId:yyyy-MM-dd", and per learner's row
/// the module and kind of that row's hours (issue 12: one learner practised the databases module in a group while
/// another caught up on the last one alone). The description is the week's.
/// </summary>
public sealed class GridForm
{
    /// <summary>The module of each learner's row, keyed by learner id.</summary>
    public Dictionary<int, int?> Modules { get; set; } = [];

    /// <summary>Solo or group work for each learner's row, keyed by learner id.</summary>
    public Dictionary<int, ExerciseKind?> Kinds { get; set; } = [];

    [Required(ErrorMessage = "Say in a few words what was done.")]
    [StringLength(300, ErrorMessage = "Keep the description under 300 characters.")]
    public string? Description { get; set; }

    public Dictionary<string, string?> Hours { get; set; } = [];

    /// <summary>A week's grid with every row on <paramref name="moduleId"/> and solo work.</summary>
    public static GridForm For(IEnumerable<int> learnerIds, int? moduleId, string description)
    {
        var form = new GridForm { Description = description };
        foreach (var id in learnerIds)
        {
            form.Modules[id] = moduleId;
            form.Kinds[id] = ExerciseKind.Solo;
        }
        return form;
    }

    public static string Key(int learnerId, DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{learnerId}:{date:yyyy-MM-dd}");

    public static string Field(int learnerId, DateOnly date) => $"Form.{nameof(Hours)}[{Key(learnerId, date)}]";

    public static string ModuleField(int learnerId) => string.Create(CultureInfo.InvariantCulture, $"Form.{nameof(Modules)}[{learnerId}]");

    public static string KindField(int learnerId) => string.Create(CultureInfo.InvariantCulture, $"Form.{nameof(Kinds)}[{learnerId}]");

    /// <summary>The cells of the learners' week with something typed in them, by learner and then by day.</summary>
    public IEnumerable<GridCell> TypedCells(IEnumerable<int> learnerIds, DateOnly monday) =>
        from learnerId in learnerIds
        from day in Enumerable.Range(0, 7).Select(monday.AddDays)
        let typed = HoursText.Read(Hours.GetValueOrDefault(Key(learnerId, day)))
        where !typed.IsBlank
        select new GridCell(Field(learnerId, day), learnerId, day, typed);
}

/// <summary>One cell of the weekly grid: its input's name, whose day it is, and what was typed.</summary>
public sealed record GridCell(string Field, int LearnerId, DateOnly Date, TypedHours Hours);

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

    /// <summary>The form as the stored entry reads, at the version it was read.</summary>
    public static EditForm Of(ExerciseLog log) => new EditForm { Version = log.Version }.Refill(log);

    /// <summary>Puts the stored entry's values back into the fields, for a page that refused to delete it.</summary>
    public EditForm Refill(ExerciseLog log)
    {
        ModuleId = log.ModuleId;
        Date = log.Date;
        Hours = Shared.Hours.Number(log.Minutes);
        Kind = log.Kind;
        Description = log.Description;
        return this;
    }
}
