using System.Globalization;
using System.Text;
using Bootcamp.Web.Data;
using Bootcamp.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Schedule;

/// <summary>
/// Private iCal feeds for calendar apps, which cannot sign in: the unguessable token in the address is the only key,
/// and a wrong or reset token finds nothing (404).
/// </summary>
[AllowAnonymous]
[Route("calendars")]
public sealed class CalendarFeedsController(BootcampDb db, UserScope scope, TimeProvider clock) : Controller
{
    [HttpGet("cohort/{token}.ics")]
    public async Task<IActionResult> Cohort(string token)
    {
        var cohort = await db.Cohorts.AsNoTracking().Where(c => c.CalendarToken == token).Select(c => new { c.Id, c.Code }).SingleOrDefaultAsync();
        if (cohort is null)
            return NotFound();
        var rows = await new ScheduleQuery(db, scope).Rows(db.Sessions.Where(s => s.CohortId == cohort.Id)).ToListAsync();
        return Feed($"{cohort.Code} lectures", rows);
    }

    [HttpGet("instructor/{token}.ics")]
    public async Task<IActionResult> Instructor(string token)
    {
        var instructor = await db.Instructors.AsNoTracking().Where(i => i.CalendarToken == token).Select(i => new { i.Id, i.FullName }).SingleOrDefaultAsync();
        if (instructor is null)
            return NotFound();
        var rows = await new ScheduleQuery(db, scope).Rows(db.Sessions.Where(s => s.InstructorId == instructor.Id)).ToListAsync();
        return Feed($"Lectures of {instructor.FullName}", rows);
    }

    private FileContentResult Feed(string name, IReadOnlyList<SessionRow> rows)
    {
        var events = rows.Select(r => new FeedEvent(
            r.Id,
            $"{r.CohortCode}: {r.Title}",
            Description(r),
            r.RoomName is null ? r.CentreName : $"{r.RoomName}, {r.CentreName}",
            new Uri(Url.Action("Cohort", "Schedule", new { id = r.CohortId, month = r.LocalDate.ToString("yyyy-MM", CultureInfo.InvariantCulture) }, Request.Scheme)!),
            r.LocalStart,
            r.LocalEnd,
            r.TimeZoneId,
            r.IsCancelled)).ToList();
        Response.Headers.CacheControl = "private, max-age=300";
        return File(Encoding.UTF8.GetBytes(CalendarFeed.Render(name, events, clock.GetUtcNow().UtcDateTime)), "text/calendar; charset=utf-8");
    }

    private static string Description(SessionRow r)
    {
        var lines = new List<string> { $"Module: {r.ModuleTitle}" };
        if (r.Topic is not null)
            lines.Add($"Topic: {r.Topic}");
        if (r.InstructorName is not null)
            lines.Add($"Instructor: {r.InstructorName}");
        if (r.IsCancelled)
            lines.Add($"Cancelled: {r.CancellationReason}");
        return string.Join("\n", lines);
    }
}
