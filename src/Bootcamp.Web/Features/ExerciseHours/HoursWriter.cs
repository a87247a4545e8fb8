using Bootcamp.Domain.Logging;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Shared;

namespace Bootcamp.Web.Features.ExerciseHours;

/// <summary>Hours to add for one learner, with what the rules do not look at.</summary>
public sealed record NewHours(ExerciseEntry Entry, string Description, int? ProjectGroupId, Guid? GroupEntryId);

/// <summary>
/// Adds a batch of hours (one entry, a group's members, a weekly grid, an import) whole or not at all. The rules are
/// checked inside the write transaction, which SQLite gives to one writer at a time, so two instructors logging the
/// same learner's day at once cannot pass 12 hours between them.
/// </summary>
public sealed class HoursWriter(BootcampDb db, HoursRuleFacts facts, LoggingCohort cohort, IReadOnlyList<LearnerOption> learners,
    IReadOnlyList<ModuleOption> modules, string who, DateTime nowUtc, DateOnly today)
{
    /// <summary>What the rules say of the batch against the hours already stored, without writing anything (the import preview).</summary>
    public async Task<IReadOnlyList<EntryProblem>> CheckAsync(IReadOnlyList<NewHours> batch, CancellationToken cancellationToken)
    {
        var entries = batch.Select(b => b.Entry).ToList();
        var days = entries.Select(e => new LearnerDay(e.LearnerId, e.Date)).ToHashSet();
        return ExerciseEntryRules.CheckBatch(entries, await facts.ContextAsync(cohort, today, days, learners, modules, [], cancellationToken));
    }

    public async Task<IReadOnlyList<EntryProblem>> AddAsync(IReadOnlyList<NewHours> batch, CancellationToken cancellationToken)
    {
        var entries = batch.Select(b => b.Entry).ToList();
        var precheck = ExerciseEntryRules.CheckBatch(entries, await facts.ContextAsync(cohort, today, [], learners, modules, [], cancellationToken));
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
        await transaction.CommitAsync(cancellationToken);
        return [];
    }
}
