using Bootcamp.Domain.Logging;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Progress;
using Bootcamp.Web.Features.Shared;
using Bootcamp.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.ExerciseHours;

/// <summary>
/// What became of a correction or a deletion. <paramref name="Problems"/> name an <see cref="EditForm"/> field, or ""
/// for the page's summary; <paramref name="CurrentVersion"/> is set when someone else saved the entry in between, so
/// the form takes it and a second save is deliberate. <paramref name="Entry"/> is the entry as it now stands.
/// </summary>
public sealed record CorrectionOutcome(ExerciseLog Entry, int Rows, IReadOnlyList<FieldProblem> Problems, int? CurrentVersion = null)
{
    public bool Saved => Problems.Count == 0;
}

/// <summary>
/// Corrects or deletes a stored entry of hours, alone or with every row its group entry made, in the grain of
/// <see cref="HoursWriter"/>: the version the form was built from, the correction window and the logging rules are
/// checked inside the write transaction, so no one can change the entry between the checks and the save; a refusal
/// leaves the transaction before the page is built, so the one writer slot is not held for that.
/// </summary>
public sealed class EntryCorrector(BootcampDb db, UserScope scope, Corrections corrections, LoggingCohort cohort,
    IReadOnlyList<LearnerOption> learners, IReadOnlyList<ModuleOption> modules, DateTime nowUtc, DateOnly today)
{
    private string Who => scope.UserName;

    public async Task<CorrectionOutcome> CorrectAsync(int id, EditForm form, CancellationToken cancellationToken)
    {
        await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
        var log = await scope.ExerciseLogs().SingleAsync(e => e.Id == id, cancellationToken);
        if (await RefusalAsync(log, form, cancellationToken) is { } refused)
            return refused;
        var rows = await RowsAsync(log, form.WholeGroup, cancellationToken);
        var minutes = form.Minutes();
        var entries = rows.Select(r => new ExerciseEntry(r.LearnerId, form.ModuleId!.Value, form.Date!.Value, minutes, form.Kind!.Value)).ToList();
        var context = await HoursWriter.ContextAsync(db, cohort, today, [.. entries.Select(e => new LearnerDay(e.LearnerId, e.Date))], learners, modules,
            [.. rows.Select(r => r.Id)], cancellationToken);
        var names = learners.ToDictionary(l => l.Id, l => l.Name);
        // The page shows one learner's row; a problem with another member's row is named in the summary.
        var problems = ExerciseEntryRules.CheckBatch(entries, context)
            .Select(p => rows[p.Index] == log
                ? new FieldProblem(HoursFields.FieldFor(p.Field), p.Message)
                : new FieldProblem("", $"{names.GetValueOrDefault(rows[p.Index].LearnerId, "Another member")}: {p.Message}"))
            .ToList();
        if (problems.Count > 0)
            return new(log, rows.Count, problems);
        var titles = Titles();
        var audit = new AuditTrail(db, Who, nowUtc);
        foreach (var row in rows)
        {
            var before = AuditTrail.Describe(row, titles[row.ModuleId]);
            row.Change(form.ModuleId!.Value, form.Date!.Value, minutes, form.Kind!.Value, form.Description!, Who, nowUtc);
            audit.ExerciseChanged(row, before, titles[row.ModuleId], form.Reason);
        }
        await audit.SaveAsync(cancellationToken);
        await TallyWriter.RefreshAsync(db, log.CohortId, [.. rows.Select(r => r.LearnerId)], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new(log, rows.Count, []);
    }

    public async Task<CorrectionOutcome> DeleteAsync(int id, EditForm form, CancellationToken cancellationToken)
    {
        await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
        var log = await scope.ExerciseLogs().SingleAsync(e => e.Id == id, cancellationToken);
        if (await RefusalAsync(log, form, cancellationToken) is { } refused)
            return refused;
        var rows = await RowsAsync(log, form.WholeGroup, cancellationToken);
        var titles = Titles();
        var audit = new AuditTrail(db, Who, nowUtc);
        foreach (var row in rows)
        {
            audit.ExerciseDeleted(row, AuditTrail.Describe(row, titles[row.ModuleId]), form.Reason);
            db.Remove(row);
        }
        await audit.SaveAsync(cancellationToken);
        await TallyWriter.RefreshAsync(db, log.CohortId, [.. rows.Select(r => r.LearnerId)], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new(log, rows.Count, []);
    }

    /// <summary>The version the form was built from, then the correction window, which runs from the entry's first recording.</summary>
    private async Task<CorrectionOutcome?> RefusalAsync(ExerciseLog log, EditForm form, CancellationToken cancellationToken)
    {
        if (log.Version != form.Version)
        {
            var names = await People.NamesAsync(db, [log.LoggedBy], cancellationToken);
            var message = $"{names[log.LoggedBy]} changed this entry at {cohort.LocalTime(log.LoggedAtUtc):d MMM yyyy HH:mm} while you were editing; it now reads: " +
                $"{AuditTrail.Describe(log, Titles().GetValueOrDefault(log.ModuleId, "?"))}. Nothing of yours was saved; your changes are kept below, save again to replace theirs.";
            return new(log, 1, [new FieldProblem("", message)], log.Version);
        }
        var first = (await corrections.FirstRecordingsAsync(AuditedRecord.ExerciseLog, [log.Id], cancellationToken)).GetValueOrDefault(log.Id)
            ?? new FirstRecording(log.LoggedBy, log.LoggedAtUtc);
        var problems = corrections.Check(first, cohort, Who, form.Reason, today)
            .Select(p => new FieldProblem(p.Field == nameof(EditForm.Reason) ? nameof(EditForm.Reason) : "", p.Message))
            .ToList();
        return problems.Count == 0 ? null : new(log, 1, problems);
    }

    /// <summary>The entry alone, or with every other row its group entry made when the whole group is corrected.</summary>
    private async Task<IReadOnlyList<ExerciseLog>> RowsAsync(ExerciseLog log, bool wholeGroup, CancellationToken cancellationToken) =>
        wholeGroup && log.GroupEntryId is { } entry
            ? await scope.ExerciseLogs().Where(e => e.GroupEntryId == entry && e.CohortId == log.CohortId).OrderBy(e => e.Id).ToListAsync(cancellationToken)
            : [log];

    private Dictionary<int, string> Titles() => modules.ToDictionary(m => m.Id, m => m.Title);
}
