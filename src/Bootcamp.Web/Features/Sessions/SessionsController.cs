using System.Globalization;
using Bootcamp.Domain.Common;
using Bootcamp.Domain.Scheduling;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Schedule;
using Bootcamp.Web.Features.Shared;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Sessions;

/// <summary>
/// One lecture session at a time: move or reassign it, cancel it or restore it, or add one to a cohort's calendar. The addresses stay
/// under /Schedule, where the calendars that link here live; reads come from <see cref="ScheduleQuery"/>, writes from
/// <see cref="CalendarWriter"/>.
/// </summary>
[Authorize(Roles = Roles.AdminOrStaff)]
public sealed class SessionsController(BootcampDb db, UserScope scope, CentreClock clock) : Controller
{
    private ScheduleQuery Query => new(db, scope);
    private CalendarWriter Writer => new(db, Query);

    [HttpGet("/Schedule/Session/{id:int}")]
    public async Task<IActionResult> Session(int id, CancellationToken cancellationToken)
    {
        var (cohort, row) = await Query.ManagedSessionAsync(id, cancellationToken);
        if (cohort is null || row is null)
            return NotFound();
        return View(await SessionViewAsync(cohort, row, SessionForm.Of(row), new CancelForm(), new RestoreForm(), cancellationToken));
    }

    [HttpPost("/Schedule/Session/{id:int}")]
    public async Task<IActionResult> Session(int id, [Bind(Prefix = "Form")] SessionForm form, CancellationToken cancellationToken)
    {
        var (cohort, row) = await Query.ManagedSessionAsync(id, cancellationToken);
        if (cohort is null || row is null)
            return NotFound();
        if (row.IsCancelled)
            ModelState.AddModelError("", "This session is cancelled; add a new session instead of moving it.");
        foreach (var (key, message) in await Query.ChoiceProblemsAsync(cohort, form.RoomId, form.InstructorId, row.InstructorId, cancellationToken))
            ModelState.AddModelError(key, message);
        if (await TrySaveAsync(cohort, id, form, (slot, accepted) => Writer.MoveAsync(id, slot, accepted, cancellationToken), cancellationToken))
        {
            TempData["Flash"] = $"Session moved to {Day(form.Date!.Value)}, {form.Start:HH\\:mm}–{form.End:HH\\:mm}.";
            return ToCalendar(cohort.Id, form.Date!.Value);
        }
        return View(await SessionViewAsync(cohort, row, form, new CancelForm(), new RestoreForm(), cancellationToken));
    }

    [HttpPost("/Schedule/Cancel/{id:int}")]
    public async Task<IActionResult> Cancel(int id, [Bind(Prefix = "Cancel")] CancelForm form, CancellationToken cancellationToken)
    {
        var (cohort, row) = await Query.ManagedSessionAsync(id, cancellationToken);
        if (cohort is null || row is null)
            return NotFound();
        if (row.IsCancelled)
            ModelState.AddModelError("", "This session is already cancelled.");
        if (ModelState.IsValid
            && await ModelState.TryApplyAsync(() => Writer.CancelAsync(id, form.Reason!, scope.UserName, clock.UtcNow, cancellationToken), "Cancel", _ => nameof(CancelForm.Reason)))
        {
            TempData["Flash"] = $"Session on {Day(row.LocalDate)} cancelled.";
            return ToCalendar(cohort.Id, row.LocalDate);
        }
        return View(nameof(Session), await SessionViewAsync(cohort, row, SessionForm.Of(row), form, new RestoreForm(), cancellationToken));
    }

    /// <summary>
    /// Undoes a cancellation made by mistake (issue 12). Refused for a finished cohort, and when the session's room or
    /// instructor has been booked since, or its day closed: then nothing is written and the page says what is in the way.
    /// </summary>
    [HttpPost("/Schedule/Restore/{id:int}")]
    public async Task<IActionResult> Restore(int id, [Bind(Prefix = "Restore")] RestoreForm form, CancellationToken cancellationToken)
    {
        var (cohort, row) = await Query.ManagedSessionAsync(id, cancellationToken);
        if (cohort is null || row is null)
            return NotFound();
        if (!row.IsCancelled)
            ModelState.AddModelError("", "This session is not cancelled; there is nothing to restore.");
        if (cohort.IsFinished)
            ModelState.AddModelError("", CalendarWriter.RestoreRefusal(cohort.Code, cohort.Status));
        IReadOnlyList<ScheduleConflict> clashes = [];
        if (ModelState.IsValid
            && await ModelState.TryApplyAsync(async () => clashes = await Writer.RestoreAsync(cohort, id, form.Reason!, scope.UserName, clock.UtcNow, cancellationToken),
                "", field => field == nameof(SessionChange.Reason) ? "Restore.Reason" : ""))
        {
            if (clashes.Count == 0)
            {
                TempData["Flash"] = $"Session on {Day(row.LocalDate)} restored.";
                return RedirectToAction(nameof(Session), new { id });
            }
            ModelState.AddModelError("", clashes.Count == 1
                ? "Not restored: its slot is no longer free. Add a new session at another time instead."
                : $"Not restored: its slot is no longer free ({clashes.Count} conflicts). Add a new session at another time instead.");
            foreach (var clash in clashes.Take(10))
                ModelState.AddModelError("", clash.Message);
        }
        return View(nameof(Session), await SessionViewAsync(cohort, row, SessionForm.Of(row), new CancelForm(), form, cancellationToken));
    }

