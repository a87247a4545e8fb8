using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Shared;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Bootcamp.Web.Features.Attendance;

[Authorize(Roles = Roles.AdminOrStaff + "," + Roles.Instructor)]
public sealed class AttendanceController(BootcampDb db, UserScope scope, CentreClock clock, IConfiguration configuration) : Controller
{
    private RosterQuery Query => new(db, scope);

    /// <summary>The cohort's sessions up to a week ahead, so next week's rosters can be looked at but not yet taken.</summary>
    [HttpGet("/Attendance/Cohorts/{cohortId:int}")]
    public async Task<IActionResult> Cohort(int cohortId, CancellationToken cancellationToken) =>
        await LoggingCohort.FindAsync(scope, cohortId, cancellationToken) is { } cohort
            ? View(await Query.SessionsAsync(cohort, clock.UtcNow.AddDays(7), cancellationToken))
            : NotFound();

    [HttpGet("/Attendance/Sessions/{id:int}")]
    public async Task<IActionResult> Roster(int id, CancellationToken cancellationToken)
    {
        var session = await Query.SessionAsync(id, cancellationToken);
        if (session is null)
            return NotFound();
        var form = new RosterForm { Rows = [.. (await Query.LearnersAsync(session, cancellationToken)).Select(RosterRow.For)] };
        return View(await Query.PageAsync(session, form, clock.UtcNow, cancellationToken));
    }

    [HttpPost("/Attendance/Sessions/{id:int}")]
    public async Task<IActionResult> Roster(int id, RosterForm form, CancellationToken cancellationToken)
    {
        var session = await Query.SessionAsync(id, cancellationToken);
        if (session is null)
            return NotFound();
        if (form.Command == RosterForm.AllPresent)
        {
            form.MarkAllPresent();
            ModelState.Clear();
            TryValidateModel(form);
        }
        if (ModelState.IsValid)
        {
            var writer = new RosterWriter(db, scope, new Corrections(scope, configuration), session,
                await Query.LearnersAsync(session, cancellationToken), clock.UtcNow, Today(session));
            RosterOutcome? outcome = null;
            // The form's own checks refuse what the marks would; a rule broken anyway is shown in the summary.
            await ModelState.TryApplyAsync(async () => outcome = await writer.SaveAsync(form, cancellationToken), prefix: "", fieldKey: _ => "");
            if (outcome is { Saved: true })
            {
                TempData["Flash"] = $"Attendance saved for {form.Rows.Count} learners.";
                return RedirectToAction(nameof(Roster), new { id });
            }
            if (outcome is not null)
                Refused(outcome, form);
        }
        return View(await Query.PageAsync(session, form, clock.UtcNow, cancellationToken));
    }

    [HttpGet("/Attendance/Sessions/{id:int}/History")]
    public async Task<IActionResult> History(int id, CancellationToken cancellationToken) =>
        await Query.SessionAsync(id, cancellationToken) is { } session
            ? View(await Query.HistoryAsync(session, cancellationToken))
            : NotFound();

    private DateOnly Today(RosterSession session) => clock.Today(session.Cohort.TimeZone);

    private void Refused(RosterOutcome outcome, RosterForm form)
    {
        foreach (var problem in outcome.Problems)
            ModelState.AddModelError(problem.Field, problem.Message);
        foreach (var (index, version) in outcome.CurrentVersions)
        {
            form.Rows[index].Version = version;
            ModelState.Remove($"{nameof(RosterForm.Rows)}[{index}].{nameof(RosterRow.Version)}");
        }
    }
}
