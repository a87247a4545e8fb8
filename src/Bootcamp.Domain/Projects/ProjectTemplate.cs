using Bootcamp.Domain.Common;

namespace Bootcamp.Domain.Projects;

/// <summary>
/// A group project a programme sets for every cohort, copied into a cohort in one step. It names its module by
/// position, and its milestones by title: a cohort's dates come from its own calendar (<see cref="PlanFor"/>).
/// </summary>
public sealed class ProjectTemplate
{
    private ProjectTemplate()
    {
        Title = null!;
        Brief = null!;
        Milestones = [];
    }

    public ProjectTemplate(int programmeId, int? moduleId, string title, string brief, int passMarkPercent, IEnumerable<string> milestones)
    {
        if (string.IsNullOrWhiteSpace(title))
            throw new DomainException(nameof(Title), "A project needs a title.");
        if (passMarkPercent is < 1 or > 100)
            throw new DomainException(nameof(PassMarkPercent), "The pass mark is 1 to 100 percent.");
        ProgrammeId = programmeId;
        ModuleId = moduleId;
        Title = title.Trim();
        Brief = brief.Trim();
        PassMarkPercent = passMarkPercent;
        Milestones = [.. milestones.Where(m => !string.IsNullOrWhiteSpace(m)).Select(m => m.Trim())];
    }

    public int Id { get; private set; }
    public int ProgrammeId { get; private set; }
    public int? ModuleId { get; private set; }
    public string Title { get; private set; }
    public string Brief { get; private set; }
    public int PassMarkPercent { get; private set; }
    public List<string> Milestones { get; private set; }

    /// <summary>
    /// The project for a cohort whose module runs from <paramref name="first"/> to <paramref name="last"/>: due at the
    /// module's last lecture, the milestones spread evenly over the module so the last one falls on the due date.
    /// </summary>
    public GroupProject PlanFor(int cohortId, DateOnly first, DateOnly last)
    {
        if (last < first)
            last = first;
        var project = new GroupProject(cohortId, ModuleId, Title, Brief, PassMarkPercent, last);
        for (var i = 0; i < Milestones.Count; i++)
            project.AddMilestone(Milestones[i], first.AddDays((last.DayNumber - first.DayNumber) * (i + 1) / Milestones.Count));
        return project;
    }
}
