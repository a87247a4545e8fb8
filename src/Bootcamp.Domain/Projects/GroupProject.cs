using Bootcamp.Domain.Common;

namespace Bootcamp.Domain.Projects;

/// <summary>A milestone as a project form or a template gives it: an existing one has its id, a new one none.</summary>
public sealed record MilestonePlan(int? Id, string Title, DateOnly DueDate);

/// <summary>A project that a cohort's groups carry out, with milestones and a pass mark.</summary>
public sealed class GroupProject
{
    public const int MaxTitleLength = 200;
    public const int MaxBriefLength = 2000;

    private readonly List<ProjectMilestone> _milestones = [];

    private GroupProject()
    {
        Title = null!;
        Brief = null!;
    }

    public GroupProject(int cohortId, int? moduleId, string title, string brief, int passMarkPercent, DateOnly dueDate)
    {
        CohortId = cohortId;
        Title = "";
        Brief = "";
        Update(moduleId, title, brief, passMarkPercent, dueDate);
    }

    public int Id { get; private set; }
    public int CohortId { get; private set; }
    public int? ModuleId { get; private set; }
    public string Title { get; private set; }
    public string Brief { get; private set; }
    public int PassMarkPercent { get; private set; }
    public DateOnly DueDate { get; private set; }
    public IReadOnlyList<ProjectMilestone> Milestones => _milestones;

    public void Update(int? moduleId, string title, string brief, int passMarkPercent, DateOnly dueDate)
    {
        if (string.IsNullOrWhiteSpace(title))
            throw new DomainException(nameof(Title), "A project needs a title.");
        if (title.Trim().Length > MaxTitleLength)
            throw new DomainException(nameof(Title), $"A title is at most {MaxTitleLength} characters.");
        if ((brief ?? "").Trim().Length > MaxBriefLength)
            throw new DomainException(nameof(Brief), $"A brief is at most {MaxBriefLength} characters.");
        if (passMarkPercent is < 1 or > 100)
            throw new DomainException(nameof(PassMarkPercent), "The pass mark is 1 to 100 percent.");
        CalendarRange.Check(nameof(DueDate), dueDate, "The due date");
        ModuleId = moduleId;
        Title = title.Trim();
        Brief = (brief ?? "").Trim();
        PassMarkPercent = passMarkPercent;
        DueDate = dueDate;
    }

    public ProjectMilestone AddMilestone(string title, DateOnly dueDate)
    {
        var milestone = new ProjectMilestone(title, dueDate);
        _milestones.Add(milestone);
        return milestone;
    }

    /// <summary>
    /// Makes the milestones what the form says: existing ones renamed or moved, new ones added, and the ones left out
    /// removed, unless a group already submitted work for one (<paramref name="submitted"/>), whose record would go with it.
    /// </summary>
    public void SetMilestones(IReadOnlyList<MilestonePlan> plans, IReadOnlySet<int> submitted)
    {
        var kept = plans.Where(p => p.Id is not null).Select(p => p.Id!.Value).ToHashSet();
        if (plans.Any(p => p.Id is { } id && _milestones.All(m => m.Id != id)))
            throw new DomainException(nameof(Milestones), "A milestone of another project was posted; reload the page.");
        var removed = _milestones.Where(m => !kept.Contains(m.Id)).ToList();
        if (removed.FirstOrDefault(m => submitted.Contains(m.Id)) is { } withWork)
            throw new DomainException(nameof(Milestones), $"'{withWork.Title}' has submitted work, so it cannot be removed.");
        foreach (var plan in plans)
        {
            if (plan.Id is { } id)
                _milestones.Single(m => m.Id == id).Update(plan.Title, plan.DueDate);
            else
                AddMilestone(plan.Title, plan.DueDate);
        }
        foreach (var milestone in removed)
            _milestones.Remove(milestone);
    }
}

public sealed class ProjectMilestone
{
    private ProjectMilestone()
    {
        Title = null!;
    }

    internal ProjectMilestone(string title, DateOnly dueDate)
    {
        Title = "";
        Update(title, dueDate);
    }

    public int Id { get; private set; }
    public int GroupProjectId { get; private set; }
    public string Title { get; private set; }
    public DateOnly DueDate { get; private set; }

    internal void Update(string title, DateOnly dueDate)
    {
        if (string.IsNullOrWhiteSpace(title))
            throw new DomainException(nameof(GroupProject.Milestones), "A milestone needs a title.");
        CalendarRange.Check(nameof(GroupProject.Milestones), dueDate, "A milestone's due date");
        Title = title.Trim();
        DueDate = dueDate;
    }
}
