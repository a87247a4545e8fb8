using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Logging;
using Bootcamp.Domain.Progress;
using Bootcamp.Domain.Projects;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Progress;
using Bootcamp.Web.Features.Shared;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Projects;

/// <summary>Reads the project pages through the user's scope: a project, group or cohort outside it is not found.</summary>
public sealed class ProjectsQuery(BootcampDb db, UserScope scope, CentreClock clock)
{
    public async Task<ProjectCohort?> CohortAsync(int cohortId, CancellationToken cancellationToken)
    {
        var centres = scope.Centres();
        var row = await scope.Cohorts().AsNoTracking()
            .Where(c => c.Id == cohortId)
            .Select(c => new
            {
                c.Id, c.Code, c.ProgrammeId, Programme = db.Programmes.Where(p => p.Id == c.ProgrammeId).Select(p => p.Name).First(), c.CentreId,
                Centre = centres.Where(ct => ct.Id == c.CentreId).Select(ct => new { ct.Name, ct.TimeZoneId }).First(),
                c.StartDate, c.EndDate, c.Status,
            })
            .SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : new ProjectCohort(row.Id, row.Code, row.ProgrammeId, row.Programme, row.CentreId, row.Centre.Name, row.Centre.TimeZoneId,
            row.StartDate, row.EndDate, row.Status, CanEdit: !scope.IsPartner, clock.Today(row.Centre.TimeZoneId));
    }