    [HttpGet("/Schedule/AddSession/{id:int}")]
    public async Task<IActionResult> AddSession(int id, DateOnly? date, CancellationToken cancellationToken)
    {
        var cohort = await Query.ManagedCohortAsync(id, cancellationToken);
        if (cohort is null)
            return NotFound();
        var form = new SessionForm { Date = date is { } day ? CalendarRange.Clamp(day) : null, RoomId = cohort.DefaultRoomId };
        return View(await AddSessionViewAsync(cohort, form, cancellationToken));
    }

    [HttpPost("/Schedule/AddSession/{id:int}")]
    public async Task<IActionResult> AddSession(int id, [Bind(Prefix = "Form")] SessionForm form, CancellationToken cancellationToken)
    {
        var cohort = await Query.ManagedCohortAsync(id, cancellationToken);
        if (cohort is null)
            return NotFound();
        if (!(await Query.ModulesAsync(cohort.ProgrammeId, cancellationToken)).Any(m => m.Id == form.ModuleId))
            ModelState.AddModelError("Form.ModuleId", "Choose the module of the session.");
        foreach (var (key, message) in await Query.ChoiceProblemsAsync(cohort, form.RoomId, form.InstructorId, null, cancellationToken))
            ModelState.AddModelError(key, message);
        if (await TrySaveAsync(cohort, null, form,
                (slot, accepted) => Writer.AddSessionAsync(id, form.ModuleId!.Value, form.Topic, slot, accepted, cancellationToken), cancellationToken))
        {
            TempData["Flash"] = $"Session added on {Day(form.Date!.Value)}, {form.Start:HH\\:mm}–{form.End:HH\\:mm}.";
            return ToCalendar(id, form.Date!.Value);
        }
        return View(await AddSessionViewAsync(cohort, form, cancellationToken));
    }

    /// <summary>
    /// Checks the session the form asks for against the conflict rules and writes it when they allow it; the write
    /// gets the override reason when conflicts were accepted.
    /// </summary>
    private async Task<bool> TrySaveAsync(CohortHeader cohort, int? sessionId, SessionForm form, Func<SessionSlot, string?, Task> write,
        CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
            return false;
        var slot = form.Slot(cohort.Zone);
        var conflicts = await Query.ConflictsAsync(cohort, sessionId, slot, cancellationToken);
        return ConflictGate.Allows(conflicts, form, ModelState, "Form")
            && await ModelState.TryApplyAsync(() => write(slot, conflicts.Count > 0 ? form.OverrideReason : null), "Form", FormKey);
    }

    private async Task<SessionViewModel> SessionViewAsync(CohortHeader cohort, SessionRow row, SessionForm form, CancelForm cancel, RestoreForm restore,
        CancellationToken cancellationToken) =>
        new(cohort, row, form, cancel, restore, await Query.RoomsAsync(cohort.CentreId, cancellationToken),
            await Query.InstructorsForAsync(cohort.Id, row.InstructorId, cancellationToken),
            await scope.SessionChanges().AsNoTracking().Where(c => c.SessionId == row.Id).OrderByDescending(c => c.ChangedAtUtc).ThenByDescending(c => c.Id)
                .Select(c => new SessionChangeRow(c.Kind, c.Reason, c.ChangedBy, c.ChangedAtUtc)).ToListAsync(cancellationToken));

    private async Task<AddSessionViewModel> AddSessionViewAsync(CohortHeader cohort, SessionForm form, CancellationToken cancellationToken) =>
        new(cohort, form, await Query.ModulesAsync(cohort.ProgrammeId, cancellationToken), await Query.RoomsAsync(cohort.CentreId, cancellationToken),
            await Query.InstructorsForAsync(cohort.Id, null, cancellationToken));

    private RedirectToActionResult ToCalendar(int cohortId, DateOnly day) =>
        RedirectToAction(nameof(ScheduleController.Cohort), "Schedule", new { id = cohortId, month = day.ToString("yyyy-MM", CultureInfo.InvariantCulture) });

    /// <summary>Where a session's domain field goes on the form.</summary>
    private static string FormKey(string field) => field switch
    {
        nameof(LectureSession.StartUtc) => "Start",
        nameof(LectureSession.EndUtc) => "End",
        nameof(LectureSession.ConflictOverrideReason) => "OverrideReason",
        _ => field,
    };

    private static string Day(DateOnly date) => date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);
}
