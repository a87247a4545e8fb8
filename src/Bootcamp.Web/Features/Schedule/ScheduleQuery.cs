using Bootcamp.Web.Features.Shared;
using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Scheduling;
using Bootcamp.Web.Data;
using Bootcamp.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Schedule;

/// <summary>A cohort as the schedule pages show it; the zone gives every local time on them.</summary>
public sealed record CohortHeader(
    int Id,
    string Code,
    int CentreId,
    string CentreName,
    string TimeZoneId,
    int ProgrammeId,
    string ProgrammeName,
    DateOnly StartDate,
    DateOnly? EndDate,
    CohortStatus Status,
    int? DefaultRoomId,
    string CalendarToken)
{
    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    /// <summary>A completed or cancelled cohort: its calendar is history and is no longer generated.</summary>
    public bool IsFinished => Status is CohortStatus.Completed or CohortStatus.Cancelled;

    public string FinishedMessage => $"{Code} is {Status.ToString().ToLowerInvariant()}: its calendar can no longer be generated.";

    /// <summary>The day a page about the cohort opens on: today while it runs, else its nearer end.</summary>
    public DateOnly DefaultDay(DateOnly today) =>
        today < StartDate ? StartDate : EndDate is { } end && today > end ? end : today;
}

/// <summary>One lecture session with the names a page shows, its times read in its centre's zone.</summary>
public sealed record SessionRow(
    int Id,
    int CohortId,
    string CohortCode,
    string CentreName,
    string TimeZoneId,
    DateTime StartUtc,
    DateTime EndUtc,
    string ModuleTitle,
    int ModulePosition,
    string? Topic,
    int? RoomId,
    string? RoomName,
    int? InstructorId,
    string? InstructorName,
    SessionStatus Status,
    string? CancellationReason,
    string? OverrideReason,
    int AttendanceMarks)
{
    public DateTime LocalStart => ScheduleGenerator.ToLocal(StartUtc, TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId));
    public DateTime LocalEnd => ScheduleGenerator.ToLocal(EndUtc, TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId));
    public DateOnly LocalDate => DateOnly.FromDateTime(LocalStart);
    public bool IsCancelled => Status == SessionStatus.Cancelled;
    public string Title => Topic is null ? ModuleTitle : $"{ModuleTitle}: {Topic}";
}

/// <summary>
/// The reads shared by the schedule pages, the writer and the feeds, all from the scope roots (for a feed, the scope
/// its token opens), so a cohort, session, room or instructor outside the scope is simply not found or not named.
/// Another centre's lectures come only from <see cref="UserScope.LecturesElsewhere"/>: times, no names.
/// </summary>
public sealed class ScheduleQuery(BootcampDb db, UserScope scope)
{
    public Task<CohortHeader?> CohortAsync(int cohortId, CancellationToken cancellationToken) =>
        Headers(scope.Cohorts().Where(c => c.Id == cohortId)).SingleOrDefaultAsync(cancellationToken);

    /// <summary>A cohort the user may schedule: staff of its centre or an admin; anyone else gets null (404).</summary>
    public async Task<CohortHeader?> ManagedCohortAsync(int cohortId, CancellationToken cancellationToken)
    {
        var cohort = await CohortAsync(cohortId, cancellationToken);
        return cohort is not null && scope.CanManageCentre(cohort.CentreId) ? cohort : null;
    }

    /// <summary>A session of a cohort the user may schedule, with that cohort; nulls (404) otherwise.</summary>
    public async Task<(CohortHeader? Cohort, SessionRow? Row)> ManagedSessionAsync(int sessionId, CancellationToken cancellationToken)
    {
        var row = await Rows(scope.Sessions().Where(s => s.Id == sessionId)).SingleOrDefaultAsync(cancellationToken);
        return row is null ? (null, null) : (await ManagedCohortAsync(row.CohortId, cancellationToken), row);
    }

    public IQueryable<CohortHeader> Headers(IQueryable<Cohort> cohorts) =>
        from c in cohorts.AsNoTracking()
        join ct in scope.Centres() on c.CentreId equals ct.Id
        join p in db.Programmes on c.ProgrammeId equals p.Id
        select new CohortHeader(c.Id, c.Code, ct.Id, ct.Name, ct.TimeZoneId, p.Id, p.Name, c.StartDate, c.EndDate, c.Status,
            c.DefaultRoomId, c.CalendarToken);

