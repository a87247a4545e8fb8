using System.Globalization;
using Bootcamp.Domain.Logging;
using AttendanceMark = Bootcamp.Domain.Logging.Attendance;
using Bootcamp.Web.Data;

namespace Bootcamp.Web.Features.Shared;

/// <summary>
/// Writes the audit entries of one save of attendance or exercise hours. Entries for new rows need the ids the
/// database gives, so the trail saves the records first and its entries second, inside the caller's transaction.
/// </summary>
public sealed class AuditTrail(BootcampDb db, string changedBy, DateTime changedAtUtc)
{
    private readonly List<Func<AuditEntry>> _pending = [];

    public void AttendanceCreated(int cohortId, AttendanceMark mark) =>
        _pending.Add(() => new AuditEntry(cohortId, mark.LearnerId, mark.SessionId, AuditedRecord.Attendance, mark.Id,
            AuditAction.Created, null, Describe(mark), null, changedBy, changedAtUtc));

    public void AttendanceChanged(int cohortId, AttendanceMark mark, string oldValue, string? reason) =>
        _pending.Add(() => new AuditEntry(cohortId, mark.LearnerId, mark.SessionId, AuditedRecord.Attendance, mark.Id,
            AuditAction.Changed, oldValue, Describe(mark), reason, changedBy, changedAtUtc));

    public void ExerciseCreated(ExerciseLog log, string moduleTitle) =>
        _pending.Add(() => new AuditEntry(log.CohortId, log.LearnerId, null, AuditedRecord.ExerciseLog, log.Id,
            AuditAction.Created, null, Describe(log, moduleTitle), null, changedBy, changedAtUtc));

    public void ExerciseChanged(ExerciseLog log, string oldValue, string moduleTitle, string? reason) =>
        _pending.Add(() => new AuditEntry(log.CohortId, log.LearnerId, null, AuditedRecord.ExerciseLog, log.Id,
            AuditAction.Changed, oldValue, Describe(log, moduleTitle), reason, changedBy, changedAtUtc));

    public void ExerciseDeleted(ExerciseLog log, string oldValue, string? reason)
    {
        var entry = new AuditEntry(log.CohortId, log.LearnerId, null, AuditedRecord.ExerciseLog, log.Id,
            AuditAction.Deleted, oldValue, null, reason, changedBy, changedAtUtc);
        _pending.Add(() => entry);
    }

    /// <summary>Saves the records, then their audit entries. Call inside the transaction that holds the change.</summary>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        await BulkInsert.RunAsync(db, [.. _pending.Select(make => make())], cancellationToken);
        _pending.Clear();
    }

    public static string Describe(AttendanceMark mark) =>
        mark.Reason is null ? mark.Status.ToString() : $"{mark.Status}: {mark.Reason}";

    public static string Describe(ExerciseLog log, string moduleTitle) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{log.Date:yyyy-MM-dd}, {Hours.Number(log.Minutes)} h {log.Kind.ToString().ToLowerInvariant()}, {moduleTitle}: {log.Description}");
}
