using Bootcamp.Domain.Logging;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Progress;
using Bootcamp.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.ExerciseHours;

/// <summary>Hours to add for one learner, with what the rules do not look at.</summary>
public sealed record NewHours(ExerciseEntry Entry, string Description, int? ProjectGroupId, Guid? GroupEntryId);

/// <summary>
/// Adds a batch of hours (one entry, a group's members, a weekly grid, an import) whole or not at all. The rules are
/// checked inside the write transaction, which SQLite gives to one writer at a time, so two instructors logging the
/// same learner's day at once cannot pass 12 hours between them.
/// </summary>
public sealed class HoursWriter(BootcampDb db, LoggingCohort cohort, IReadOnlyList<LearnerOption> learners,
    IReadOnlyList<ModuleOption> modules, string who, DateTime nowUtc, DateOnly today)
{
    /// <summary>What the rules say of the batch against the hours already stored, without writing anything (the import preview).</summary>
    public async Task<IReadOnlyList<EntryProblem>> CheckAsync(IReadOnlyList<NewHours> batch, CancellationToken cancellationToken)
    {
        var entries = batch.Select(b => b.Entry).ToList();
        var days = entries.Select(e => new LearnerDay(e.LearnerId, e.Date)).ToHashSet();
        return ExerciseEntryRules.CheckBatch(entries, await ContextAsync(db, cohort, today, days, learners, modules, [], cancellationToken));
    }

    public async Task<IReadOnlyList<EntryProblem>> AddAsync(IReadOnlyList<NewHours> batch, CancellationToken cancellationToken)
    {
        var entries = batch.Select(b => b.Entry).ToList();
        var precheck = ExerciseEntryRules.CheckBatch(entries, await ContextAsync(db, cohort, today, [], learners, modules, [], cancellationToken));
        if (precheck.Count > 0 || entries.Count == 0)
            return precheck;
        await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
        var problems = await CheckAsync(batch, cancellationToken);
        if (problems.Count > 0)
            return problems;
        var titles = modules.ToDictionary(m => m.Id, m => m.Title);
        // The rules passed, so every entry is a positive number of quarter hours within a day and the entity accepts it.
        var logs = batch.Select(b => new ExerciseLog(cohort.Id, b.Entry.LearnerId, b.Entry.ModuleId, b.Entry.Date, b.Entry.Minutes, b.Entry.Kind,
            b.ProjectGroupId, b.GroupEntryId, b.Description, who, nowUtc)).ToList();
        await BulkInsert.RunAsync(db, logs, cancellationToken);
        var audit = new AuditTrail(db, who, nowUtc);
        foreach (var log in logs)
            audit.ExerciseCreated(log, titles[log.ModuleId]);
        await audit.SaveAsync(cancellationToken);
        await TallyWriter.AddLogsAsync(db, cohort.Id, logs, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return [];
    }

    /// <summary>
    /// The rules' view of the cohort for the given learner-days. Minutes already stored count across all of a learner's
    /// cohorts, since the 12-hour limit is about the person's day; <paramref name="leaveOut"/> are the entries being corrected.
    /// This read goes around the user's scope on purpose: an instructor of one cohort must not log
    /// a 13th hour that another cohort's instructor already logged. It is keyed by learners already found through the
    /// scope and returns sums only, never another cohort's rows.
    /// </summary>
    public static async Task<LoggingContext> ContextAsync(BootcampDb db, LoggingCohort cohort, DateOnly today, IReadOnlyCollection<LearnerDay> days,
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
}