    public async Task<ClosedDays> ClosedDaysAsync(int centreId, int cohortId, CancellationToken cancellationToken)
    {
        var holidays = await scope.Holidays().AsNoTracking().Where(h => h.CentreId == centreId).ToListAsync(cancellationToken);
        var breaks = await scope.CohortBreaks().AsNoTracking().Where(b => b.CohortId == cohortId).ToListAsync(cancellationToken);
        return ClosedDays.For(holidays, breaks);
    }

    public async Task<IReadOnlyList<ModulePlan>> ModulePlansAsync(int programmeId, CancellationToken cancellationToken)
    {
        var modules = await db.Modules.AsNoTracking().Where(m => m.ProgrammeId == programmeId).OrderBy(m => m.Position).ToListAsync(cancellationToken);
        return [.. modules.Select(m => new ModulePlan(m.Id, m.Title, m.PlannedLectureMinutes, m.Topics))];
    }

    public Task<List<Choice>> ModulesAsync(int programmeId, CancellationToken cancellationToken) =>
        db.Modules.AsNoTracking().Where(m => m.ProgrammeId == programmeId).OrderBy(m => m.Position)
            .Select(m => new Choice(m.Id, m.Title)).ToListAsync(cancellationToken);

    public Task<List<ExistingSession>> ExistingSessionsAsync(int cohortId, CancellationToken cancellationToken) =>
        scope.Sessions().AsNoTracking()
            .Where(s => s.CohortId == cohortId)
            .OrderBy(s => s.StartUtc)
            .Select(s => new ExistingSession(s.Id, s.ModuleId, s.Topic, s.StartUtc, s.EndUtc, s.RoomId, s.InstructorId,
                s.Status == SessionStatus.Cancelled, scope.Attendance().Any(a => a.SessionId == s.Id)))
            .ToListAsync(cancellationToken);

    public Task<List<BreakRow>> BreaksAsync(int cohortId, CancellationToken cancellationToken) =>
        scope.CohortBreaks().AsNoTracking().Where(b => b.CohortId == cohortId).OrderBy(b => b.FirstDay)
            .Select(b => new BreakRow(b.Id, b.Name, b.FirstDay, b.LastDay)).ToListAsync(cancellationToken);

    public Task<List<Choice>> RoomsAsync(int centreId, CancellationToken cancellationToken) =>
        scope.Rooms().AsNoTracking().Where(r => r.CentreId == centreId).OrderBy(r => r.Name).Select(r => new Choice(r.Id, r.Name)).ToListAsync(cancellationToken);

    /// <summary>
    /// Instructors a session of this cohort may be given: those the user may assign (issue 8: assigning is what
    /// brings an instructor's week into a centre's scope), the cohort's own first, plus <paramref name="current"/>,
    /// who is already on the session and may stay there.
    /// </summary>
    public Task<List<Choice>> InstructorsForAsync(int cohortId, int? current, CancellationToken cancellationToken) =>
        scope.Instructors().AsNoTracking()
            .Where(i => i.Id == current || scope.AssignableInstructors().Any(a => a.Id == i.Id))
            .OrderBy(i => scope.Cohorts().Any(c => c.Id == cohortId && c.Instructors.Any(ci => ci.InstructorId == i.Id)) ? 0 : 1)
            .ThenBy(i => i.FullName)
            .Select(i => new Choice(i.Id, i.FullName))
            .ToListAsync(cancellationToken);

    public Task<int> SessionCountAsync(int cohortId, DateTime fromUtc, CancellationToken cancellationToken) =>
        scope.Sessions().CountAsync(s => s.CohortId == cohortId && s.Status == SessionStatus.Scheduled && s.StartUtc >= fromUtc, cancellationToken);

