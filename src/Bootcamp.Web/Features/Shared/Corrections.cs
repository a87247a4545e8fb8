using Bootcamp.Domain.Logging;
using Bootcamp.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Shared;

/// <summary>Who first recorded an entry and on which day, for the correction window.</summary>
public sealed record FirstRecording(string RecordedBy, DateTime RecordedAtUtc);

/// <summary>
/// Feeds <see cref="CorrectionWindow"/> from the database and the configuration (<c>Corrections:WindowDays</c>).
/// The window runs from the first recording: an entry keeps its first author and day in its Created audit entry,
/// while the record itself only remembers the last change.
/// </summary>
public sealed class Corrections(UserScope scope, IConfiguration configuration)
{
    public int Days => configuration.GetValue("Corrections:WindowDays", CorrectionWindow.DefaultDays);

    public EditorRole Role => scope.IsAdmin ? EditorRole.Admin : scope.IsStaff ? EditorRole.CentreStaff : EditorRole.Instructor;

    public async Task<IReadOnlyDictionary<int, FirstRecording>> FirstRecordingsAsync(AuditedRecord record, IReadOnlyCollection<int> recordIds, CancellationToken cancellationToken)
    {
        // Through the scope an instructor reads only their own entries; an entry someone else created falls back to
        // its last author, which refuses the instructor just the same, since only its first author may correct it.
        var created = await scope.AuditEntries().AsNoTracking()
            .Where(a => a.Record == record && a.Action == AuditAction.Created && recordIds.Contains(a.RecordId))
            .Select(a => new { a.RecordId, a.ChangedBy, a.ChangedAtUtc })
            .ToListAsync(cancellationToken);
        return created.GroupBy(a => a.RecordId).ToDictionary(g => g.Key, g => g.Select(a => new FirstRecording(a.ChangedBy, a.ChangedAtUtc)).First());
    }

    public IReadOnlyList<FieldProblem> Check(FirstRecording first, LoggingCohort cohort, string editor, string? reason, DateOnly today) =>
        CorrectionWindow.Check(new CorrectionRequest(first.RecordedBy, cohort.LocalDate(first.RecordedAtUtc), editor, Role, reason, today), Days);
}
