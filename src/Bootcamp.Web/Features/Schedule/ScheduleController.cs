using System.Globalization;
using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Scheduling;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Cohorts;
using Bootcamp.Web.Features.Shared;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Schedule;

/// <summary>
/// Cohort calendars and their planning (generate, breaks, shift), instructors' weeks, rooms, conflicts and the network
/// timeline; one session at a time is the SessionsController's. Reads come from the *Query classes
/// of this folder, plans from <see cref="CalendarPlanner"/> and <see cref="ScheduleShift"/>, writes from
/// <see cref="CalendarWriter"/>.
/// </summary>
public sealed class ScheduleController(BootcampDb db, UserScope scope, CentreClock clock) : Controller
{
    public const string ScheduleRoles = Roles.Admin + "," + Roles.Staff + "," + Roles.Instructor;

    private ScheduleQuery Query => new(db, scope);
    private CalendarPagesQuery Pages => new(db, scope, clock);
    private ScheduleFormsQuery Forms => new(db, scope, clock);
    private CalendarWriter Writer => new(db, Query);

    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        scope.IsInstructor ? RedirectToAction(nameof(Instructor)) : View(await Forms.IndexAsync(cancellationToken));

    [HttpGet]
    public async Task<IActionResult> Cohort(int id, string? month, CancellationToken cancellationToken) =>
        Page(await Pages.MonthAsync(id, month, CohortFeedUrl, cancellationToken));

    [HttpGet]
    public async Task<IActionResult> Print(int id, DateOnly? week, CancellationToken cancellationToken) =>
        Page(await Pages.PrintWeekAsync(id, week, cancellationToken));

    /// <summary>
    /// The generate form with the cohort's pattern, its calendar planned once without an instructor so that each
    /// instructor's clashes are known: free ones are listed first, and one of the cohort's own is pre-selected only
    /// when free. A finished cohort gets a message instead of the form.
    /// </summary>
    [Authorize(Roles = Roles.AdminOrStaff)]
    [HttpGet]
    public async Task<IActionResult> Generate(int id, CancellationToken cancellationToken)
    {
        var cohort = await Query.ManagedCohortAsync(id, cancellationToken);
        if (cohort is null)
            return NotFound();
        var form = await Forms.DefaultGenerateFormAsync(cohort, cancellationToken);
        if (cohort.IsFinished)
            return View(await Forms.GenerateAsync(cohort, form, new BreakForm(), null, [], cancellationToken));
        var planned = form.Slots().Count > 0 ? await Writer.PlanAsync(cohort, form, clock.Today(cohort.Zone), cancellationToken) : null;
        var instructors = await Forms.InstructorChoicesAsync(cohort, planned, cancellationToken);
        form.InstructorId = InstructorAvailability.Suggested(instructors);
        return View(await Forms.GenerateAsync(cohort, form, new BreakForm(), null, instructors, cancellationToken));
    }