    /// <summary>
    /// A session with its names, each read through the scope roots: a room, instructor or centre the user may not see
    /// comes back without its name.
    /// </summary>
    public IQueryable<SessionRow> Rows(IQueryable<LectureSession> sessions) =>
        from s in sessions.AsNoTracking()
        join c in scope.Cohorts() on s.CohortId equals c.Id
        join ct in scope.Centres() on c.CentreId equals ct.Id
        join m in db.Modules on s.ModuleId equals m.Id
        orderby s.StartUtc
        select new SessionRow(s.Id, c.Id, c.Code, ct.Name, ct.TimeZoneId, s.StartUtc, s.EndUtc, m.Title, m.Position, s.Topic,
            s.RoomId, scope.Rooms().Where(r => r.Id == s.RoomId).Select(r => r.Name).FirstOrDefault(),
            s.InstructorId, scope.Instructors().Where(i => i.Id == s.InstructorId).Select(i => i.FullName).FirstOrDefault(),
            s.Status, s.CancellationReason, s.ConflictOverrideReason,
            scope.Attendance().Count(a => a.SessionId == s.Id));

    /// <summary>
    /// Scheduled sessions anywhere in the network that share a room or an instructor with the candidates within their
    /// time span: what the conflict rules compare against, since a person or room busy at another centre is busy.
    /// Those of cohorts the user may not see come from <see cref="UserScope.LecturesElsewhere"/> and are
    /// <see cref="BookedSession.Hidden"/>, with no code or names. <paramref name="leaveOut"/> are sessions about to be deleted.
    /// </summary>
    public async Task<IReadOnlyList<BookedSession>> BookingsAsync(IReadOnlyCollection<BookedSession> candidates, IReadOnlyCollection<int> leaveOut,
        CancellationToken cancellationToken)
    {
        if (candidates.Count == 0)
            return [];
        var from = candidates.Min(c => c.StartUtc);
        var to = candidates.Max(c => c.EndUtc);
        var rooms = candidates.Where(c => c.RoomId is not null).Select(c => c.RoomId!.Value).Distinct().ToList();
        var instructors = candidates.Where(c => c.InstructorId is not null).Select(c => c.InstructorId!.Value).Distinct().ToList();
        if (rooms.Count == 0 && instructors.Count == 0)
            return [];
        var visible = await Booked(scope.Sessions().Where(s => s.Status == SessionStatus.Scheduled && s.StartUtc < to && s.EndUtc > from
                && !leaveOut.Contains(s.Id)
                && ((s.RoomId != null && rooms.Contains(s.RoomId.Value)) || (s.InstructorId != null && instructors.Contains(s.InstructorId.Value)))))
            .ToListAsync(cancellationToken);
        var hidden = await scope.LecturesElsewhere()
            .Where(l => l.StartUtc < to && l.EndUtc > from && !leaveOut.Contains(l.SessionId)
                && ((l.RoomId != null && rooms.Contains(l.RoomId.Value)) || (l.InstructorId != null && instructors.Contains(l.InstructorId.Value))))
            .Select(l => new BookedSession(l.SessionId, l.CohortId, "", l.TimeZoneId, l.StartUtc, l.EndUtc)
            {
                RoomId = l.RoomId,
                InstructorId = l.InstructorId,
                Hidden = true,
            })
            .ToListAsync(cancellationToken);
        return [.. visible, .. hidden];
    }

    /// <summary>
    /// How many of the plan's new sessions each of <paramref name="instructorIds"/> is already busy for elsewhere in the
    /// network, so the form can offer the free ones first. Sessions the plan replaces do not count.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, int>> ClashesAsync(PlannedCalendar planned, IReadOnlyCollection<int> instructorIds, CancellationToken cancellationToken)
    {
        if (planned.Plan.Result is not { } result || instructorIds.Count == 0)
            return new Dictionary<int, int>();
        var tried = planned.Plan.Candidates.SelectMany(c => instructorIds.Select(id => c with { InstructorId = id, RoomId = null })).ToList();
        var bookings = await BookingsAsync(tried, [.. result.Replaced.Select(s => s.Id)], cancellationToken);
        return InstructorAvailability.Clashes(planned.Plan.Candidates, bookings, instructorIds);
    }

    /// <summary>Sessions the user may see as the conflict rules see them, named through the scope roots.</summary>
    public IQueryable<BookedSession> Booked(IQueryable<LectureSession> sessions) =>
        from s in sessions.AsNoTracking()
        join c in scope.Cohorts() on s.CohortId equals c.Id
        join ct in scope.Centres() on c.CentreId equals ct.Id
        select new BookedSession(s.Id, c.Id, c.Code, ct.TimeZoneId, s.StartUtc, s.EndUtc)
        {
            RoomId = s.RoomId,
            RoomName = scope.Rooms().Where(r => r.Id == s.RoomId).Select(r => r.Name).FirstOrDefault(),
            InstructorId = s.InstructorId,
            InstructorName = scope.Instructors().Where(i => i.Id == s.InstructorId).Select(i => i.FullName).FirstOrDefault(),
        };

