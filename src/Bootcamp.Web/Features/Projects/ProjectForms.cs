using System.ComponentModel.DataAnnotations;
using Bootcamp.Domain.Projects;
using Bootcamp.Web.Features.Shared;

namespace Bootcamp.Web.Features.Projects;

/// <summary>A project's fields and its milestones; a milestone row left empty is no milestone.</summary>
public sealed class ProjectForm : IValidatableObject
{
    /// <summary>Empty rows a form offers for new milestones.</summary>
    public const int SpareMilestones = 2;

    [Required(ErrorMessage = "A project needs a title.")]
    [StringLength(GroupProject.MaxTitleLength, ErrorMessage = "A title is at most 200 characters.")]
    public string? Title { get; set; }

    [StringLength(GroupProject.MaxBriefLength, ErrorMessage = "A brief is at most 2000 characters.")]
    public string? Brief { get; set; }

    public int? ModuleId { get; set; }

    [Required(ErrorMessage = "Give the due date.")]
    [InCalendarRange("The due date")]
    public DateOnly? DueDate { get; set; }

    [Required(ErrorMessage = "Give the pass mark.")]
    [Range(1, 100, ErrorMessage = "The pass mark is 1 to 100 percent.")]
    public int? PassMarkPercent { get; set; }

    public List<MilestoneRow> Milestones { get; set; } = [];

    public IReadOnlyList<MilestonePlan> Plans() =>
        [.. Milestones.Where(m => !m.IsEmpty).Select(m => new MilestonePlan(m.Id, m.Title!, m.DueDate!.Value))];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < Milestones.Count; i++)
        {
            var row = Milestones[i];
            if (row.IsEmpty)
                continue;
            if (string.IsNullOrWhiteSpace(row.Title))
                yield return new ValidationResult("A milestone needs a title.", [$"{nameof(Milestones)}[{i}].{nameof(MilestoneRow.Title)}"]);
            if (row.DueDate is null)
                yield return new ValidationResult("Give the milestone's due date.", [$"{nameof(Milestones)}[{i}].{nameof(MilestoneRow.DueDate)}"]);
        }
    }

    public void AddSpareRows()
    {
        for (var i = 0; i < SpareMilestones; i++)
            Milestones.Add(new MilestoneRow());
    }
}

public sealed class MilestoneRow
{
    public int? Id { get; set; }

    [StringLength(200, ErrorMessage = "A milestone's title is at most 200 characters.")]
    public string? Title { get; set; }

    [InCalendarRange("A milestone's due date")]
    public DateOnly? DueDate { get; set; }

    /// <summary>A new row left blank; an existing milestone whose title is cleared is removed.</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(Title) && (DueDate is null || Id is not null);
}

/// <summary>
/// The group-forming page: how many groups, their names, and each learner's group (1 to <see cref="GroupCount"/>,
/// or none). <see cref="Command"/> says which button was pressed: resize, balance (a preview) or save.
/// </summary>
public sealed class GroupsForm : IValidatableObject
{
    public const string Resize = "resize";
    public const string Balance = "balance";
    public const string Save = "save";
    public const int MaxGroups = 30;

    [Required(ErrorMessage = "Give the number of groups.")]
    [Range(1, MaxGroups, ErrorMessage = "A project has 1 to 30 groups.")]
    public int? GroupCount { get; set; }

    public List<string?> Names { get; set; } = [];

    public List<GroupPick> Rows { get; set; } = [];

    public string? Command { get; set; }

    /// <summary>Names for every group, the ones typed kept, the others "Group A", "Group B", ...</summary>
    public void FitNames()
    {
        var count = Math.Clamp(GroupCount ?? 1, 1, MaxGroups);
        Names = [.. Enumerable.Range(0, count).Select(i => i < Names.Count && !string.IsNullOrWhiteSpace(Names[i]) ? Names[i] : DefaultName(i))];
        foreach (var row in Rows.Where(r => r.Group > count))
            row.Group = null;
    }

