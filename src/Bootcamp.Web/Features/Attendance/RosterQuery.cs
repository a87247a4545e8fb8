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
}

/// <summary>A learner on the roster with the mark already recorded, if any.</summary>
public sealed record RosterLearner(int LearnerId, string Name, AttendanceStatus? Status, string? Reason, int Version, string? RecordedBy, DateTime? RecordedAtUtc);

/// <summary>Reads a lecture session and the learners who belonged to the cohort on its day.</summary>
public sealed class RosterQuery(BootcampDb db, UserScope scope)
{
    public async Task<RosterSession?> SessionAsync(int sessionId, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.AsNoTracking()
            .Where(s => s.Id == sessionId)
            .Select(s => new { s.Id, s.CohortId, s.Topic, s.StartUtc, s.EndUtc, s.Status, Module = db.Modules.Where(m => m.Id == s.ModuleId).Select(m => m.Title).First() })
            .SingleOrDefaultAsync(cancellationToken);
        if (session is null)
            return null;
        var cohort = await LoggingCohort.FindAsync(scope, db, session.CohortId, cancellationToken);
        return cohort is null ? null : new RosterSession(session.Id, cohort, session.Module, session.Topic, session.StartUtc, session.EndUtc, session.Status);
    }

    /// <summary>
    /// Everyone enrolled on the session's day, by name. Learners who enrolled later or had already left are not on
    /// the roster, so they are never counted absent.
    /// </summary>
    public async Task<IReadOnlyList<RosterLearner>> LearnersAsync(RosterSession session, CancellationToken cancellationToken)
    {
        var day = session.LocalDate;
        var enrolments = await db.Enrolments.AsNoTracking()
            .Where(e => e.CohortId == session.Cohort.Id && e.EnrolledOn <= day)
            .Join(db.Learners, e => e.LearnerId, l => l.Id, (e, l) => new { Enrolment = e, l.FirstName, l.LastName })
            .ToListAsync(cancellationToken);
        var marks = await db.Attendance.AsNoTracking()
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
}
