using Bootcamp.Domain.Programmes;
using Bootcamp.Web.Features.Shared;

namespace Bootcamp.Web.Features.SoftSkills;

/// <summary>A skill of the rubric with what each level from 1 to 5 looks like.</summary>
public sealed record SkillView(int Id, int Position, string Name, IReadOnlyList<string> Descriptors)
{
    /// <summary>The levels in one text, for a column header's title.</summary>
    public string LevelsText => string.Join("\n", Descriptors.Select((d, i) => $"{i + 1}: {d}"));
}

/// <summary>
/// A programme's rubric. <paramref name="Form"/> is the form shown with its messages: the add form when
/// <paramref name="Form"/>.SkillId is empty, otherwise the edit form of that skill; the other skills show their stored text.
/// </summary>
public sealed record RubricViewModel(int ProgrammeId, string Code, string Name, SoftSkillSource Source, IReadOnlyList<SkillView> Skills,
    IReadOnlySet<int> RatedSkillIds, SkillForm Form)
{
    /// <summary>The posted form of this skill, or its stored text (also after a refused removal, which posts no text).</summary>
    public SkillForm FormFor(SkillView skill) => Form.SkillId == skill.Id && Form.Name is not null ? Form : SkillForm.For(skill);

    public SkillForm AddForm => Form.SkillId is null ? Form : new SkillForm();
}

public sealed record PointView(int Id, string Name, DateOnly Date, int Ratings, bool IsFinal);

/// <summary>A cohort's assessment points; <paramref name="Form"/> as on <see cref="RubricViewModel"/>.</summary>
public sealed record PointsViewModel(LoggingCohort Cohort, IReadOnlyList<PointView> Points, PointForm Form)
{
    /// <summary>The posted form of this point, or its stored values (also after a refused removal, which posts none).</summary>
    public PointForm FormFor(PointView point) => Form.PointId == point.Id && (Form.Name is not null || Form.Date is not null)
        ? Form
        : new PointForm { PointId = point.Id, Name = point.Name, Date = point.Date };

    public PointForm AddForm => Form.PointId is null ? Form : new PointForm();
}

/// <summary>What the group's members said of one learner in one skill at the point: their own rating and their peers' average.</summary>
public sealed record PeerCell(decimal? Self, decimal? PeerAverage, int PeerCount);

/// <summary>
/// The rating grid of a cohort or one group at one assessment point: learners by skills, the form's cells in that
/// order, and beside each cell what self and peer ratings said (never part of the instructor's rating).
/// </summary>
public sealed record RateViewModel(LoggingCohort Cohort, IReadOnlyList<PointView> Points, IReadOnlyList<Choice> Groups, IReadOnlyList<SkillView> Skills,
    IReadOnlyList<Choice> Learners, IReadOnlyDictionary<(int Learner, int Skill), PeerCell> Peer, RatingGridForm Form)
{
    public int CellIndex(int learnerIndex, int skillIndex) => learnerIndex * Skills.Count + skillIndex;

    public string? PointName => Points.FirstOrDefault(p => p.Id == Form.PointId)?.Name;
}

public sealed record RoundView(int Id, string Group, string Point, string OpenedBy, DateTime OpenedAtUtc, bool IsOpen, int Members, int Submitted);

/// <summary>A cohort's peer rounds and the form to open one.</summary>
public sealed record PeerViewModel(LoggingCohort Cohort, IReadOnlyList<RoundView> Rounds, IReadOnlyList<Choice> Groups, IReadOnlyList<PointView> Points, OpenRoundForm Form);

/// <summary>One round with its members: who has rated, and for the chosen <paramref name="Rater"/> the form to enter.</summary>
public sealed record PeerFormViewModel(LoggingCohort Cohort, RoundView Round, IReadOnlyList<Choice> Members, IReadOnlySet<int> Submitted,
    IReadOnlyList<SkillView> Skills, Choice? Rater, PeerEntryForm Form)
{
    public int ScoreIndex(int memberIndex, int skillIndex) => memberIndex * Skills.Count + skillIndex;
}
