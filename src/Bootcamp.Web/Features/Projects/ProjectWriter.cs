using Bootcamp.Domain.Common;
using Bootcamp.Domain.Projects;
using Bootcamp.Domain.Scheduling;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Projects;

/// <summary>
/// Creates and edits a cohort's projects, and copies the programme's templates into it. The cohort or project was
/// found through the user's scope by the caller; a broken rule comes back as a <see cref="DomainException"/> naming
/// the form's field, and nothing is saved.
/// </summary>
public sealed class ProjectWriter(BootcampDb db)
{
    public async Task<int> CreateAsync(ProjectCohort cohort, ProjectForm form, CancellationToken cancellationToken)
    {
        await CheckModuleAsync(cohort, form.ModuleId, cancellationToken);
        var project = new GroupProject(cohort.Id, form.ModuleId, form.Title ?? "", form.Brief ?? "", form.PassMarkPercent ?? 0, form.DueDate!.Value);
        project.SetMilestones(form.Plans(), new HashSet<int>());
        await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
        db.GroupProjects.Add(project);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return project.Id;
    }

    public async Task UpdateAsync(ProjectCohort cohort, int projectId, ProjectForm form, CancellationToken cancellationToken)
    {
        await CheckModuleAsync(cohort, form.ModuleId, cancellationToken);
        await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
        var project = await db.GroupProjects.Include(p => p.Milestones).SingleAsync(p => p.Id == projectId && p.CohortId == cohort.Id, cancellationToken);
        var submitted = (await db.MilestoneSubmissions.Where(s => s.CohortId == cohort.Id && project.Milestones.Select(m => m.Id).Contains(s.MilestoneId))
            .Select(s => s.MilestoneId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        project.Update(form.ModuleId, form.Title ?? "", form.Brief ?? "", form.PassMarkPercent ?? 0, form.DueDate!.Value);
        project.SetMilestones(form.Plans(), submitted);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Copies every template of the cohort's programme that the cohort has no project of the same title for, dated by
    /// the cohort's own lectures of the template's module; returns how many were copied.
    /// </summary>
    public async Task<int> CopyTemplatesAsync(ProjectCohort cohort, CancellationToken cancellationToken)
    {
        await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
        var titles = (await db.GroupProjects.Where(p => p.CohortId == cohort.Id).Select(p => p.Title).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var templates = (await db.ProjectTemplates.AsNoTracking().Where(t => t.ProgrammeId == cohort.ProgrammeId).OrderBy(t => t.Id).ToListAsync(cancellationToken))
            .Where(t => !titles.Contains(t.Title)).ToList();
        if (templates.Count == 0)
            return 0;
        var weeks = await db.Programmes.Where(p => p.Id == cohort.ProgrammeId).Select(p => p.DurationWeeks).SingleAsync(cancellationToken);
        var end = cohort.EndDate ?? cohort.StartDate.AddDays((7 * weeks) - 3);
        var sessions = (await db.Sessions.AsNoTracking().Where(s => s.CohortId == cohort.Id && s.Status != SessionStatus.Cancelled)
                .Select(s => new { s.ModuleId, s.StartUtc }).ToListAsync(cancellationToken))
            .Select(s => (s.ModuleId, Date: DateOnly.FromDateTime(cohort.LocalTime(s.StartUtc))))
            .ToLookup(s => s.ModuleId, s => s.Date);
        foreach (var template in templates)
        {
            // A module without lectures yet (the calendar is not generated) spans the whole cohort, so the project is
            // due at its end rather than on its first day; staff move it when the calendar exists.
            var dates = template.ModuleId is { } module ? sessions[module].ToList() : [];
            db.GroupProjects.Add(dates.Count == 0 ? template.PlanFor(cohort.Id, cohort.StartDate, end) : template.PlanFor(cohort.Id, dates.Min(), dates.Max()));
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return templates.Count;
    }

    private async Task CheckModuleAsync(ProjectCohort cohort, int? moduleId, CancellationToken cancellationToken)
    {
        if (moduleId is { } id && !await db.Modules.AnyAsync(m => m.Id == id && m.ProgrammeId == cohort.ProgrammeId, cancellationToken))
            throw new DomainException(nameof(ProjectForm.ModuleId), "Choose a module of the cohort's programme.");
    }
}
