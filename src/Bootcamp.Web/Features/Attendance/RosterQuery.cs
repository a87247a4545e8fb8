using Bootcamp.Domain.Logging;
using Bootcamp.Domain.Scheduling;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Shared;
using Bootcamp.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Attendance;

public sealed record RosterSession(
    int SessionId, LoggingCohort Cohort, string Module, string? Topic, DateTime StartUtc, DateTime EndUtc, SessionStatus Status)
{
    public DateOnly LocalDate => Cohort.LocalDate(StartUtc);

    public string When => $"{Cohort.LocalTime(StartUtc):ddd d MMM yyyy, HH:mm}–{Cohort.LocalTime(EndUtc):HH:mm}";

    /// <summary>Why the roster cannot be taken at <paramref name="nowUtc"/>; null when it can.</summary>
    public string? Refusal(DateTime nowUtc) => RosterRules.Refusal(Status == SessionStatus.Cancelled, StartUtc, Cohort.LocalTime(StartUtc), nowUtc);
}

/// <summary>A learner on the roster with the mark already recorded, if any.</summary>
public sealed record RosterLearner(int LearnerId, string Name, AttendanceStatus? Status, string? Reason, int Version, string? RecordedBy, DateTime? RecordedAtUtc);

/// <summary>Reads lecture sessions and the learners who belonged to the cohort on their day, through the user's scope.</summary>
public sealed class RosterQuery(BootcampDb db, UserScope scope)
{
    public async Task<RosterSession?> SessionAsync(int sessionId, CancellationToken cancellationToken)
    {
        var session = await scope.Sessions().AsNoTracking()
            .Where(s => s.Id == sessionId)
            .Select(s => new { s.Id, s.CohortId, s.Topic, s.StartUtc, s.EndUtc, s.Status, Module = db.Modules.Where(m => m.Id == s.ModuleId).Select(m => m.Title).First() })
            .SingleOrDefaultAsync(cancellationToken);
        if (session is null)
            return null;
        var cohort = await LoggingCohort.FindAsync(scope, session.CohortId, cancellationToken);
        return cohort is null ? null : new RosterSession(session.Id, cohort, session.Module, session.Topic, session.StartUtc, session.EndUtc, session.Status);
    }

    /// <summary>The cohort's sessions up to <paramref name="untilUtc"/>, newest first, with how many marks each has.</summary>
    public async Task<CohortSessionsViewModel> SessionsAsync(LoggingCohort cohort, DateTime untilUtc, CancellationToken cancellationToken)
    {
        var attendance = scope.Attendance();
        var sessions = await scope.Sessions().AsNoTracking()
            .Where(s => s.CohortId == cohort.Id && s.StartUtc <= untilUtc)
            .OrderByDescending(s => s.StartUtc)
            .Select(s => new
            {
                s.Id, s.StartUtc, s.Topic, s.Status,
                Module = db.Modules.Where(m => m.Id == s.ModuleId).Select(m => m.Title).First(),
                Marks = attendance.Count(a => a.SessionId == s.Id),
            })
            .ToListAsync(cancellationToken);
        return new CohortSessionsViewModel(cohort,
            [.. sessions.Select(s => new AttendanceSessionRow(s.Id, $"{cohort.LocalTime(s.StartUtc):ddd d MMM yyyy, HH:mm}", s.Module, s.Topic, s.Status, s.Marks))]);
    }

    /// <summary>
    /// Everyone enrolled on the session's day, by name. Learners who enrolled later or had already left are not on
    /// the roster, so they are never counted absent.
    /// </summary>
    public async Task<IReadOnlyList<RosterLearner>> LearnersAsync(RosterSession session, CancellationToken cancellationToken)
    {
        var day = session.LocalDate;
        var enrolments = await scope.Enrolments().AsNoTracking()
            .Where(e => e.CohortId == session.Cohort.Id && e.EnrolledOn <= day)
            .Join(scope.Learners(), e => e.LearnerId, l => l.Id, (e, l) => new { Enrolment = e, l.FirstName, l.LastName })
            .ToListAsync(cancellationToken);
        var marks = await scope.Attendance().AsNoTracking()
            .Where(a => a.SessionId == session.SessionId)
            .ToDictionaryAsync(a => a.LearnerId, cancellationToken);
        return enrolments
            .Where(e => e.Enrolment.CoversDate(day))
            .OrderBy(e => e.LastName).ThenBy(e => e.FirstName)
            .Select(e =>
            {
                var mark = marks.GetValueOrDefault(e.Enrolment.LearnerId);
                return new RosterLearner(e.Enrolment.LearnerId, $"{e.FirstName} {e.LastName}", mark?.Status, mark?.Reason,
                    mark?.Version ?? 0, mark?.RecordedBy, mark?.RecordedAtUtc);
            })
            .ToList();
    }

    /// <summary>
    /// The roster page for the form as posted (or as first built): rows for learners no longer on the roster go, and
    /// learners who joined it since the form was built get a row of their own.
    /// </summary>
    public async Task<RosterViewModel> PageAsync(RosterSession session, RosterForm form, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var learners = await LearnersAsync(session, cancellationToken);
        var onRoster = learners.Select(l => l.LearnerId).ToHashSet();
        var posted = form.Rows.Select(r => r.LearnerId).ToHashSet();
        form.Rows =
        [
            .. form.Rows.Where(r => onRoster.Contains(r.LearnerId)),
            .. learners.Where(l => !posted.Contains(l.LearnerId)).Select(RosterRow.For),
        ];
        var names = await People.NamesAsync(db, learners.Select(l => l.RecordedBy), cancellationToken);
        return new RosterViewModel(session, learners, form, names, session.Refusal(nowUtc));
    }

    public async Task<SessionHistoryViewModel> HistoryAsync(RosterSession session, CancellationToken cancellationToken) =>
        new(session, await AuditHistory.ReadAsync(db, scope, scope.AuditEntries().Where(a => a.SessionId == session.SessionId), session.Cohort, cancellationToken));
}
