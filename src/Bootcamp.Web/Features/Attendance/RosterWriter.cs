using Bootcamp.Domain.Logging;
using AttendanceMark = Bootcamp.Domain.Logging.Attendance;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Progress;
using Bootcamp.Web.Features.Shared;
using Bootcamp.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Attendance;

/// <summary>
/// What became of a roster save. <paramref name="Problems"/> name a <see cref="RosterForm"/> key ("" for the page's
/// summary); <paramref name="CurrentVersions"/> gives, by row index, the version of each mark someone else saved since
/// the form was built, so the form takes it and a second save is deliberate.
/// </summary>
public sealed record RosterOutcome(IReadOnlyList<FieldProblem> Problems, IReadOnlyDictionary<int, int> CurrentVersions)
{
    public bool Saved => Problems.Count == 0;
}

/// <summary>
/// Writes a whole roster or nothing, in the grain of <c>HoursWriter</c>: the checks run first on what is stored, then
/// again inside the write transaction, which SQLite gives to one writer at a time; new marks go in with one bulk
/// insert, and every new or changed mark gets its audit entry in the same transaction. A mark changed by someone else
/// since the form was built is not overwritten: the row says who changed it to what.
/// </summary>
public sealed class RosterWriter(BootcampDb db, UserScope scope, Corrections corrections, RosterSession session,
    IReadOnlyList<RosterLearner> learners, DateTime nowUtc, DateOnly today)
{
    private string Who => scope.UserName;

    public async Task<RosterOutcome> SaveAsync(RosterForm form, CancellationToken cancellationToken)
    {
        if (session.Refusal(nowUtc) is { } refusal)
            return new([new FieldProblem("", refusal)], new Dictionary<int, int>());
        var (precheck, _) = await CheckAsync(form, await MarksAsync(scope.Attendance().AsNoTracking(), cancellationToken), cancellationToken);
        if (!precheck.Saved)
            return precheck;
        await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
        var marks = await MarksAsync(scope.Attendance(), cancellationToken);
        var (outcome, changes) = await CheckAsync(form, marks, cancellationToken);
        if (!outcome.Saved)
            return outcome;
        var audit = new AuditTrail(db, Who, nowUtc);
        var added = new List<AttendanceMark>();
        foreach (var (row, mark) in changes)
        {
            if (mark is null)
            {
                var created = new AttendanceMark(session.SessionId, row.LearnerId, row.Status!.Value, row.Reason, Who, nowUtc);
                added.Add(created);
                audit.AttendanceCreated(session.Cohort.Id, created);
                continue;
            }
            var before = AuditTrail.Describe(mark);
            mark.Change(row.Status!.Value, row.Reason, Who, nowUtc);
            audit.AttendanceChanged(session.Cohort.Id, mark, before, form.Reason);
        }
        await BulkInsert.RunAsync(db, added, cancellationToken);
        await audit.SaveAsync(cancellationToken);
        await TallyWriter.RefreshAsync(db, session.Cohort.Id, [.. changes.Select(c => c.Row.LearnerId)], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }

    private Task<Dictionary<int, AttendanceMark>> MarksAsync(IQueryable<AttendanceMark> attendance, CancellationToken cancellationToken) =>
        attendance.Where(a => a.SessionId == session.SessionId).ToDictionaryAsync(a => a.LearnerId, cancellationToken);

    /// <summary>The rows to write (a null mark is a new one) and what refuses the save, against the marks stored now.</summary>
    private async Task<(RosterOutcome Outcome, List<(RosterRow Row, AttendanceMark? Mark)> Changes)> CheckAsync(
        RosterForm form, IReadOnlyDictionary<int, AttendanceMark> marks, CancellationToken cancellationToken)
    {
        var onRoster = learners.ToDictionary(l => l.LearnerId);
        var problems = new List<FieldProblem>();
        var versions = new Dictionary<int, int>();
        var changes = new List<(RosterRow Row, AttendanceMark? Mark)>();
        var names = await People.NamesAsync(db, marks.Values.Select(m => m.RecordedBy), cancellationToken);
        var firstRecordings = await corrections.FirstRecordingsAsync(AuditedRecord.Attendance, [.. marks.Values.Select(m => m.Id)], cancellationToken);
        for (var i = 0; i < form.Rows.Count; i++)
        {
            var row = form.Rows[i];
            var field = $"{nameof(RosterForm.Rows)}[{i}].{nameof(RosterRow.Status)}";
            if (!onRoster.TryGetValue(row.LearnerId, out var learner))
            {
                problems.Add(new("", "A learner on the form was not enrolled on the day of this session; reload the roster."));
                continue;
            }
            if (!marks.TryGetValue(row.LearnerId, out var mark))
            {
                changes.Add((row, null));
                continue;
            }
            if (mark.Version != row.Version)
            {
                problems.Add(new(field,
                    $"{names[mark.RecordedBy]} saved {learner.Name} as {AuditTrail.Describe(mark)} at {session.Cohort.LocalTime(mark.RecordedAtUtc):d MMM HH:mm} while you were editing. Your choice is kept; save again to replace theirs."));
                versions[i] = mark.Version;
                continue;
            }
            var reason = string.IsNullOrWhiteSpace(row.Reason) ? null : row.Reason.Trim();
            if (mark.Status == row.Status && mark.Reason == reason)
                continue;
            var first = firstRecordings.GetValueOrDefault(mark.Id) ?? new FirstRecording(mark.RecordedBy, mark.RecordedAtUtc);
            var refused = corrections.Check(first, session.Cohort, Who, form.Reason, today);
            problems.AddRange(refused.Select(p => new FieldProblem(p.Field == nameof(RosterForm.Reason) ? nameof(RosterForm.Reason) : field, $"{learner.Name}: {p.Message}")));
            if (refused.Count == 0)
                changes.Add((row, mark));
        }
        return (new RosterOutcome(problems, versions), changes);
    }
}
