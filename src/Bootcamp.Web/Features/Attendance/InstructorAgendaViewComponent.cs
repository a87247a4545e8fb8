using Bootcamp.Domain.Scheduling;
using Bootcamp.Web.Data;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Attendance;

public sealed record AgendaSession(int SessionId, int CohortId, string Cohort, string When, string Module, bool Taken);

public sealed record InstructorAgenda(IReadOnlyList<AgendaSession> Today, IReadOnlyList<AgendaSession> NotTaken, int NotTakenCount);

/// <summary>
/// For the instructor's home page: today's sessions they teach and their past sessions still waiting for attendance.
/// Only lectures the instructor teaches are theirs (issue 12: a co-instructor's lecture listed here while their own
/// week said "No lecture"); a cohort's other lectures are on its attendance page.
/// </summary>
public sealed class InstructorAgendaViewComponent(BootcampDb db, UserScope scope, CentreClock clock) : ViewComponent
{
    private const int Shown = 20;

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var now = clock.UtcNow;
        var attendance = scope.Attendance();
        var held = scope.Sessions().AsNoTracking().Where(s => s.Status == SessionStatus.Scheduled && s.InstructorId == scope.InstructorId);
        // Two days either side covers "today" in every centre's time zone; the exact local day is picked below.
        // Anything older that still has no attendance waits for it: counted, and only the latest few are read.
        var from = now.AddDays(-2);
        var to = now.AddDays(2);
        var untaken = held.Where(s => s.StartUtc < from && !attendance.Any(a => a.SessionId == s.Id));
        var near = await Rows(held.Where(s => s.StartUtc >= from && s.StartUtc <= to)).ToListAsync(cancellationToken);
        var older = await Rows(untaken.OrderByDescending(s => s.StartUtc).Take(Shown)).ToListAsync(cancellationToken);
        var olderCount = await untaken.CountAsync(cancellationToken);

        var rows = near.Concat(older).Select(s =>
        {
            var zone = CentreClock.Zone(s.TimeZone);
            var local = TimeZoneInfo.ConvertTimeFromUtc(s.StartUtc, zone);
            return (IsToday: DateOnly.FromDateTime(local) == clock.Today(zone), s.StartUtc,
                Row: new AgendaSession(s.Id, s.CohortId, s.Cohort, local.ToString("ddd d MMM, HH:mm"), s.Module, s.Taken));
        }).ToList();
        var todays = rows.Where(r => r.IsToday).OrderBy(r => r.StartUtc).Select(r => r.Row).ToList();
        var waiting = rows.Where(r => !r.IsToday && !r.Row.Taken && r.StartUtc <= now).OrderByDescending(r => r.StartUtc).Select(r => r.Row).ToList();
        var waitingCount = waiting.Count - older.Count + olderCount;
        return View("~/Features/Attendance/_InstructorAgenda.cshtml", new InstructorAgenda(todays, [.. waiting.Take(Shown)], waitingCount));
    }

    private IQueryable<AgendaRow> Rows(IQueryable<LectureSession> sessions)
    {
        var cohorts = scope.Cohorts();
        var centres = scope.Centres();
        var attendance = scope.Attendance();
        return sessions.Select(s => new AgendaRow(
            s.Id, s.CohortId, s.StartUtc,
            cohorts.Where(c => c.Id == s.CohortId).Select(c => c.Code).First(),
            cohorts.Where(c => c.Id == s.CohortId).SelectMany(c => centres.Where(ct => ct.Id == c.CentreId)).Select(ct => ct.TimeZoneId).First(),
            db.Modules.Where(m => m.Id == s.ModuleId).Select(m => m.Title).First(),
            attendance.Any(a => a.SessionId == s.Id)));
    }

    private sealed record AgendaRow(int Id, int CohortId, DateTime StartUtc, string Cohort, string TimeZone, string Module, bool Taken);
}
