using Bootcamp.Domain.Common;

namespace Bootcamp.Domain.Projects;

/// <summary>A project that a cohort's groups carry out, with milestones and a pass mark.</summary>
public sealed class GroupProject
{
    private readonly List<ProjectMilestone> _milestones = [];

    private GroupProject()
    {
        Title = null!;
        Brief = null!;
    }

    public GroupProject(int cohortId, int? moduleId, string title, string brief, int passMarkPercent, DateOnly dueDate)
    {
        if (string.IsNullOrWhiteSpace(title))
            throw new DomainException(nameof(Title), "A project needs a title.");
        if (passMarkPercent is < 1 or > 100)
            throw new DomainException(nameof(PassMarkPercent), "The pass mark is 1 to 100 percent.");
        CohortId = cohortId;
        ModuleId = moduleId;
        Title = title.Trim();
        Brief = brief.Trim();
        PassMarkPercent = passMarkPercent;
        DueDate = dueDate;
    }

    public int Id { get; private set; }
    public int CohortId { get; private set; }
    public int? ModuleId { get; private set; }
    public string Title { get; private set; }
    public string Brief { get; private set; }
    public int PassMarkPercent { get; private set; }
    public DateOnly DueDate { get; private set; }
    public IReadOnlyList<ProjectMilestone> Milestones => _milestones;

    public ProjectMilestone AddMilestone(string title, DateOnly dueDate)
    {
        var milestone = new ProjectMilestone(title, dueDate);
        _milestones.Add(milestone);
        return milestone;
    }
}

public sealed class ProjectMilestone(string title, DateOnly dueDate)
{
    public int Id { get; private set; }
    public int GroupProjectId { get; private set; }
    public string Title { get; private set; } = title;
    public DateOnly DueDate { get; private set; } = dueDate;
}