    [Authorize(Roles = Roles.AdminOrStaff)]
    [HttpPost]
    public async Task<IActionResult> Generate(int id, [Bind(Prefix = "Form")] GenerateForm form, string? command, CancellationToken cancellationToken)
    {
        var cohort = await Query.ManagedCohortAsync(id, cancellationToken);
        if (cohort is null)
            return NotFound();
        if (cohort.IsFinished)
        {
            ModelState.AddModelError("", cohort.FinishedMessage);
            return View(await Forms.GenerateAsync(cohort, form, new BreakForm(), null, [], cancellationToken));
        }
        foreach (var problem in form.PatternProblems())
            ModelState.AddModelError($"Form.{PatternValidation.PatternField}", problem);
        foreach (var (field, message) in form.RotaProblems())
            ModelState.AddModelError($"Form.{field}", message);
        var single = form.Split == InstructorSplit.OneInstructor ? form.InstructorId : null;
        foreach (var (key, message) in await Query.ChoiceProblemsAsync(cohort, form.RoomId, single, null, cancellationToken))
            ModelState.AddModelError(key, message);
        if (form.Split != InstructorSplit.OneInstructor && !await Query.AllAssignableAsync(form.Rota().Instructors, cancellationToken))
            ModelState.AddModelError($"Form.{nameof(GenerateForm.Split)}", "Choose instructors from the lists: staff may assign instructors based at their centres.");
        if (!ModelState.IsValid)
            return View(await Forms.GenerateAsync(cohort, form, new BreakForm(), null, await Forms.InstructorChoicesAsync(cohort, null, cancellationToken), cancellationToken));

        var planned = await Writer.PlanAsync(cohort, form, clock.Today(cohort.Zone), cancellationToken);
        foreach (var problem in planned.Plan.Problems)
            ModelState.AddModelError(problem.Field == CalendarPlanner.FormField ? "" : $"Form.{problem.Field}", problem.Message);
        var preview = SchedulePreview.Of(planned, await Query.ModulesAsync(cohort.ProgrammeId, cancellationToken));
        if (preview is null || command != "save" || !ConflictGate.Allows(planned.Conflicts, form, ModelState, "Form"))
            return View(await Forms.GenerateAsync(cohort, form, new BreakForm(), preview, await Forms.InstructorChoicesAsync(cohort, planned, cancellationToken), cancellationToken));

        var saved = false;
        if (await ModelState.TryApplyAsync(async () => saved = await Writer.SaveCalendarAsync(id, form, planned, cancellationToken), "", FormKey) && !saved)
            ModelState.AddModelError("", "Attendance was taken for a session of this calendar while you were looking at the preview; nothing was saved. Preview again, then save.");
        if (!saved)
            return View(await Forms.GenerateAsync(cohort, form, new BreakForm(), preview, await Forms.InstructorChoicesAsync(cohort, planned, cancellationToken), cancellationToken));
        TempData["Flash"] = $"Calendar saved: {preview.Sessions.Count} sessions planned, {preview.Kept} kept; the last lecture is on {Day(preview.EndDate)}.";
        return RedirectToAction(nameof(Cohort), new { id, month = MonthText(preview.Sessions.FirstOrDefault()?.Date ?? form.StartDate!.Value) });
    }

    [Authorize(Roles = Roles.AdminOrStaff)]
    [HttpPost]
    public async Task<IActionResult> AddBreak(int id, [Bind(Prefix = "Break")] BreakForm form, CancellationToken cancellationToken)
    {
        var cohort = await Query.ManagedCohortAsync(id, cancellationToken);
        if (cohort is null)
            return NotFound();
        if (ModelState.IsValid
            && await ModelState.TryApplyAsync(() => Writer.AddBreakAsync(id, form.Name!, form.FirstDay!.Value, form.LastDay!.Value, cancellationToken), "Break"))
        {
            TempData["Flash"] = $"Break \"{form.Name!.Trim()}\" added. Sessions already planned on those days stay until you generate the calendar again.";
            return RedirectToAction(nameof(Generate), new { id });
        }
        return View(nameof(Generate), await Forms.GenerateAsync(cohort, await Forms.DefaultGenerateFormAsync(cohort, cancellationToken), form, null,
            await Forms.InstructorChoicesAsync(cohort, null, cancellationToken), cancellationToken));
    }

    [Authorize(Roles = Roles.AdminOrStaff)]
    [HttpPost]
    public async Task<IActionResult> RemoveBreak(int id, int breakId, CancellationToken cancellationToken)
    {
        if (await Query.ManagedCohortAsync(id, cancellationToken) is null || !await Writer.RemoveBreakAsync(id, breakId, cancellationToken))
            return NotFound();
        TempData["Flash"] = "Break removed. Generate the calendar again to use those days.";
        return RedirectToAction(nameof(Generate), new { id });
    }

    [Authorize(Roles = Roles.AdminOrStaff)]
    [HttpGet]
    public async Task<IActionResult> Shift(int id, CancellationToken cancellationToken)
    {
        var cohort = await Query.ManagedCohortAsync(id, cancellationToken);
        if (cohort is null)
            return NotFound();
        var today = clock.Today(cohort.Zone);
        return View(await Forms.ShiftAsync(cohort, new ShiftForm { FromDate = today < cohort.StartDate ? cohort.StartDate : today }, cancellationToken));
    }

