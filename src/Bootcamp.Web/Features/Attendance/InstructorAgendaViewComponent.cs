using Bootcamp.Domain.Scheduling;
using Bootcamp.Web.Data;
using Bootcamp.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Attendance;

public sealed record AgendaSession(int SessionId, int CohortId, string Cohort, string When, string Module, bool Taken);

public sealed record InstructorAgenda(IReadOnlyList<AgendaSession> Today, IReadOnlyList<AgendaSession> NotTaken, int NotTakenCount);

/// <summary>For the instructor's home page: today's sessions and the past sessions of their cohorts still waiting for attendance.</summary>
public sealed class InstructorAgendaViewComponent(BootcampDb db, UserScope scope, TimeProvider clock) : ViewComponent
{
    private const int Shown = 20;

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cohortIds = scope.Cohorts().Select(c => c.Id);
        var held = db.Sessions.AsNoTracking().Where(s => cohortIds.Contains(s.CohortId) && s.Status == SessionStatus.Scheduled);
        // Two days either side covers "today" in every centre's time zone; the exact local day is picked below.
        // Anything older that still has no attendance waits for it: counted, and only the latest few are read.
        var from = now.AddDays(-2);
        var to = now.AddDays(2);
        var untaken = held.Where(s => s.StartUtc < from && !db.Attendance.Any(a => a.SessionId == s.Id));
        var near = await Rows(held.Where(s => s.StartUtc >= from && s.StartUtc <= to)).ToListAsync();
        var older = await Rows(untaken.OrderByDescending(s => s.StartUtc).Take(Shown)).ToListAsync();
        var olderCount = await untaken.CountAsync();

        var rows = near.Concat(older).Select(s =>
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(s.TimeZone);
            var local = TimeZoneInfo.ConvertTimeFromUtc(s.StartUtc, zone);
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(now, zone));
            return (IsToday: DateOnly.FromDateTime(local) == today, s.StartUtc,
                Row: new AgendaSession(s.Id, s.CohortId, s.Cohort, local.ToString("ddd d MMM, HH:mm"), s.Module, s.Taken));
        }).ToList();
        var todays = rows.Where(r => r.IsToday).OrderBy(r => r.StartUtc).Select(r => r.Row).ToList();
        var waiting = rows.Where(r => !r.IsToday && !r.Row.Taken && r.StartUtc <= now).OrderByDescending(r => r.StartUtc).Select(r => r.Row).ToList();
        var waitingCount = waiting.Count - older.Count + olderCount;
        return View("~/Features/Attendance/_InstructorAgenda.cshtml", new InstructorAgenda(todays, [.. waiting.Take(Shown)], waitingCount));
    }

    private IQueryable<AgendaRow> Rows(IQueryable<LectureSession> sessions) =>
        sessions.Select(s => new AgendaRow(
            s.Id, s.CohortId, s.StartUtc,
            db.Cohorts.Where(c => c.Id == s.CohortId).Select(c => c.Code).First(),
            db.Cohorts.Where(c => c.Id == s.CohortId).SelectMany(c => db.Centres.Where(ct => ct.Id == c.CentreId)).Select(ct => ct.TimeZoneId).First(),
            db.Modules.Where(m => m.Id == s.ModuleId).Select(m => m.Title).First(),
            db.Attendance.Any(a => a.SessionId == s.Id)));

    private sealed record AgendaRow(int Id, int CohortId, DateTime StartUtc, string Cohort, string TimeZone, string Module, bool Taken);
}
