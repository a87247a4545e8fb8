using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Logging;
using Bootcamp.Domain.Scheduling;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Shared;
using Bootcamp.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.ExerciseHours;

public sealed record ModuleOption(int Id, int Position, string Title);

public sealed record LearnerOption(int Id, string Name, string Email, EnrolmentPeriod Enrolment);

public sealed record GroupOption(int Id, string Name, IReadOnlyList<int> MemberIds);

/// <summary>What the hour pages of one cohort show and offer, read through the user's scope.</summary>
public sealed class ExerciseHoursQuery(BootcampDb db, UserScope scope)
{
    public Task<List<ModuleOption>> ModulesAsync(LoggingCohort cohort, CancellationToken cancellationToken) =>
        db.Modules.AsNoTracking()
            .Where(m => m.ProgrammeId == cohort.ProgrammeId)
            .OrderBy(m => m.Position)
            .Select(m => new ModuleOption(m.Id, m.Position, m.Title))
            .ToListAsync(cancellationToken);

    /// <summary>Everyone ever enrolled in the cohort, by name; the rules decide which days each may be logged for.</summary>
    public async Task<IReadOnlyList<LearnerOption>> LearnersAsync(LoggingCohort cohort, CancellationToken cancellationToken)
    {
        var rows = await scope.Enrolments().AsNoTracking()
            .Where(e => e.CohortId == cohort.Id)
            .Join(scope.Learners(), e => e.LearnerId, l => l.Id, (e, l) => new { Enrolment = e, l.FirstName, l.LastName, l.Email })
            .ToListAsync(cancellationToken);
        return rows
            .GroupBy(r => r.Enrolment.LearnerId)
            .Select(g => g.OrderByDescending(r => r.Enrolment.EnrolledOn).First())
            .OrderBy(r => r.LastName).ThenBy(r => r.FirstName)
            .Select(r => new LearnerOption(r.Enrolment.LearnerId, $"{r.FirstName} {r.LastName}", r.Email, EnrolmentPeriod.Of(r.Enrolment)))
            .ToList();
    }

    public async Task<IReadOnlyList<GroupOption>> GroupsAsync(LoggingCohort cohort, CancellationToken cancellationToken)
    {
        var groups = await scope.ProjectGroups().AsNoTracking()
            .Where(g => g.CohortId == cohort.Id)
            .OrderBy(g => g.Name)
            .Select(g => new { g.Id, g.Name, Members = g.Members.Select(m => m.LearnerId).ToList() })
            .ToListAsync(cancellationToken);
        return groups.Select(g => new GroupOption(g.Id, g.Name, g.Members)).ToList();
    }

    /// <summary>Minutes stored per learner and day in a date range of the cohort, for the weekly grid.</summary>
    public async Task<Dictionary<LearnerDay, int>> LoggedAsync(LoggingCohort cohort, DateOnly first, DateOnly last, CancellationToken cancellationToken)
    {
        var sums = await scope.ExerciseLogs().AsNoTracking()
            .Where(e => e.CohortId == cohort.Id && e.Date >= first && e.Date <= last)
            .GroupBy(e => new { e.LearnerId, e.Date })
            .Select(g => new { g.Key.LearnerId, g.Key.Date, Minutes = g.Sum(e => e.Minutes) })
            .ToListAsync(cancellationToken);
        return sums.ToDictionary(s => new LearnerDay(s.LearnerId, s.Date), s => s.Minutes);
    }

    /// <summary>An entry of hours with its cohort, or null when there is none or the user may not log for its cohort.</summary>
    public async Task<(ExerciseLog Log, LoggingCohort Cohort)?> EntryAsync(int id, CancellationToken cancellationToken)
    {
        var log = await scope.ExerciseLogs().AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        var cohort = log is null ? null : await LoggingCohort.FindAsync(scope, log.CohortId, cancellationToken);
        return log is null || cohort is null ? null : (log, cohort);
    }

    public async Task<HoursIndexViewModel> IndexAsync(LoggingCohort cohort, CancellationToken cancellationToken)
    {
        var learners = await LearnersAsync(cohort, cancellationToken);
        var totals = await scope.ExerciseLogs().AsNoTracking().Where(e => e.CohortId == cohort.Id)
            .GroupBy(e => e.LearnerId).Select(g => new { g.Key, Minutes = g.Sum(e => e.Minutes) })
            .ToDictionaryAsync(g => g.Key, g => g.Minutes, cancellationToken);
        var rows = learners.Select(l => new LearnerTotal(l.Id, l.Name, l.Enrolment.Status, totals.GetValueOrDefault(l.Id))).ToList();
        var recent = await EntriesAsync(scope.ExerciseLogs().Where(e => e.CohortId == cohort.Id), 0, 30, cancellationToken);
        return new HoursIndexViewModel(cohort, rows, recent);
    }