    public static string DefaultName(int index) => "Group " + (index < 26 ? ((char)('A' + index)).ToString() : (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Command != Save || GroupCount is not { } count || count is < 1 or > MaxGroups)
            yield break;
        for (var i = 0; i < Names.Count; i++)
        {
            var name = Names[i]?.Trim() ?? "";
            if (name.Length == 0)
                yield return new ValidationResult("A group needs a name.", [$"{nameof(Names)}[{i}]"]);
            else if (name.Length > ProjectGroup.MaxNameLength)
                yield return new ValidationResult("A group's name is at most 100 characters.", [$"{nameof(Names)}[{i}]"]);
            else if (Names.Take(i).Any(n => string.Equals(n?.Trim(), name, StringComparison.OrdinalIgnoreCase)))
                yield return new ValidationResult("Two groups cannot have the same name.", [$"{nameof(Names)}[{i}]"]);
        }
        for (var i = 0; i < Rows.Count; i++)
        {
            if (Rows[i].Group is { } group && (group < 1 || group > count))
                yield return new ValidationResult($"Choose a group from 1 to {count}.", [$"{nameof(Rows)}[{i}].{nameof(GroupPick.Group)}"]);
        }
        for (var g = 1; g <= Math.Min(count, Names.Count); g++)
        {
            if (Rows.All(r => r.Group != g))
                yield return new ValidationResult("This group has no members yet.", [$"{nameof(Names)}[{g - 1}]"]);
        }
    }
}

public sealed class GroupPick
{
    public int LearnerId { get; set; }

    public int? Group { get; set; }
}

/// <summary>Moves one learner to another group of the project, or out of every group (<see cref="ToGroupId"/> 0).</summary>
public sealed class MoveForm
{
    [Required(ErrorMessage = "Choose the learner to move.")]
    public int? LearnerId { get; set; }

    [Required(ErrorMessage = "Choose where the learner goes.")]
    public int? ToGroupId { get; set; }

    [Required(ErrorMessage = "Say why the learner changes group.")]
    [StringLength(GroupMove.MaxReasonLength, ErrorMessage = "A reason is at most 400 characters.")]
    public string? Reason { get; set; }
}

/// <summary>A group's work for one milestone, handed in as a link with an optional note.</summary>
public sealed class SubmitForm
{
    public int MilestoneId { get; set; }

    [Required(ErrorMessage = "Give the link to the submitted work.")]
    [StringLength(MilestoneSubmission.MaxLinkLength, ErrorMessage = "A link is at most 400 characters.")]
    public string? Link { get; set; }

    [StringLength(MilestoneSubmission.MaxNoteLength, ErrorMessage = "A note is at most 1000 characters.")]
    public string? Note { get; set; }
}

public sealed class ReviewForm
{
    public int MilestoneId { get; set; }

    [StringLength(MilestoneSubmission.MaxNoteLength, ErrorMessage = "A review note is at most 1000 characters.")]
    public string? Note { get; set; }
}

/// <summary>A group's team grade and each member's contribution adjustment, saved together; a reason after the correction window.</summary>
public sealed class GradeForm
{
    [Required(ErrorMessage = "Give the team grade.")]
    [Range(ProjectScore.MinGrade, ProjectScore.MaxGrade, ErrorMessage = "A grade is 0 to 100 percent.")]
    public int? TeamGrade { get; set; }

    public List<AdjustmentRow> Rows { get; set; } = [];

    [StringLength(400, ErrorMessage = "A reason is at most 400 characters.")]
    public string? Reason { get; set; }
}

public sealed class AdjustmentRow
{
    public int LearnerId { get; set; }

    [Range(-ProjectScore.MaxAdjustment, ProjectScore.MaxAdjustment, ErrorMessage = "A contribution adjustment is -30 to +30 points.")]
    public int? Adjustment { get; set; }
}
