using Bootcamp.Domain.Common;
using Bootcamp.Domain.Logging;
using AttendanceMark = Bootcamp.Domain.Logging.Attendance;
using Bootcamp.Domain.Scheduling;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Shared;
using Bootcamp.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Attendance;

public sealed record RosterViewModel(RosterSession Session, IReadOnlyList<RosterLearner> Learners, RosterForm Form, IReadOnlyDictionary<string, string> Names, bool CanTake)
{
    public bool Taken => Learners.Any(l => l.Status is not null);
}

public sealed record AttendanceSessionRow(int Id, string When, string Module, string? Topic, SessionStatus Status, int Marks);

public sealed record CohortSessionsViewModel(LoggingCohort Cohort, IReadOnlyList<AttendanceSessionRow> Sessions);

public sealed record SessionHistoryViewModel(RosterSession Session, IReadOnlyList<AuditRow> Rows);

[Authorize(Roles = Roles.AdminOrStaff + "," + Roles.Instructor)]
public sealed class AttendanceController(BootcampDb db, UserScope scope, TimeProvider clock, IConfiguration configuration) : Controller
{
    private RosterQuery Query => new(db, scope);

    [HttpGet("/Attendance/Cohorts/{cohortId:int}")]
    public async Task<IActionResult> Cohort(int cohortId, CancellationToken cancellationToken)
    {
        var cohort = await LoggingCohort.FindAsync(scope, db, cohortId, cancellationToken);
        if (cohort is null)
            return NotFound();
        var until = clock.GetUtcNow().UtcDateTime.AddDays(7);
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.CohortId == cohortId && s.StartUtc <= until)
            .OrderByDescending(s => s.StartUtc)
            .Select(s => new
            {
                s.Id, s.StartUtc, s.Topic, s.Status,
                Module = db.Modules.Where(m => m.Id == s.ModuleId).Select(m => m.Title).First(),
                Marks = db.Attendance.Count(a => a.SessionId == s.Id),
            })
            .ToListAsync(cancellationToken);
        var rows = sessions.Select(s => new AttendanceSessionRow(s.Id, $"{cohort.LocalTime(s.StartUtc):ddd d MMM yyyy, HH:mm}", s.Module, s.Topic, s.Status, s.Marks)).ToList();
        return View(new CohortSessionsViewModel(cohort, rows));
    }

    [HttpGet("/Attendance/Sessions/{id:int}")]
    public async Task<IActionResult> Roster(int id, CancellationToken cancellationToken)
    {
        var session = await Query.SessionAsync(id, cancellationToken);
        if (session is null)
            return NotFound();
        var learners = await Query.LearnersAsync(session, cancellationToken);
        var form = new RosterForm
        {
            // A roster not taken yet starts with everyone present, so the usual case is one click on Save.
            Rows = learners.Select(l => new RosterRow { LearnerId = l.LearnerId, Status = l.Status ?? AttendanceStatus.Present, Reason = l.Reason, Version = l.Version }).ToList(),
        };
        return View(await ModelAsync(session, learners, form, cancellationToken));
    }

    [HttpPost("/Attendance/Sessions/{id:int}")]
    public async Task<IActionResult> Roster(int id, RosterForm form, CancellationToken cancellationToken)
    {
        var session = await Query.SessionAsync(id, cancellationToken);
        if (session is null)
            return NotFound();
        if (form.Command == RosterForm.AllPresent)
        {
            foreach (var row in form.Rows)
            {
                row.Status = AttendanceStatus.Present;
                row.Reason = null;
            }
            ModelState.Clear();
            TryValidateModel(form);
        }
        var learners = await Query.LearnersAsync(session, cancellationToken);
        var refusal = Refusal(session);
        if (refusal is not null)
            ModelState.AddModelError("", refusal);
        if (!ModelState.IsValid || !await SaveAsync(session, learners, form, cancellationToken))
        {
            return View(await ModelAsync(session, await Query.LearnersAsync(session, cancellationToken), form, cancellationToken));
        }
        TempData["Flash"] = $"Attendance saved for {form.Rows.Count} learners.";
        return Redirect($"/Attendance/Sessions/{id}");
    }

    [HttpGet("/Attendance/Sessions/{id:int}/History")]
    public async Task<IActionResult> History(int id, CancellationToken cancellationToken)
    {
        var session = await Query.SessionAsync(id, cancellationToken);
        if (session is null)
            return NotFound();
        var rows = await AuditHistory.ReadAsync(db, db.AuditEntries.Where(a => a.SessionId == id), session.Cohort, cancellationToken);
        return View(new SessionHistoryViewModel(session, rows));
    }

    private string? Refusal(RosterSession session)
    {
        if (session.Status == SessionStatus.Cancelled)
            return "This session was cancelled; it has no attendance.";
        if (session.LocalDate > session.Cohort.Today(clock))
            return "Attendance can be taken on the day of the session, not before.";
        return null;
    }

    /// <summary>
    /// Writes the whole roster in one transaction. A mark changed by someone else since the form was built is not
    /// overwritten: the row says who changed it to what, and carries the new version so a second save is deliberate.
    /// </summary>
    private async Task<bool> SaveAsync(RosterSession session, IReadOnlyList<RosterLearner> learners, RosterForm form, CancellationToken cancellationToken)
    {
        var onRoster = learners.ToDictionary(l => l.LearnerId);
        var now = clock.GetUtcNow().UtcDateTime;
        var who = User.Identity!.Name!;
        await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
        var marks = await db.Attendance.Where(a => a.SessionId == session.SessionId).ToDictionaryAsync(a => a.LearnerId, cancellationToken);
        var names = await People.NamesAsync(db, marks.Values.Select(m => m.RecordedBy), cancellationToken);
        var corrections = new Corrections(db, scope, configuration);
        var firstRecordings = await corrections.FirstRecordingsAsync(AuditedRecord.Attendance, [.. marks.Values.Select(m => m.Id)], cancellationToken);
        var today = session.Cohort.Today(clock);
        var audit = new AuditTrail(db, who, now);
        for (var i = 0; i < form.Rows.Count; i++)
        {
            var row = form.Rows[i];
            var field = $"{nameof(RosterForm.Rows)}[{i}].{nameof(RosterRow.Status)}";
            if (!onRoster.TryGetValue(row.LearnerId, out var learner))
            {
                ModelState.AddModelError("", "A learner on the form was not enrolled on the day of this session; reload the roster.");
                continue;
            }
            try
            {
                if (!marks.TryGetValue(row.LearnerId, out var mark))
                {
                    mark = new AttendanceMark(session.SessionId, row.LearnerId, row.Status!.Value, row.Reason, who, now);
                    db.Attendance.Add(mark);
                    audit.AttendanceCreated(session.Cohort.Id, mark);
                    continue;
                }
                if (mark.Version != row.Version)
                {
                    ModelState.AddModelError(field,
                        $"{names[mark.RecordedBy]} saved {learner.Name} as {AuditTrail.Describe(mark)} at {session.Cohort.LocalTime(mark.RecordedAtUtc):d MMM HH:mm} while you were editing. Your choice is kept; save again to replace theirs.");
                    row.Version = mark.Version;
                    ModelState.Remove($"{nameof(RosterForm.Rows)}[{i}].{nameof(RosterRow.Version)}");
                    continue;
                }
                var reason = string.IsNullOrWhiteSpace(row.Reason) ? null : row.Reason.Trim();
                if (mark.Status == row.Status && mark.Reason == reason)
                    continue;
                var first = firstRecordings.GetValueOrDefault(mark.Id) ?? new FirstRecording(mark.RecordedBy, mark.RecordedAtUtc);
                var refused = corrections.Check(first, session.Cohort, who, form.Reason, today);
                foreach (var problem in refused)
                    ModelState.AddModelError(problem.Field == nameof(RosterForm.Reason) ? nameof(RosterForm.Reason) : field, $"{learner.Name}: {problem.Message}");
                if (refused.Count > 0)
                    continue;
                var before = AuditTrail.Describe(mark);
                mark.Change(row.Status!.Value, row.Reason, who, now);
                audit.AttendanceChanged(session.Cohort.Id, mark, before, form.Reason);
            }
            catch (DomainException ex)
            {
                ModelState.AddModelError(ex.Field == nameof(AttendanceMark.Reason) ? $"{nameof(RosterForm.Rows)}[{i}].{nameof(RosterRow.Reason)}" : field, ex.Message);
            }
        }
        if (!ModelState.IsValid)
            return false;
        await audit.SaveAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private async Task<RosterViewModel> ModelAsync(RosterSession session, IReadOnlyList<RosterLearner> learners, RosterForm form, CancellationToken cancellationToken)
    {
        var onRoster = learners.Select(l => l.LearnerId).ToHashSet();
        var posted = form.Rows.Select(r => r.LearnerId).ToHashSet();
        form.Rows =
        [
            .. form.Rows.Where(r => onRoster.Contains(r.LearnerId)),
            .. learners.Where(l => !posted.Contains(l.LearnerId))
                .Select(l => new RosterRow { LearnerId = l.LearnerId, Status = l.Status ?? AttendanceStatus.Present, Reason = l.Reason, Version = l.Version }),
        ];
        var names = await People.NamesAsync(db, learners.Select(l => l.RecordedBy), cancellationToken);
        return new RosterViewModel(session, learners, form, names, Refusal(session) is null);
    }
}
