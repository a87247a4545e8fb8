using Bootcamp.Domain.Common;

namespace Bootcamp.Domain.Projects;

/// <summary>Learners of a cohort working together on one group project.</summary>
public sealed class ProjectGroup
{
    public const int MaxNameLength = 100;

    private readonly List<ProjectGroupMember> _members = [];

    private ProjectGroup()
    {
        Name = null!;
    }

    public ProjectGroup(int cohortId, int? groupProjectId, string name)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new DomainException(nameof(Name), "A group needs a name.");
        if (name.Trim().Length > MaxNameLength)
            throw new DomainException(nameof(Name), $"A group's name is at most {MaxNameLength} characters.");
        CohortId = cohortId;
        GroupProjectId = groupProjectId;
        Name = name.Trim();
    }

    public int Id { get; private set; }
    public int CohortId { get; private set; }
    public int? GroupProjectId { get; private set; }
    public string Name { get; private set; }
    /// <summary>The team grade in percent, once graded; each member's result is this adjusted by their contribution (<see cref="ProjectScore"/>).</summary>
    public int? GradePercent { get; private set; }
    public DateOnly? GradedOn { get; private set; }
    /// <summary>Who graded last and when; the first grading is in the audit trail, which the correction window runs from.</summary>
    public string? GradedBy { get; private set; }
    public DateTime? GradedAtUtc { get; private set; }
    public IReadOnlyList<ProjectGroupMember> Members => _members;

    public bool HasMember(int learnerId) => _members.Any(m => m.LearnerId == learnerId);

    public void AddMember(int learnerId)
    {
        if (!HasMember(learnerId))
            _members.Add(new ProjectGroupMember(learnerId));
    }

    public void RemoveMember(int learnerId) => _members.RemoveAll(m => m.LearnerId == learnerId);

    public void Grade(int percent, DateOnly on)
    {
        ProjectScore.CheckGrade(nameof(GradePercent), percent);
        GradePercent = percent;
        GradedOn = on;
    }

    /// <summary>
    /// The team grade and every member's contribution adjustment at once, so a group is never half graded;
    /// <paramref name="adjustments"/> holds one entry per member.
    /// </summary>
    public void Grade(int percent, IReadOnlyDictionary<int, int> adjustments, string by, DateTime atUtc, DateOnly on)
    {
        ProjectScore.CheckGrade(nameof(GradePercent), percent);
        if (_members.Any(m => !adjustments.ContainsKey(m.LearnerId)) || adjustments.Keys.Any(id => !HasMember(id)))
            throw new DomainException(nameof(Members), "The members changed while you were grading; reload the page.");
        foreach (var (_, points) in adjustments)
            ProjectScore.CheckAdjustment(nameof(ProjectGroupMember.ContributionAdjustment), points);
        Grade(percent, on);
        GradedBy = by;
        GradedAtUtc = atUtc;
        foreach (var member in _members)
            member.Adjust(adjustments[member.LearnerId]);
    }
}

public sealed class ProjectGroupMember(int learnerId)
{
    public int GroupId { get; private set; }
    public int LearnerId { get; private set; } = learnerId;

    /// <summary>The instructor's adjustment of the team grade for this member's contribution, in points (<see cref="ProjectScore"/>).</summary>
    public int ContributionAdjustment { get; private set; }

    public void Adjust(int points)
    {
        ProjectScore.CheckAdjustment(nameof(ContributionAdjustment), points);
        ContributionAdjustment = points;
    }
}