    public async Task<(ProjectCohort Cohort, ProjectHeader Project)?> ProjectAsync(int projectId, CancellationToken cancellationToken)
    {
        var modules = db.Modules;
        var project = await scope.GroupProjects().AsNoTracking()
            .Where(p => p.Id == projectId)
            .Select(p => new
            {
                p.CohortId,
                Header = new ProjectHeader(p.Id, p.Title, p.Brief, modules.Where(m => m.Id == p.ModuleId).Select(m => m.Title).FirstOrDefault(), p.DueDate, p.PassMarkPercent),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return project is not null && await CohortAsync(project.CohortId, cancellationToken) is { } cohort ? (cohort, project.Header) : null;
    }

    public async Task<(ProjectCohort Cohort, ProjectHeader Project, GroupCard Group)?> GroupAsync(int groupId, CancellationToken cancellationToken)
    {
        var projectId = await scope.ProjectGroups().AsNoTracking().Where(g => g.Id == groupId).Select(g => g.GroupProjectId).SingleOrDefaultAsync(cancellationToken);
        if (projectId is null || await ProjectAsync(projectId.Value, cancellationToken) is not { } found)
            return null;
        var cards = await GroupCardsAsync(found.Cohort, found.Project, groupId, cancellationToken);
        return (found.Cohort, found.Project, cards.Single());
    }

    public async Task<ProjectListViewModel> ListAsync(ProjectCohort cohort, CancellationToken cancellationToken)
    {
        var modules = db.Modules;
        var groups = scope.ProjectGroups();
        var projects = await scope.GroupProjects().AsNoTracking()
            .Where(p => p.CohortId == cohort.Id)
            .OrderBy(p => p.DueDate).ThenBy(p => p.Title)
            .Select(p => new ProjectRow(p.Id, p.Title, modules.Where(m => m.Id == p.ModuleId).Select(m => m.Title).FirstOrDefault(), p.DueDate, p.PassMarkPercent,
                p.Milestones.Count, groups.Count(g => g.GroupProjectId == p.Id), groups.Count(g => g.GroupProjectId == p.Id && g.GradePercent != null)))
            .ToListAsync(cancellationToken);
        var titles = projects.Select(p => p.Title).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var templates = await db.ProjectTemplates.AsNoTracking()
            .Where(t => t.ProgrammeId == cohort.ProgrammeId)
            .OrderBy(t => t.Id)
            .Select(t => new { t.Id, t.Title, Module = modules.Where(m => m.Id == t.ModuleId).Select(m => m.Title).FirstOrDefault(), t.PassMarkPercent, t.Milestones })
            .ToListAsync(cancellationToken);
        return new(cohort, projects, [.. templates.Select(t => new TemplateRow(t.Id, t.Title, t.Module, t.PassMarkPercent, t.Milestones.Count, titles.Contains(t.Title)))]);
    }

    public async Task<ProjectPageViewModel> PageAsync(ProjectCohort cohort, ProjectHeader project, MoveForm move, CancellationToken cancellationToken)
    {
        var groups = await GroupCardsAsync(cohort, project, null, cancellationToken);
        var grouped = groups.SelectMany(g => g.Members).Select(m => m.LearnerId).ToHashSet();
        var ungrouped = (await ActiveLearnersAsync(cohort.Id, cancellationToken)).Where(l => !grouped.Contains(l.Id)).ToList();
        var groupNames = groups.ToDictionary(g => g.Id, g => g.Name);
        var learners = scope.Learners();
        var moves = await scope.GroupMoves().AsNoTracking()
            .Where(m => m.GroupProjectId == project.Id)
            .OrderByDescending(m => m.MovedAtUtc).ThenByDescending(m => m.Id)
            .Take(200)
            .Select(m => new
            {
                m.MovedAtUtc, m.FromGroupId, m.ToGroupId, m.Reason, m.MovedBy,
                Learner = learners.Where(l => l.Id == m.LearnerId).Select(l => l.FirstName + " " + l.LastName).First(),
            })
            .ToListAsync(cancellationToken);
        var people = await People.NamesAsync(db, moves.Select(m => m.MovedBy), cancellationToken);
        string Group(int? id) => id is { } g ? groupNames.GetValueOrDefault(g, "a removed group") : "no group";
        var groupIds = groups.Select(g => g.Id).ToList();
        var audit = await AuditHistory.ReadAsync(db, scope,
            scope.AuditEntries().Where(a => a.Record == AuditedRecord.ProjectGrade && groupIds.Contains(a.RecordId) && a.CohortId == cohort.Id),
            cohort.Logging, cancellationToken);
        return new(cohort, project, await MilestonesAsync(project.Id, cancellationToken), groups, ungrouped, [.. moves.Select(m => new MoveLine(cohort.LocalTime(m.MovedAtUtc), m.Learner, Group(m.FromGroupId), Group(m.ToGroupId), m.Reason, people[m.MovedBy]))],
            audit, move);
    }

    /// <summary>The groups of a project (or the one asked for) with members, results and milestones, each member's result by <see cref="ProjectScore"/>.</summary>
    public async Task<IReadOnlyList<GroupCard>> GroupCardsAsync(ProjectCohort cohort, ProjectHeader project, int? groupId, CancellationToken cancellationToken)
    {
        var milestones = await MilestonesAsync(project.Id, cancellationToken);
        var learners = scope.Learners();
        var enrolments = scope.Enrolments();
        var groups = await scope.ProjectGroups().AsNoTracking()
            .Where(g => g.GroupProjectId == project.Id && (groupId == null || g.Id == groupId))
            .OrderBy(g => g.Name)
            .Select(g => new
            {
                g.Id, g.Name, g.GradePercent, g.GradedOn,
                Members = g.Members.Select(m => new
                {
                    m.LearnerId, m.ContributionAdjustment,
                    Name = learners.Where(l => l.Id == m.LearnerId).Select(l => l.FirstName + " " + l.LastName).First(),
                    Status = enrolments.Where(e => e.LearnerId == m.LearnerId && e.CohortId == cohort.Id).OrderByDescending(e => e.EnrolledOn).Select(e => e.Status).First(),
                }).ToList(),
            })
            .ToListAsync(cancellationToken);
        var ids = groups.Select(g => g.Id).ToList();
        var submissions = (await scope.MilestoneSubmissions().AsNoTracking()
                .Where(s => ids.Contains(s.GroupId))
                .Select(s => new { s.GroupId, s.MilestoneId, s.Link, s.Note, s.SubmittedOn, Reviewed = s.ReviewedAtUtc != null, s.ReviewNote })
                .ToListAsync(cancellationToken))
            .ToDictionary(s => (s.GroupId, s.MilestoneId));
        return [.. groups.Select(g => new GroupCard(g.Id, g.Name, g.GradePercent, g.GradedOn,
            [.. g.Members.OrderBy(m => m.Name, StringComparer.CurrentCulture)
                .Select(m => new MemberLine(m.LearnerId, m.Name, m.Status, m.ContributionAdjustment, ProjectScore.For(g.GradePercent, m.ContributionAdjustment, project.PassMarkPercent)))],
            [.. milestones.Select(ms =>
            {
                var s = submissions.GetValueOrDefault((g.Id, ms.Id));
                return new GroupMilestone(ms, MilestoneTiming.Of(ms.DueDate, s?.SubmittedOn, s?.Reviewed == true, cohort.Today), s?.Link, s?.Note, s?.SubmittedOn, s?.ReviewNote);
            })]))];
    }

    /// <summary>What the group's self and peer rounds said of each member, every skill and round together; empty when no round was held.</summary>
    public async Task<IReadOnlyDictionary<int, PeerView>> PeerViewsAsync(GroupCard group, CancellationToken cancellationToken)
    {
        var rounds = scope.PeerRounds().Where(r => r.GroupId == group.Id).Select(r => r.Id);
        var scores = await scope.PeerSubmissions().AsNoTracking()
            .Where(s => rounds.Contains(s.RoundId))
            .SelectMany(s => s.Ratings, (s, r) => new GivenScore(s.RaterLearnerId, r.LearnerId, r.Score))
            .ToListAsync(cancellationToken);
        return scores.Count == 0 ? new Dictionary<int, PeerView>() : PeerViews.For(group.Members.Select(m => m.LearnerId), scores);
    }

    public async Task<IReadOnlyList<Choice>> ModulesAsync(ProjectCohort cohort, CancellationToken cancellationToken) =>
        await db.Modules.AsNoTracking().Where(m => m.ProgrammeId == cohort.ProgrammeId).OrderBy(m => m.Position)
            .Select(m => new Choice(m.Id, m.Title)).ToListAsync(cancellationToken);

    public async Task<ProjectForm?> FormAsync(int projectId, CancellationToken cancellationToken)
    {
        var project = await scope.GroupProjects().AsNoTracking()
            .Where(p => p.Id == projectId)
            .Select(p => new { p.Title, p.Brief, p.ModuleId, p.DueDate, p.PassMarkPercent, Milestones = p.Milestones.OrderBy(m => m.DueDate).ThenBy(m => m.Id).Select(m => new { m.Id, m.Title, m.DueDate }).ToList() })
            .SingleOrDefaultAsync(cancellationToken);
        if (project is null)
            return null;
        var form = new ProjectForm
        {
            Title = project.Title, Brief = project.Brief, ModuleId = project.ModuleId, DueDate = project.DueDate, PassMarkPercent = project.PassMarkPercent,
            Milestones = [.. project.Milestones.Select(m => new MilestoneRow { Id = m.Id, Title = m.Title, DueDate = m.DueDate })],
        };
        form.AddSpareRows();
        return form;
    }

    /// <summary>Learners still enrolled, with the strength <see cref="GroupBalancer"/> deals by, from the progress engine's figures of today.</summary>
    public async Task<IReadOnlyList<FormingLearner>> FormingLearnersAsync(ProjectCohort cohort, CancellationToken cancellationToken)
    {
        var facts = await new CohortProgressQuery(db, scope, clock).LoadAsync(cohort.Id, cancellationToken);
        if (facts is null)
            return [];
        var active = facts.Learners.Where(l => l.Enrolment.Status == EnrolmentStatus.Enrolled).ToList();
        return [.. ProgressCalculator.ForCohort(facts.Cohort, active)
            .Select(p => new FormingLearner(p.LearnerId, facts.Names[p.LearnerId], GroupBalancer.Strength(p)))
            .OrderBy(l => l.Name, StringComparer.CurrentCulture)];
    }

    /// <summary>Whether the project already has groups: then changes are moves, one learner at a time, with their history.</summary>
    public Task<bool> HasGroupsAsync(int projectId, CancellationToken cancellationToken) =>
        scope.ProjectGroups().AnyAsync(g => g.GroupProjectId == projectId, cancellationToken);

    private async Task<IReadOnlyList<MilestoneLine>> MilestonesAsync(int projectId, CancellationToken cancellationToken) =>
        await scope.GroupProjects().AsNoTracking().Where(p => p.Id == projectId)
            .SelectMany(p => p.Milestones).OrderBy(m => m.DueDate).ThenBy(m => m.Id)
            .Select(m => new MilestoneLine(m.Id, m.Title, m.DueDate))
            .ToListAsync(cancellationToken);

    private async Task<IReadOnlyList<Choice>> ActiveLearnersAsync(int cohortId, CancellationToken cancellationToken) =>
        await scope.Enrolments().AsNoTracking()
            .Where(e => e.CohortId == cohortId && e.Status == EnrolmentStatus.Enrolled)
            .Join(scope.Learners(), e => e.LearnerId, l => l.Id, (e, l) => new { l.Id, Name = l.FirstName + " " + l.LastName, l.LastName, l.FirstName })
            .OrderBy(l => l.LastName).ThenBy(l => l.FirstName)
            .Select(l => new Choice(l.Id, l.Name))
            .ToListAsync(cancellationToken);
}
