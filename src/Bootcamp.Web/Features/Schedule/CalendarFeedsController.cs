using System.Globalization;
using System.Text;
using Bootcamp.Web.Data;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Schedule;

/// <summary>
/// iCal feeds. The private feeds are for calendar apps, which cannot sign in: the unguessable token in the address is
/// the only key, and a wrong or reset token finds nothing (404). An instructor's token is theirs alone (and admins'):
/// only they see and reset it. Others who may see an instructor's week download, signed in, the lectures of the
/// cohorts they may see.
/// </summary>
[Route("calendars")]
public sealed class CalendarFeedsController(BootcampDb db, UserScope scope, CentreClock clock) : Controller
{
    private const string ResetMessage = "The calendar feed has a new address; the old one no longer works. Subscribe again with the new address.";

    private ScheduleQuery Query => new(db, scope);

    [AllowAnonymous]
    [HttpGet("cohort/{token}.ics")]
    public async Task<IActionResult> Cohort(string token, CancellationToken cancellationToken)
    {
        if (await scope.ForCohortFeedAsync(token, cancellationToken) is not { } feed)
            return NotFound();
        var code = await feed.Cohorts().Select(c => c.Code).SingleAsync(cancellationToken);
        return Feed($"{code} lectures", await new ScheduleQuery(db, feed).Rows(feed.Sessions()).ToListAsync(cancellationToken));
    }

    [AllowAnonymous]
    [HttpGet("instructor/{token}.ics")]
    public async Task<IActionResult> Instructor(string token, CancellationToken cancellationToken)
    {
        if (await scope.ForInstructorFeedAsync(token, cancellationToken) is not { InstructorId: { } id } feed)
            return NotFound();
        var name = await feed.Instructors().Select(i => i.FullName).SingleAsync(cancellationToken);
        return Feed($"Lectures of {name}", await new ScheduleQuery(db, feed).Rows(feed.Sessions().Where(s => s.InstructorId == id)).ToListAsync(cancellationToken));
    }

    /// <summary>An instructor's lectures in the cohorts the signed-in user may see, as a calendar file.</summary>
    [Authorize(Roles = ScheduleController.ScheduleRoles)]
    [HttpGet("instructor/{id:int}/lectures.ics")]
    public async Task<IActionResult> InstructorLectures(int id, CancellationToken cancellationToken)
    {
        var name = await scope.Instructors().Where(i => i.Id == id).Select(i => i.FullName).SingleOrDefaultAsync(cancellationToken);
        if (name is null)
            return NotFound();
        return Feed($"Lectures of {name}", await Query.Rows(scope.Sessions().Where(s => s.InstructorId == id)).ToListAsync(cancellationToken));
    }

    [Authorize(Roles = Roles.AdminOrStaff)]
    [HttpPost("/Schedule/ResetCohortToken/{id:int}")]
    public async Task<IActionResult> ResetCohortToken(int id, CancellationToken cancellationToken)
    {
        if (await Query.ManagedCohortAsync(id, cancellationToken) is null)
            return NotFound();
        await new CalendarWriter(db, Query).ResetCohortTokenAsync(id, cancellationToken);
        TempData["Flash"] = ResetMessage;
        return RedirectToAction(nameof(ScheduleController.Cohort), "Schedule", new { id });
    }

    [Authorize(Roles = ScheduleController.ScheduleRoles)]
    [HttpPost("/Schedule/ResetInstructorToken/{id:int}")]
    public async Task<IActionResult> ResetInstructorToken(int id, CancellationToken cancellationToken)
    {
        if (!(scope.IsAdmin || scope.InstructorId == id) || !await scope.Instructors().AnyAsync(i => i.Id == id, cancellationToken))
            return NotFound();
        await new CalendarWriter(db, Query).ResetInstructorTokenAsync(id, cancellationToken);
        TempData["Flash"] = ResetMessage;
        return RedirectToAction(nameof(ScheduleController.Instructor), "Schedule", new { id });
    }

    private FileContentResult Feed(string name, IReadOnlyList<SessionRow> rows)
    {
        var events = rows.Select(r => new FeedEvent(
            r.Id,
            $"{r.CohortCode}: {r.Title}",
            Description(r),
            r.RoomName is null ? r.CentreName : $"{r.RoomName}, {r.CentreName}",
            new Uri(Url.Action(nameof(ScheduleController.Cohort), "Schedule", new { id = r.CohortId, month = r.LocalDate.ToString("yyyy-MM", CultureInfo.InvariantCulture) }, Request.Scheme)!),
            r.LocalStart,
            r.LocalEnd,
            r.TimeZoneId,
            r.IsCancelled)).ToList();
        Response.Headers.CacheControl = "private, max-age=300";
        return File(Encoding.UTF8.GetBytes(CalendarFeed.Render(name, events, clock.UtcNow)), "text/calendar; charset=utf-8");
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