    public async Task<string?> RoomNameAsync(int? roomId, CancellationToken cancellationToken) =>
        roomId is null ? null : await scope.Rooms().Where(r => r.Id == roomId).Select(r => r.Name).SingleOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<int, string>> InstructorNamesAsync(IReadOnlyCollection<int> instructorIds, CancellationToken cancellationToken) =>
        instructorIds.Count == 0
            ? new Dictionary<int, string>()
            : await scope.Instructors().Where(i => instructorIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.FullName, cancellationToken);

    public async Task<string?> InstructorNameAsync(int? instructorId, CancellationToken cancellationToken) =>
        instructorId is null ? null : await scope.Instructors().Where(i => i.Id == instructorId).Select(i => i.FullName).SingleOrDefaultAsync(cancellationToken);

    /// <summary>The conflicts one session about to be saved (stored as <paramref name="sessionId"/>, or new) would create.</summary>
    public async Task<IReadOnlyList<ScheduleConflict>> ConflictsAsync(CohortHeader cohort, int? sessionId, SessionSlot slot, CancellationToken cancellationToken)
    {
        var candidate = new BookedSession(sessionId, cohort.Id, cohort.Code, cohort.TimeZoneId, slot.StartUtc, slot.EndUtc)
        {
            RoomId = slot.RoomId,
            RoomName = await RoomNameAsync(slot.RoomId, cancellationToken),
            InstructorId = slot.InstructorId,
            InstructorName = await InstructorNameAsync(slot.InstructorId, cancellationToken),
        };
        var closed = await ClosedDaysAsync(cohort.CentreId, cohort.Id, cancellationToken);
        return ConflictDetector.Check([candidate], await BookingsAsync([candidate], [], cancellationToken), closed, cohort.StartDate, cohort.EndDate);
    }

    /// <summary>
    /// What is wrong with the room and instructor a form picked, by form key: the room must be the centre's, and the
    /// instructor one the user may assign (issue 8: assigning is what brings an instructor into a centre's scope) or
    /// <paramref name="currentInstructor"/>, already on the session.
    /// </summary>
    public async Task<IReadOnlyList<KeyValuePair<string, string>>> ChoiceProblemsAsync(CohortHeader cohort, int? roomId, int? instructorId,
        int? currentInstructor, CancellationToken cancellationToken)
    {
        var problems = new List<KeyValuePair<string, string>>();
        if (roomId is { } room && !await scope.Rooms().AnyAsync(r => r.Id == room && r.CentreId == cohort.CentreId, cancellationToken))
            problems.Add(new("Form.RoomId", "Choose one of the centre's rooms."));
        if (instructorId is { } instructor && instructor != currentInstructor
            && !await scope.AssignableInstructors().AnyAsync(i => i.Id == instructor, cancellationToken))
            problems.Add(new("Form.InstructorId", "Choose one of the instructors listed."));
        return problems;
    }

    /// <summary>Whether every instructor of a rota is one the user may assign (issue 8, as for a single instructor).</summary>
    public async Task<bool> AllAssignableAsync(IReadOnlyCollection<int> instructorIds, CancellationToken cancellationToken) =>
        instructorIds.Count == 0
        || await scope.Instructors().CountAsync(i => instructorIds.Contains(i.Id) && scope.AssignableInstructors().Any(a => a.Id == i.Id), cancellationToken)
            == instructorIds.Distinct().Count();

    /// <summary>The instructors a rota may name, as options: the cohort's own marked, their clashes not known yet.</summary>
    public async Task<List<InstructorOption>> InstructorOptionsAsync(int cohortId, CancellationToken cancellationToken)
    {
        var own = scope.Cohorts().Where(c => c.Id == cohortId).SelectMany(c => c.Instructors.Select(ci => ci.InstructorId));
        return await scope.Instructors().AsNoTracking()
            .Where(i => scope.AssignableInstructors().Any(a => a.Id == i.Id))
            .OrderBy(i => i.FullName)
            .Select(i => new InstructorOption(i.Id, i.FullName, own.Contains(i.Id), null))
            .ToListAsync(cancellationToken);
    }
}
