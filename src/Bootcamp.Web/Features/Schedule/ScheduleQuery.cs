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


/// <summary>The reads shared by the schedule pages and feeds. Cohorts are always looked up through the user's scope.</summary>
public sealed class ScheduleQuery(BootcampDb db, UserScope scope)
{
    public Task<CohortHeader?> CohortAsync(int cohortId) =>
        Headers(scope.Cohorts().Where(c => c.Id == cohortId)).SingleOrDefaultAsync();

    /// <summary>A cohort the user may schedule: staff of its centre or an admin; anyone else gets null (404).</summary>
    public async Task<CohortHeader?> ManagedCohortAsync(int cohortId)
    {
        var cohort = await CohortAsync(cohortId);
        return cohort is not null && scope.CanManageCentre(cohort.CentreId) ? cohort : null;
    }

    public IQueryable<CohortHeader> Headers(IQueryable<Cohort> cohorts) =>
        from c in cohorts.AsNoTracking()
        join ct in db.Centres on c.CentreId equals ct.Id
        join p in db.Programmes on c.ProgrammeId equals p.Id
        select new CohortHeader(c.Id, c.Code, ct.Id, ct.Name, ct.TimeZoneId, p.Id, p.Name, c.StartDate, c.EndDate, c.Status,
            c.DefaultRoomId, c.CalendarToken);

    public async Task<ClosedDays> ClosedDaysAsync(int centreId, int cohortId)
    {
        var holidays = await db.Holidays.AsNoTracking().Where(h => h.CentreId == centreId).ToListAsync();
        var breaks = await db.CohortBreaks.AsNoTracking().Where(b => b.CohortId == cohortId).ToListAsync();
        return ClosedDays.For(holidays, breaks);
    }

    public async Task<IReadOnlyList<ModulePlan>> ModulePlansAsync(int programmeId)
    {
        var modules = await db.Modules.AsNoTracking().Where(m => m.ProgrammeId == programmeId).OrderBy(m => m.Position).ToListAsync();
        return [.. modules.Select(m => new ModulePlan(m.Id, m.Title, m.PlannedLectureMinutes, m.Topics))];
    }

    public Task<List<ExistingSession>> ExistingSessionsAsync(int cohortId) =>
        db.Sessions.AsNoTracking()
            .Where(s => s.CohortId == cohortId)
            .OrderBy(s => s.StartUtc)
            .Select(s => new ExistingSession(s.Id, s.ModuleId, s.Topic, s.StartUtc, s.EndUtc, s.RoomId, s.InstructorId,
                s.Status == SessionStatus.Cancelled, db.Attendance.Any(a => a.SessionId == s.Id)))
            .ToListAsync();

    public Task<List<Choice>> RoomsAsync(int centreId) =>
        db.Rooms.AsNoTracking().Where(r => r.CentreId == centreId).OrderBy(r => r.Name).Select(r => new Choice(r.Id, r.Name)).ToListAsync();

    /// <summary>Instructors a session of this cohort may be given: the cohort's own first, then others in the user's scope.</summary>
    public Task<List<Choice>> InstructorsForAsync(int cohortId) =>
        scope.Instructors().AsNoTracking()
            .OrderBy(i => db.CohortInstructors.Any(ci => ci.CohortId == cohortId && ci.InstructorId == i.Id) ? 0 : 1)
            .ThenBy(i => i.FullName)
            .Select(i => new Choice(i.Id, i.FullName))
            .ToListAsync();

    public IQueryable<SessionRow> Rows(IQueryable<LectureSession> sessions) =>
        from s in sessions.AsNoTracking()
        join c in db.Cohorts on s.CohortId equals c.Id
        join ct in db.Centres on c.CentreId equals ct.Id
        join m in db.Modules on s.ModuleId equals m.Id
        orderby s.StartUtc
        select new SessionRow(s.Id, c.Id, c.Code, ct.Name, ct.TimeZoneId, s.StartUtc, s.EndUtc, m.Title, m.Position, s.Topic,
            s.RoomId, db.Rooms.Where(r => r.Id == s.RoomId).Select(r => r.Name).FirstOrDefault(),
            s.InstructorId, db.Instructors.Where(i => i.Id == s.InstructorId).Select(i => i.FullName).FirstOrDefault(),
            s.Status, s.CancellationReason, s.ConflictOverrideReason,
            db.Attendance.Count(a => a.SessionId == s.Id));

    public IQueryable<BookedSession> Booked(IQueryable<LectureSession> sessions) =>
        from s in sessions.AsNoTracking()
        join c in db.Cohorts on s.CohortId equals c.Id
        join ct in db.Centres on c.CentreId equals ct.Id
        select new BookedSession(s.Id, c.Id, c.Code, ct.TimeZoneId, s.StartUtc, s.EndUtc)
        {
            RoomId = s.RoomId,
            RoomName = db.Rooms.Where(r => r.Id == s.RoomId).Select(r => r.Name).FirstOrDefault(),
            InstructorId = s.InstructorId,
            InstructorName = db.Instructors.Where(i => i.Id == s.InstructorId).Select(i => i.FullName).FirstOrDefault(),
        };

    /// <summary>
    /// Scheduled sessions anywhere in the network that share a room or an instructor with the candidates within their
    /// time span: what the conflict rules compare against. <paramref name="leaveOut"/> are sessions about to be deleted.
    /// </summary>
    public async Task<IReadOnlyList<BookedSession>> BookingsAsync(IReadOnlyCollection<BookedSession> candidates, IReadOnlyCollection<int> leaveOut)
    {
        if (candidates.Count == 0)
            return [];
        var from = candidates.Min(c => c.StartUtc);
        var to = candidates.Max(c => c.EndUtc);
        var rooms = candidates.Where(c => c.RoomId is not null).Select(c => c.RoomId!.Value).Distinct().ToList();
        var instructors = candidates.Where(c => c.InstructorId is not null).Select(c => c.InstructorId!.Value).Distinct().ToList();
        if (rooms.Count == 0 && instructors.Count == 0)
            return [];
        var sessions = db.Sessions.Where(s => s.Status == SessionStatus.Scheduled && s.StartUtc < to && s.EndUtc > from
            && ((s.RoomId != null && rooms.Contains(s.RoomId.Value)) || (s.InstructorId != null && instructors.Contains(s.InstructorId.Value))));
        if (leaveOut.Count > 0)
            sessions = sessions.Where(s => !leaveOut.Contains(s.Id));
        return await Booked(sessions).ToListAsync();
    }

    /// <summary>A session about to be saved, named as the conflict messages need.</summary>
    public async Task<BookedSession> CandidateAsync(CohortHeader cohort, int? sessionId, DateTime startUtc, DateTime endUtc, int? roomId, int? instructorId) =>
        new(sessionId, cohort.Id, cohort.Code, cohort.TimeZoneId, startUtc, endUtc)
        {
            RoomId = roomId,
            RoomName = roomId is null ? null : await db.Rooms.Where(r => r.Id == roomId).Select(r => r.Name).SingleOrDefaultAsync(),
            InstructorId = instructorId,
            InstructorName = instructorId is null ? null : await db.Instructors.Where(i => i.Id == instructorId).Select(i => i.FullName).SingleOrDefaultAsync(),
        };

    /// <summary>The centre's today, which is what "past" means for its sessions.</summary>
    public static DateOnly Today(TimeProvider clock, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(ScheduleGenerator.ToLocal(clock.GetUtcNow().UtcDateTime, zone));
}