    /// <summary>The learner's entries in the cohort and the history of their hours, or null when they never belonged to it.</summary>
    /// <summary>
    /// A learner's hours: summed by module and by solo and group work over every entry, then one page of the entries,
    /// newest first (a page past the last shows the last).
    /// </summary>
    public async Task<LearnerHistoryViewModel?> LearnerAsync(LoggingCohort cohort, int learnerId, int page, CancellationToken cancellationToken)
    {
        var learner = (await LearnersAsync(cohort, cancellationToken)).FirstOrDefault(l => l.Id == learnerId);
        if (learner is null)
            return null;
        var logs = scope.ExerciseLogs().Where(e => e.CohortId == cohort.Id && e.LearnerId == learnerId);
        var sums = await logs.GroupBy(e => new { e.ModuleId, e.Kind })
            .Select(g => new { g.Key.ModuleId, g.Key.Kind, Minutes = g.Sum(e => e.Minutes), Entries = g.Count() })
            .ToListAsync(cancellationToken);
        var byModule = (await ModulesAsync(cohort, cancellationToken))
            .Select(m => new ModuleHours(m.Title,
                sums.Where(x => x.ModuleId == m.Id && x.Kind == ExerciseKind.Solo).Sum(x => x.Minutes),
                sums.Where(x => x.ModuleId == m.Id && x.Kind == ExerciseKind.Group).Sum(x => x.Minutes)))
            .Where(m => m.Total > 0)
            .ToList();
        var count = sums.Sum(x => x.Entries);
        var pager = Pager.Of(page, count, LearnerHistoryViewModel.PageSize, p => $"/ExerciseHours/Cohorts/{cohort.Id}/Learners/{learnerId}?page={p}#entries-heading");
        var entries = await EntriesAsync(logs, pager.Skip(LearnerHistoryViewModel.PageSize), LearnerHistoryViewModel.PageSize, cancellationToken);
        var audit = await AuditHistory.ReadAsync(db, scope, scope.AuditEntries().Where(a => a.CohortId == cohort.Id && a.LearnerId == learnerId), cohort, cancellationToken);
        return new LearnerHistoryViewModel(cohort, learner, byModule, count, entries, pager, audit);
    }

    public async Task<LogViewModel> LogPageAsync(LoggingCohort cohort, LogForm form, DateOnly today, CancellationToken cancellationToken) =>
        new(cohort, form,
            [.. (await LearnersAsync(cohort, cancellationToken)).Where(l => !l.Enrolment.HasLeft)],
            await GroupsAsync(cohort, cancellationToken),
            await ModulesAsync(cohort, cancellationToken),
            today);

    public async Task<GridViewModel> GridPageAsync(LoggingCohort cohort, DateOnly monday, GridForm form, DateOnly today, CancellationToken cancellationToken)
    {
        var sunday = monday.AddDays(6);
        var learners = (await LearnersAsync(cohort, cancellationToken))
            .Where(l => l.Enrolment.EnrolledOn <= sunday && (l.Enrolment.LeftOn is null || l.Enrolment.LeftOn > monday))
            .ToList();
        return new GridViewModel(cohort, monday, [.. Enumerable.Range(0, 7).Select(monday.AddDays)], learners,
            await LoggedAsync(cohort, monday, sunday, cancellationToken),
            await ModulesAsync(cohort, cancellationToken), form, today);
    }

    /// <summary>The module of the week's first lecture, which is what the cohort most likely practised that week.</summary>
    public async Task<int?> ModuleOfWeekAsync(LoggingCohort cohort, DateOnly monday, CancellationToken cancellationToken)
    {
        var (startUtc, endUtc) = (ScheduleGenerator.ToUtc(monday, TimeOnly.MinValue, cohort.TimeZone), ScheduleGenerator.ToUtc(monday.AddDays(7), TimeOnly.MinValue, cohort.TimeZone));
        return await scope.Sessions().AsNoTracking()
            .Where(s => s.CohortId == cohort.Id && s.StartUtc >= startUtc && s.StartUtc < endUtc)
            .OrderBy(s => s.StartUtc)
            .Select(s => (int?)s.ModuleId).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<EditViewModel> EditPageAsync(LoggingCohort cohort, ExerciseLog log, EditForm form, CancellationToken cancellationToken)
    {
        var learner = await scope.Learners().AsNoTracking().Where(l => l.Id == log.LearnerId).Select(l => l.FirstName + " " + l.LastName).SingleAsync(cancellationToken);
        var group = log.ProjectGroupId is null ? null : await scope.ProjectGroups().AsNoTracking().Where(g => g.Id == log.ProjectGroupId).Select(g => g.Name).SingleOrDefaultAsync(cancellationToken);
        var names = await People.NamesAsync(db, [log.LoggedBy], cancellationToken);
        var lastChange = $"Last saved by {names[log.LoggedBy]} on {cohort.LocalTime(log.LoggedAtUtc):d MMM yyyy HH:mm}.";
        var groupRows = log.GroupEntryId is { } entry
            ? await scope.ExerciseLogs().CountAsync(e => e.GroupEntryId == entry && e.CohortId == log.CohortId, cancellationToken)
            : 1;
        return new EditViewModel(cohort, log.Id, learner, group, groupRows, form, await ModulesAsync(cohort, cancellationToken), lastChange);
    }

    private async Task<IReadOnlyList<EntryRow>> EntriesAsync(IQueryable<ExerciseLog> logs, int skip, int take, CancellationToken cancellationToken)
    {
        var learners = scope.Learners();
        var groups = scope.ProjectGroups();
        var rows = await logs.AsNoTracking()
            .OrderByDescending(e => e.Date).ThenByDescending(e => e.Id)
            .Skip(skip)
            .Take(take)
            .Select(e => new
            {
                e.Id, e.Date, e.LearnerId, e.Minutes, e.Kind, e.Description, e.LoggedBy,
                Learner = learners.Where(l => l.Id == e.LearnerId).Select(l => l.FirstName + " " + l.LastName).First(),
                Module = db.Modules.Where(m => m.Id == e.ModuleId).Select(m => m.Title).First(),
                Group = groups.Where(g => g.Id == e.ProjectGroupId).Select(g => g.Name).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var names = await People.NamesAsync(db, rows.Select(r => r.LoggedBy), cancellationToken);
        return rows.Select(r => new EntryRow(r.Id, r.Date, r.Learner, r.LearnerId, r.Module, r.Minutes, r.Kind, r.Group, r.Description, names[r.LoggedBy])).ToList();
    }
}
