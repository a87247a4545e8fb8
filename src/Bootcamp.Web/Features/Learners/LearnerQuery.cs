using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Logging;
using Bootcamp.Domain.Progress;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Progress;
using Bootcamp.Web.Features.Shared;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Learners;

/// <summary>
/// Reads one learner's page through the user's scope: the cohort's progress facts (<see cref="CohortProgressQuery"/>)
/// run through <see cref="ProgressCalculator"/> and <see cref="BadgeRule"/>, so the page and the cohort's progress
/// table can never disagree; then the names around the figures (lecture topics, project groups, the decision, the
/// audit history). A cohort or learner outside the scope, or a learner never enrolled in the cohort, gives null.
/// </summary>
public sealed class LearnerQuery(BootcampDb db, UserScope scope, CentreClock clock)
{
    /// <summary>The records whose changes make up the learner's status history; the rest are corrections of logged evidence.</summary>
    private static readonly AuditedRecord[] StatusRecords =
        [AuditedRecord.Enrolment, AuditedRecord.GraduationDecision, AuditedRecord.BadgeAward, AuditedRecord.Credential, AuditedRecord.ProjectGrade];

    public async Task<LearnerViewModel?> LoadAsync(int cohortId, int learnerId, int lecturePage, int correctionPage, CancellationToken cancellationToken)
    {
        var centres = scope.Centres();
        var cohort = await scope.Cohorts().AsNoTracking()
            .Where(c => c.Id == cohortId)
            .Select(c => new
            {
                c.Id, c.Code, c.Status, c.CentreId, c.ProgrammeId, c.StartDate, c.EndDate,
                Programme = db.Programmes.Where(p => p.Id == c.ProgrammeId).Select(p => p.Name).First(),
                Centre = centres.Where(ct => ct.Id == c.CentreId).Select(ct => new { ct.Name, ct.TimeZoneId }).First(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (cohort is null)
            return null;
        var partner = scope.IsPartner;
        var enrolment = await scope.Enrolments().AsNoTracking()
            .Where(e => e.CohortId == cohortId && e.LearnerId == learnerId)
            .Join(scope.Learners(), e => e.LearnerId, l => l.Id, (e, l) => new LearnerEnrolment(e.Id, l.Id, l.FirstName + " " + l.LastName,
                partner ? null : l.Email, partner ? null : l.Phone, e.Status, e.EnrolledOn, e.StatusChangedOn, e.StatusReason))
            .SingleOrDefaultAsync(cancellationToken);
        var facts = await new CohortProgressQuery(db, scope, clock).LoadAsync(cohortId, cancellationToken);
        var learner = facts?.Learners.SingleOrDefault(l => l.LearnerId == learnerId);
        if (enrolment is null || facts is null || learner is null)
            return null;

        var engine = facts.Cohort;
        var progress = ProgressCalculator.For(engine, learner);
        var header = new LearnerCohort(cohort.Id, cohort.Code, cohort.Programme, cohort.Centre.Name, cohort.CentreId, cohort.Status, cohort.StartDate, engine.EndDate, engine.Today);
        var logging = new LoggingCohort(cohort.Id, cohort.Code, cohort.ProgrammeId, cohort.CentreId, cohort.Centre.TimeZoneId, cohort.StartDate, cohort.EndDate, cohort.Status);
        var actions = new LearnerActions(scope.CanManageCentre(cohort.CentreId), !partner && enrolment.Status == EnrolmentStatus.Enrolled, !partner);

        var (lectures, lecturePager) = await LecturesAsync(engine, learner, lecturePage, header, cancellationToken);
        var (corrections, correctionCount, correctionPager) = actions.SeesHistory
            ? await CorrectionsAsync(logging, learnerId, correctionPage, header, cancellationToken)
            : ([], 0, Pager.For(1, 1, _ => ""));
        var history = actions.SeesHistory
            ? await AuditHistory.ReadAsync(db, scope, Audit(cohortId, learnerId).Where(a => StatusRecords.Contains(a.Record)), logging, cancellationToken)
            : [];

        return new LearnerViewModel(
            header, enrolment, await DecisionAsync(cohortId, learnerId, cancellationToken), actions,
            progress.Attendance, progress.Exercise,
            partner ? ProgressDisclosure.WithoutSoftSkillDetail(progress.Risks) : progress.Risks,
            lectures, lecturePager,
            HoursByModule(engine, learner),
            await ProjectsAsync(cohortId, learnerId, progress.Projects, cancellationToken),
            new SoftSkillsView(progress.SoftSkills.LatestPoint, progress.SoftSkills.FinalRated, partner ? null : progress.SoftSkills.Averages, engine.Criteria.MinSoftSkillAverage),
            [.. BadgeRule.ForLearner(engine, learner).Select(b => new BadgeRow(b.BadgeName, b.ModuleTitle, learner.BadgeModuleIds.Contains(b.ModuleId), b.Shortfalls))],
            history, corrections, correctionCount, correctionPager);
    }

    private IQueryable<AuditEntry> Audit(int cohortId, int learnerId) =>
        scope.AuditEntries().Where(a => a.CohortId == cohortId && a.LearnerId == learnerId);

    private async Task<LearnerDecision?> DecisionAsync(int cohortId, int learnerId, CancellationToken cancellationToken)
    {
        var decision = await scope.GraduationDecisions().AsNoTracking()
            .Where(d => d.CohortId == cohortId && d.LearnerId == learnerId)
            .OrderByDescending(d => d.DecidedAtUtc).ThenByDescending(d => d.Id)
            .Select(d => new { d.Graduated, d.IsOverride, d.Reason, d.DecidedOn, d.DecidedBy })
            .FirstOrDefaultAsync(cancellationToken);
        if (decision is null)
            return null;
        var names = await People.NamesAsync(db, [decision.DecidedBy], cancellationToken);
        return new LearnerDecision(decision.Graduated, decision.IsOverride, decision.Reason, decision.DecidedOn, names[decision.DecidedBy]);
    }

    /// <summary>The held lectures the attendance rate is over, newest first, one page of them with their topics.</summary>
    private async Task<(IReadOnlyList<LectureRow> Rows, Pager Pager)> LecturesAsync(CohortFacts engine, LearnerFacts learner, int page, LearnerCohort cohort,
        CancellationToken cancellationToken)
    {
        var held = engine.Sessions.Where(s => s.IsHeldBy(engine.NowUtc) && learner.Enrolment.Covers(s.Date)).OrderByDescending(s => s.StartUtc).ToList();
        var pager = Pager.Of(page, held.Count, LearnerViewModel.LecturesPerPage, p => $"/Cohorts/{cohort.Id}/Learners/{learner.LearnerId}?lectures={p}#lectures-heading");
        var shown = held.Skip(pager.Skip(LearnerViewModel.LecturesPerPage)).Take(LearnerViewModel.LecturesPerPage).ToList();
        var ids = shown.Select(s => s.SessionId).ToList();
        var topics = await scope.Sessions().AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.Topic })
            .ToDictionaryAsync(s => s.Id, s => s.Topic, cancellationToken);
        var modules = engine.Modules.ToDictionary(m => m.ModuleId, m => m.Title);
        var marks = learner.Marks.ToDictionary(m => m.SessionId, m => m.Status);
        var rows = shown.Select(s => new LectureRow(s.SessionId, s.Date, modules.GetValueOrDefault(s.ModuleId, ""), topics.GetValueOrDefault(s.SessionId),
            marks.TryGetValue(s.SessionId, out var mark) ? mark : null)).ToList();
        return (rows, pager);
    }

    /// <summary>
    /// Exercise per module and kind beside each module's plan to date, read the way <see cref="ProgressCalculator"/>
    /// reads the whole plan: through yesterday, within the learner's enrolment.
    /// </summary>
    private static IReadOnlyList<ModuleHours> HoursByModule(CohortFacts engine, LearnerFacts learner)
    {
        var yesterday = engine.Today.AddDays(-1);
        var enrolment = learner.Enrolment;
        var lastDay = enrolment.LeftOn is { } left && left <= yesterday ? left.AddDays(-1) : yesterday;
        return [.. engine.Modules.Select(module =>
        {
            var logged = learner.Exercise.Where(e => e.ModuleId == module.ModuleId).ToList();
            var plan = ExercisePlan.For(engine with { Modules = [module] });
            return new ModuleHours(module.Title,
                logged.Where(e => e.Kind == ExerciseKind.Solo).Sum(e => e.Minutes),
                logged.Where(e => e.Kind == ExerciseKind.Group).Sum(e => e.Minutes),
                plan.Between(enrolment.EnrolledOn, lastDay),
                module.PlannedExerciseMinutes,
                BadgeRule.RequiredExerciseMinutes(engine, module));
        })];
    }

    private async Task<IReadOnlyList<ProjectRow>> ProjectsAsync(int cohortId, int learnerId, IReadOnlyList<ProjectResult> results, CancellationToken cancellationToken)
    {
        var groups = await scope.ProjectGroups().AsNoTracking()
            .Where(g => g.CohortId == cohortId && g.GroupProjectId != null && g.Members.Any(m => m.LearnerId == learnerId))
            .Select(g => new
            {
                g.Id, ProjectId = g.GroupProjectId!.Value, g.Name, g.GradePercent,
                Adjustment = g.Members.Where(m => m.LearnerId == learnerId).Select(m => m.ContributionAdjustment).First(),
            })
            .ToListAsync(cancellationToken);
        var byProject = groups.ToLookup(g => g.ProjectId);
        return [.. results.Select(p =>
        {
            var group = byProject[p.ProjectId].FirstOrDefault();
            return new ProjectRow(p.Title, p.DueDate, p.PassMarkPercent, group?.Id, group?.Name, group?.GradePercent,
                group?.GradePercent is null ? null : group.Adjustment, p.GradePercent, p.Passed);
        })];
    }

    /// <summary>Changes to the learner's attendance, hours and ratings, newest first, one page at a time.</summary>
    private async Task<(IReadOnlyList<AuditRow> Rows, int Count, Pager Pager)> CorrectionsAsync(LoggingCohort cohort, int learnerId, int page, LearnerCohort header,
        CancellationToken cancellationToken)
    {
        var entries = Audit(cohort.Id, learnerId).Where(a => !StatusRecords.Contains(a.Record));
        var count = await entries.CountAsync(cancellationToken);
        var pager = Pager.Of(page, count, LearnerViewModel.CorrectionsPerPage, p => $"/Cohorts/{header.Id}/Learners/{learnerId}?corrections={p}#corrections-heading");
        var ids = await entries.OrderByDescending(a => a.ChangedAtUtc).ThenByDescending(a => a.Id)
            .Skip(pager.Skip(LearnerViewModel.CorrectionsPerPage)).Take(LearnerViewModel.CorrectionsPerPage)
            .Select(a => a.Id).ToListAsync(cancellationToken);
        var rows = await AuditHistory.ReadAsync(db, scope, entries.Where(a => ids.Contains(a.Id)), cohort, cancellationToken);
        return (rows, count, pager);
    }
}