    [Authorize(Roles = Roles.AdminOrStaff)]
    [HttpPost]
    public async Task<IActionResult> Shift(int id, [Bind(Prefix = "Form")] ShiftForm form, CancellationToken cancellationToken)
    {
        var cohort = await Query.ManagedCohortAsync(id, cancellationToken);
        if (cohort is null)
            return NotFound();
        var today = clock.Today(cohort.Zone);
        if (form.FromDate < today)
            ModelState.AddModelError("Form.FromDate", $"Sessions before today ({Day(today)}) have taken place and are not shifted; choose today or later.");
        PlannedShift? planned = null;
        if (ModelState.IsValid
            && await ModelState.TryApplyAsync(async () => planned = await Writer.PlanShiftAsync(cohort, form.FromDate!.Value, form.Days, cancellationToken), "Form")
            && planned!.Result.Moved.Count == 0)
            ModelState.AddModelError("Form.FromDate", $"There is no scheduled session on or after {Day(form.FromDate)} to move.");
        if (planned is null || !ModelState.IsValid || !ConflictGate.Allows(planned.Conflicts, form, ModelState, "Form"))
            return View(await Forms.ShiftAsync(cohort, form, cancellationToken));

        await Writer.ShiftAsync(id, planned, form.OverrideReason, cancellationToken);
        var unit = form.Unit == ShiftUnit.Weeks ? (form.Amount == 1 ? "week" : "weeks") : (form.Amount == 1 ? "day" : "days");
        TempData["Flash"] = $"{planned.Result.Moved.Count} sessions moved {form.Amount} {unit} later; the last lecture is now on {Day(planned.Result.EndDate)}.";
        return RedirectToAction(nameof(Cohort), new { id, month = MonthText(form.FromDate!.Value.AddDays(form.Days)) });
    }

    [Authorize(Roles = Roles.AdminOrStaff)]
    [HttpGet]
    public async Task<IActionResult> Conflicts(int? id, CancellationToken cancellationToken) =>
        Page(await new CentreConflictsQuery(scope, Query).RunAsync(id, clock.UtcNow, cancellationToken));

    [Authorize(Roles = ScheduleRoles)]
    [HttpGet]
    public async Task<IActionResult> Instructor(int? id, DateOnly? week, CancellationToken cancellationToken) =>
        Page(await Pages.InstructorWeekAsync(id, week, token => Url.Action(nameof(CalendarFeedsController.Instructor), "CalendarFeeds", new { token }, Request.Scheme)!,
            cancellationToken));

    [Authorize(Roles = Roles.AdminOrStaff)]
    [HttpGet]
    public async Task<IActionResult> Rooms(int? id, DateOnly? week, CancellationToken cancellationToken) =>
        Page(await Pages.RoomWeekAsync(id, week, cancellationToken));

    [Authorize(Roles = Roles.AdminOrStaff)]
    [HttpGet]
    public async Task<IActionResult> Timeline(string? from, CancellationToken cancellationToken) =>
        View(await new TimelineQuery(db, scope, clock).RunAsync(from, cancellationToken));

    private IActionResult Page(object? model) => model is null ? NotFound() : View(model);

    private string CohortFeedUrl(string token) => Url.Action(nameof(CalendarFeedsController.Cohort), "CalendarFeeds", new { token }, Request.Scheme)!;

    /// <summary>Where a domain field's message goes on the generate form: the cohort's own fields are not on it.</summary>
    private static string FormKey(string field) => field switch
    {
        nameof(Domain.Cohorts.Cohort.EndDate) or nameof(Domain.Cohorts.Cohort.Code) or nameof(Domain.Cohorts.Cohort.Capacity) => "",
        nameof(LectureSession.ConflictOverrideReason) => "Form.OverrideReason",
        _ => $"Form.{field}",
    };

    private static string MonthText(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string Day(DateOnly? date) => date?.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture) ?? "—";
}
