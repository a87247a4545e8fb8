using Bootcamp.Domain.Common;

namespace Bootcamp.Domain.Projects;

/// <summary>Learners of a cohort working together on one group project.</summary>
public sealed class ProjectGroup
{
    private readonly List<ProjectGroupMember> _members = [];

    private ProjectGroup()
    {
        Name = null!;
    }

    public ProjectGroup(int cohortId, int? groupProjectId, string name)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new DomainException(nameof(Name), "A group needs a name.");
        CohortId = cohortId;
        GroupProjectId = groupProjectId;
        Name = name.Trim();
    }

    public int Id { get; private set; }
    public int CohortId { get; private set; }
    public int? GroupProjectId { get; private set; }
    public string Name { get; private set; }
    /// <summary>The group's grade in percent, once graded.</summary>
    public int? GradePercent { get; private set; }
    public DateOnly? GradedOn { get; private set; }
    public IReadOnlyList<ProjectGroupMember> Members => _members;

    public void AddMember(int learnerId)
    {
        if (_members.All(m => m.LearnerId != learnerId))
            _members.Add(new ProjectGroupMember(learnerId));
    }

    public void Grade(int percent, DateOnly on)
    {
        if (percent is < 0 or > 100)
            throw new DomainException(nameof(GradePercent), "A grade is 0 to 100 percent.");
        GradePercent = percent;
        GradedOn = on;
    }
}

public sealed class ProjectGroupMember(int learnerId)
{
    public int GroupId { get; private set; }
    public int LearnerId { get; private set; } = learnerId;
    /// <summary>The member's share of the group's work in percent, as judged by the instructor.</summary>
    public int? ContributionPercent { get; private set; }

    public void SetContribution(int percent)
    {
        if (percent is < 0 or > 100)
            throw new DomainException(nameof(ContributionPercent), "A contribution is 0 to 100 percent.");
        ContributionPercent = percent;
    }
}
