using System.ComponentModel.DataAnnotations;
using Bootcamp.Domain.SoftSkills;

namespace Bootcamp.Web.Features.SoftSkills;

/// <summary>A skill of the rubric as the programme's rubric page posts it; <see cref="SkillId"/> is empty for a new skill.</summary>
public sealed class SkillForm
{
    public int? SkillId { get; set; }

    public string? Name { get; set; }

    /// <summary>What level 1 to 5 looks like, in that order.</summary>
    public List<string?> Descriptors { get; set; } = [.. Enumerable.Repeat<string?>(null, SoftSkill.Levels)];

    public IReadOnlyList<string> Levels => [.. Enumerable.Range(0, SoftSkill.Levels).Select(i => Descriptors.ElementAtOrDefault(i) ?? "")];

    public static SkillForm For(SkillView skill) => new() { SkillId = skill.Id, Name = skill.Name, Descriptors = [.. skill.Descriptors] };
}

/// <summary>An assessment point of the cohort; <see cref="PointId"/> is empty for a new one.</summary>
public sealed class PointForm
{
    public int? PointId { get; set; }

    public string? Name { get; set; }

    [Required(ErrorMessage = "Give the date of the assessment.")]
    public DateOnly? Date { get; set; }
}

/// <summary>The instructor's ratings of a cohort or a group at one assessment point: one cell per learner and skill.</summary>
public sealed class RatingGridForm
{
    public int PointId { get; set; }

    public int? GroupId { get; set; }

    public List<RatingCellForm> Cells { get; set; } = [];

    public static string Field(int index, string name) => $"Form.Cells[{index}].{name}";

    public IReadOnlyList<RatingCell> Batch() => [.. Cells.Select(c => new RatingCell(c.LearnerId, c.SkillId, c.Score, c.Comment))];
}

public sealed class RatingCellForm
{
    public int LearnerId { get; set; }
    public int SkillId { get; set; }
    public int? Score { get; set; }
    public string? Comment { get; set; }
}

/// <summary>Opens a round of self and peer ratings in a group for an assessment point.</summary>
public sealed class OpenRoundForm
{
    [Required(ErrorMessage = "Choose a project group.")]
    public int? GroupId { get; set; }

    [Required(ErrorMessage = "Choose an assessment point.")]
    public int? PointId { get; set; }
}

/// <summary>One member's paper form of a round, as the instructor types it in: the member's rating of every member in every skill.</summary>
public sealed class PeerEntryForm
{
    public int RoundId { get; set; }
    public int RaterId { get; set; }
    public List<PeerScoreForm> Scores { get; set; } = [];

    public static string Field(int index) => $"Form.Scores[{index}].Score";

    public IReadOnlyList<PeerScore> Batch() => [.. Scores.Select(s => new PeerScore(s.LearnerId, s.SkillId, s.Score))];
}

public sealed class PeerScoreForm
{
    public int LearnerId { get; set; }
    public int SkillId { get; set; }
    public int? Score { get; set; }
}
