using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Logging;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.ExerciseHours;

public sealed record ModuleOption(int Id, int Position, string Title);

public sealed record LearnerOption(int Id, string Name, string Email, EnrolmentPeriod Enrolment);

public sealed record GroupOption(int Id, string Name, IReadOnlyList<int> MemberIds);

/// <summary>What the hour forms of one cohort offer, and the facts the logging rules check entries against.</summary>
public sealed class ExerciseHoursQuery(BootcampDb db)
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
        var rows = await db.Enrolments.AsNoTracking()
            .Where(e => e.CohortId == cohort.Id)
            .Join(db.Learners, e => e.LearnerId, l => l.Id, (e, l) => new { Enrolment = e, l.FirstName, l.LastName, l.Email })
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
        var groups = await db.ProjectGroups.AsNoTracking()
            .Where(g => g.CohortId == cohort.Id)
            .OrderBy(g => g.Name)
            .Select(g => new { g.Id, g.Name, Members = g.Members.Select(m => m.LearnerId).ToList() })
            .ToListAsync(cancellationToken);
        return groups.Select(g => new GroupOption(g.Id, g.Name, g.Members)).ToList();
    }

    /// <summary>
    /// The rules' view of the cohort for the given learner-days. Minutes already stored count across all of a learner's
    /// cohorts, since the 12-hour limit is about the person's day; <paramref name="leaveOut"/> are the entries being corrected.
    /// </summary>
    public async Task<LoggingContext> ContextAsync(LoggingCohort cohort, DateOnly today, IReadOnlyCollection<LearnerDay> days,
        IReadOnlyList<LearnerOption> learners, IReadOnlyList<ModuleOption> modules, IReadOnlyCollection<int> leaveOut, CancellationToken cancellationToken)
    {
        var stored = new Dictionary<LearnerDay, int>();
        if (days.Count > 0)
        {
            var learnerIds = days.Select(d => d.LearnerId).Distinct().ToList();
            var first = days.Min(d => d.Date);
            var last = days.Max(d => d.Date);
            var logs = db.ExerciseLogs.AsNoTracking().Where(e => learnerIds.Contains(e.LearnerId) && e.Date >= first && e.Date <= last);
            if (leaveOut.Count > 0)
                logs = logs.Where(e => !leaveOut.Contains(e.Id));
            var sums = await logs
                .GroupBy(e => new { e.LearnerId, e.Date })
                .Select(g => new { g.Key.LearnerId, g.Key.Date, Minutes = g.Sum(e => e.Minutes) })
                .ToListAsync(cancellationToken);
            foreach (var sum in sums)
                stored[new LearnerDay(sum.LearnerId, sum.Date)] = sum.Minutes;
        }
        return new LoggingContext(today, cohort.StartDate, cohort.EndDate,
            modules.Select(m => m.Id).ToHashSet(),
            learners.ToDictionary(l => l.Id, l => new LoggableLearner(l.Name, l.Enrolment)),
            stored);
    }

    /// <summary>Minutes stored per learner and day in a date range of the cohort, for the weekly grid.</summary>
    public async Task<Dictionary<LearnerDay, int>> LoggedAsync(LoggingCohort cohort, DateOnly first, DateOnly last, CancellationToken cancellationToken)
    {
        var sums = await db.ExerciseLogs.AsNoTracking()
            .Where(e => e.CohortId == cohort.Id && e.Date >= first && e.Date <= last)
            .GroupBy(e => new { e.LearnerId, e.Date })
            .Select(g => new { g.Key.LearnerId, g.Key.Date, Minutes = g.Sum(e => e.Minutes) })
            .ToListAsync(cancellationToken);
        return sums.ToDictionary(s => new LearnerDay(s.LearnerId, s.Date), s => s.Minutes);
    }
}
