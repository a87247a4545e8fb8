using System.Globalization;
using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Common;
using Bootcamp.Domain.Scheduling;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Shared;
using Bootcamp.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Schedule;

public sealed class ScheduleController(BootcampDb db, UserScope scope, TimeProvider clock) : Controller
{
    private const string ScheduleRoles = Roles.Admin + "," + Roles.Staff + "," + Roles.Instructor;
    private const int TimelineMonths = 18;
    private readonly ScheduleQuery _query = new(db, scope);

    [HttpGet]
    public async Task<IActionResult> Index()
    {
        if (scope.IsInstructor)
            return RedirectToAction(nameof(Instructor));
        var cohorts = await _query.Headers(scope.Cohorts()).ToListAsync();
        var ordered = cohorts.OrderBy(c => c.Status switch { CohortStatus.Active => 0, CohortStatus.Planned => 1, _ => 2 }).ThenBy(c => c.StartDate).ToList();
        var manages = scope.IsAdmin || scope.IsStaff;
        var centres = manages ? await scope.Centres().AsNoTracking().OrderBy(c => c.Name).Select(c => new Choice(c.Id, c.Name)).ToListAsync() : [];
        var instructors = manages ? await scope.Instructors().AsNoTracking().OrderBy(i => i.FullName).Select(i => new Choice(i.Id, i.FullName)).ToListAsync() : [];
        return View(new ScheduleIndexViewModel(ordered, centres, instructors));
    }

    [HttpGet]
    public async Task<IActionResult> Cohort(int id, string? month)
    {
        var cohort = await _query.CohortAsync(id);
        if (cohort is null)
            return NotFound();
        var zone = cohort.Zone;
        var today = ScheduleQuery.Today(clock, zone);
        var shown = ParseMonth(month) ?? DefaultDay(cohort, today);
        var first = new DateOnly(shown.Year, shown.Month, 1);
        var gridStart = MondayOf(first);
        var gridEnd = MondayOf(first.AddMonths(1).AddDays(-1)).AddDays(7);
        var fromUtc = ScheduleGenerator.ToUtc(gridStart, TimeOnly.MinValue, zone);
        var toUtc = ScheduleGenerator.ToUtc(gridEnd, TimeOnly.MinValue, zone);
        var rows = await _query.Rows(db.Sessions.Where(s => s.CohortId == id && s.StartUtc >= fromUtc && s.StartUtc < toUtc)).ToListAsync();
        var closed = await _query.ClosedDaysAsync(cohort.CentreId, id);
        var byDay = rows.ToLookup(r => r.LocalDate);
        var weeks = new List<IReadOnlyList<CalendarDay>>();
        for (var monday = gridStart; monday < gridEnd; monday = monday.AddDays(7))
        {
            weeks.Add([.. Enumerable.Range(0, 7).Select(i => monday.AddDays(i)).Select(day =>
                new CalendarDay(day, day.Month == first.Month, day == today, closed.ReasonFor(day), [.. byDay[day]]))]);
        }
        var modules = await db.Modules.AsNoTracking().Where(m => m.ProgrammeId == cohort.ProgrammeId).OrderBy(m => m.Position)
            .Select(m => new ModuleLegend(m.Position, m.Title)).ToListAsync();
        var feedUrl = Url.Action(nameof(CalendarFeedsController.Cohort), "CalendarFeeds", new { token = cohort.CalendarToken }, Request.Scheme)!;
        return View(new CohortCalendarViewModel(cohort, first, weeks, modules, await BreaksAsync(id), scope.CanManageCentre(cohort.CentreId), feedUrl));
    }

    [HttpGet]
    public async Task<IActionResult> Print(int id, DateOnly? week)
    {
        var cohort = await _query.CohortAsync(id);
        if (cohort is null)
            return NotFound();
        var today = ScheduleQuery.Today(clock, cohort.Zone);
        var monday = MondayOf(week ?? DefaultDay(cohort, today));
        var days = await WeekAsync(db.Sessions.Where(s => s.CohortId == id), monday, today, cohort.Zone, _ => true);
        return View(new PrintWeekViewModel(cohort, monday, days));
    }

    [Authorize(Roles = Roles.AdminOrStaff)]
    [HttpGet]
    public async Task<IActionResult> Generate(int id)
    {
        var cohort = await _query.ManagedCohortAsync(id);
        if (cohort is null)
            return NotFound();
        return View(await GenerateViewAsync(cohort, await DefaultGenerateFormAsync(cohort), new BreakForm(), null));
    }

    [Authorize(Roles = Roles.AdminOrStaff)]
    [HttpPost]
    public async Task<IActionResult> Generate(int id, [Bind(Prefix = "Form")] GenerateForm form, string? command)
    {
        var cohort = await _query.ManagedCohortAsync(id);
        if (cohort is null)
            return NotFound();
        if (cohort.Status is CohortStatus.Completed or CohortStatus.Cancelled)
            ModelState.AddModelError("", $"{cohort.Code} is {cohort.Status.ToString().ToLowerInvariant()}: its calendar can no longer be generated.");
        await CheckChoicesAsync(cohort, form.RoomId, form.InstructorId);
        if (!ModelState.IsValid)
            return View(await GenerateViewAsync(cohort, form, new BreakForm(), null));

        var plan = await PlanAsync(cohort, form);
        if (plan is null)
            return View(await GenerateViewAsync(cohort, form, new BreakForm(), null));
        var preview = await PreviewAsync(cohort, plan);
        if (command != "save" || !ConflictGate.Allows(plan.Conflicts, form, ModelState, "Form"))
            return View(await GenerateViewAsync(cohort, form, new BreakForm(), preview));

        try
        {
            if (!await SaveCalendarAsync(id, form, plan))
            {
                ModelState.AddModelError("", "Attendance was taken for a session of this calendar while you were looking at the preview; nothing was saved. Preview again, then save.");
                return View(await GenerateViewAsync(cohort, form, new BreakForm(), null));
            }
        }
        catch (DomainException ex)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(FormKey(ex.Field), ex.Message);
            return View(await GenerateViewAsync(cohort, form, new BreakForm(), preview));
        }
        TempData["Flash"] = $"Calendar saved: {plan.Result.Planned.Sessions.Count} sessions planned, {plan.Result.Kept.Count} kept; the last lecture is on {Day(plan.Result.EndDate)}.";
        var firstNew = plan.Result.Planned.Sessions.FirstOrDefault()?.Date ?? form.StartDate!.Value;
        return RedirectToAction(nameof(Cohort), new { id, month = MonthText(firstNew) });
    }

    [Authorize(Roles = Roles.AdminOrStaff)]
    [HttpPost]
    public async Task<IActionResult> AddBreak(int id, [Bind(Prefix = "Break")] BreakForm form)
    {
        var cohort = await _query.ManagedCohortAsync(id);
        if (cohort is null)
            return NotFound();
        if (ModelState.IsValid)
        {
            try
            {
                db.CohortBreaks.Add(new CohortBreak(id, form.Name!, form.FirstDay!.Value, form.LastDay!.Value));
                await db.SaveChangesAsync();
                TempData["Flash"] = $"Break \"{form.Name!.Trim()}\" added. Sessions already planned on those days stay until you generate the calendar again.";
                return RedirectToAction(nameof(Generate), new { id });
            }
            catch (DomainException ex)
            {
                ModelState.AddModelError($"Break.{ex.Field}", ex.Message);
            }
        }
        return View(nameof(Generate), await GenerateViewAsync(cohort, await DefaultGenerateFormAsync(cohort), form, null));
    }

    [Authorize(Roles = Roles.AdminOrStaff)]
    [HttpPost]
    public async Task<IActionResult> RemoveBreak(int id, int breakId)
    {
        if (await _query.ManagedCohortAsync(id) is null)
            return NotFound();
        var removed = await db.CohortBreaks.Where(b => b.Id == breakId && b.CohortId == id).ExecuteDeleteAsync();
        if (removed == 0)
            return NotFound();
        TempData["Flash"] = "Break removed. Generate the calendar again to use those days.";
        return RedirectToAction(nameof(Generate), new { id });
    }

    [Authorize(Roles = Roles.AdminOrStaff)]
    [HttpGet]
    public async Task<IActionResult> Session(int id)
    {
        var (cohort, row) = await ManagedSessionAsync(id);
        if (cohort is null || row is null)
            return NotFound();
        var form = new SessionForm
        {
            Date = row.LocalDate,
            Start = TimeOnly.FromDateTime(row.LocalStart),
            End = TimeOnly.FromDateTime(row.LocalEnd),
            RoomId = row.RoomId,
            InstructorId = row.InstructorId,
        };
        return View(await SessionViewAsync(cohort, row, form, new CancelForm()));
    }

    [Authorize(Roles = Roles.AdminOrStaff)]
    [HttpPost]
    public async Task<IActionResult> Session(int id, [Bind(Prefix = "Form")] SessionForm form)
    {
        var (cohort, row) = await ManagedSessionAsync(id);
        if (cohort is null || row is null)
            return NotFound();
        if (row.IsCancelled)
            ModelState.AddModelError("", "This session is cancelled; add a new session instead of moving it.");
        await CheckChoicesAsync(cohort, form.RoomId, form.InstructorId);
        if (ModelState.IsValid)
        {
            var (startUtc, endUtc) = Instants(form, cohort.Zone);
            var conflicts = await ConflictsAsync(cohort, await _query.CandidateAsync(cohort, id, startUtc, endUtc, form.RoomId, form.InstructorId));
            if (ConflictGate.Allows(conflicts, form, ModelState, "Form"))
            {
                var session = await db.Sessions.SingleAsync(s => s.Id == id);
                try
                {
                    session.Move(startUtc, endUtc, form.RoomId);
                    session.AssignInstructor(form.InstructorId);
                    if (conflicts.Count > 0)
                        session.OverrideConflicts(form.OverrideReason!);
                    await db.SaveChangesAsync();
                    TempData["Flash"] = $"Session moved to {Day(form.Date)}, {form.Start:HH\\:mm}–{form.End:HH\\:mm}.";
                    return RedirectToAction(nameof(Cohort), new { id = cohort.Id, month = MonthText(form.Date!.Value) });
                }
                catch (DomainException ex)
                {
                    db.ChangeTracker.Clear();
                    ModelState.AddModelError(FormKey(ex.Field), ex.Message);
                }
            }
        }
        return View(await SessionViewAsync(cohort, row, form, new CancelForm()));
    }

    [Authorize(Roles = Roles.AdminOrStaff)]
    [HttpPost]
    public async Task<IActionResult> Cancel(int id, [Bind(Prefix = "Cancel")] CancelForm form)
    {
        var (cohort, row) = await ManagedSessionAsync(id);
        if (cohort is null || row is null)
            return NotFound();
        if (row.IsCancelled)
            ModelState.AddModelError("", "This session is already cancelled.");
        if (ModelState.IsValid)
        {
            var session = await db.Sessions.SingleAsync(s => s.Id == id);
            try
            {
                session.Cancel(form.Reason!);
                await db.SaveChangesAsync();
                TempData["Flash"] = $"Session on {Day(row.LocalDate)} cancelled.";
                return RedirectToAction(nameof(Cohort), new { id = cohort.Id, month = MonthText(row.LocalDate) });
            }
            catch (DomainException ex)
            {
                db.ChangeTracker.Clear();
                ModelState.AddModelError("Cancel.Reason", ex.Message);
            }
        }
        var current = new SessionForm
        {
            Date = row.LocalDate,
            Start = TimeOnly.FromDateTime(row.LocalStart),
            End = TimeOnly.FromDateTime(row.LocalEnd),
            RoomId = row.RoomId,
            InstructorId = row.InstructorId,
        };
        return View(nameof(Session), await SessionViewAsync(cohort, row, current, form));
    }

    [Authorize(Roles = Roles.AdminOrStaff)]
    [HttpGet]
    public async Task<IActionResult> AddSession(int id, DateOnly? date)
    {
        var cohort = await _query.ManagedCohortAsync(id);
        if (cohort is null)
            return NotFound();
        var form = new SessionForm { Date = date, RoomId = cohort.DefaultRoomId };
        return View(await AddSessionViewAsync(cohort, form));
    }

    [Authorize(Roles = Roles.AdminOrStaff)]
    [HttpPost]
    public async Task<IActionResult> AddSession(int id, [Bind(Prefix = "Form")] SessionForm form)
    {
        var cohort = await _query.ManagedCohortAsync(id);
        if (cohort is null)
            return NotFound();
        if (form.ModuleId is null || !await db.Modules.AnyAsync(m => m.Id == form.ModuleId && m.ProgrammeId == cohort.ProgrammeId))
            ModelState.AddModelError("Form.ModuleId", "Choose the module of the session.");
        await CheckChoicesAsync(cohort, form.RoomId, form.InstructorId);
        if (ModelState.IsValid)
        {
            var (startUtc, endUtc) = Instants(form, cohort.Zone);
            var conflicts = await ConflictsAsync(cohort, await _query.CandidateAsync(cohort, null, startUtc, endUtc, form.RoomId, form.InstructorId));
            if (ConflictGate.Allows(conflicts, form, ModelState, "Form"))
            {
                try
                {
                    var topic = string.IsNullOrWhiteSpace(form.Topic) ? null : form.Topic.Trim();
                    var session = new LectureSession(id, form.ModuleId!.Value, topic, startUtc, endUtc, form.RoomId, form.InstructorId);
                    if (conflicts.Count > 0)
                        session.OverrideConflicts(form.OverrideReason!);
                    db.Sessions.Add(session);
                    await db.SaveChangesAsync();
                    TempData["Flash"] = $"Session added on {Day(form.Date)}, {form.Start:HH\\:mm}–{form.End:HH\\:mm}.";
                    return RedirectToAction(nameof(Cohort), new { id, month = MonthText(form.Date!.Value) });
                }
                catch (DomainException ex)
                {
                    db.ChangeTracker.Clear();
                    ModelState.AddModelError(FormKey(ex.Field), ex.Message);
                }
            }
        }
        return View(await AddSessionViewAsync(cohort, form));
    }

    [Authorize(Roles = Roles.AdminOrStaff)]
    [HttpGet]
    public async Task<IActionResult> Shift(int id)
    {
        var cohort = await _query.ManagedCohortAsync(id);
        if (cohort is null)
            return NotFound();
        var today = ScheduleQuery.Today(clock, cohort.Zone);
        return View(await ShiftViewAsync(cohort, new ShiftForm { FromDate = today < cohort.StartDate ? cohort.StartDate : today }));
    }

    [Authorize(Roles = Roles.AdminOrStaff)]
    [HttpPost]
    public async Task<IActionResult> Shift(int id, [Bind(Prefix = "Form")] ShiftForm form)
    {
        var cohort = await _query.ManagedCohortAsync(id);
        if (cohort is null)
            return NotFound();
        var zone = cohort.Zone;
        var today = ScheduleQuery.Today(clock, zone);
        if (form.FromDate < today)
            ModelState.AddModelError("Form.FromDate", $"Sessions before today ({Day(today)}) have taken place and are not shifted; choose today or later.");
        if (!ModelState.IsValid)
            return View(await ShiftViewAsync(cohort, form));

        var sessions = await _query.ExistingSessionsAsync(id);
        var closed = await _query.ClosedDaysAsync(cohort.CentreId, id);
        var result = ScheduleShift.Shift(sessions, form.FromDate!.Value, form.Days, zone, closed);
        if (result.Moved.Count == 0)
        {
            ModelState.AddModelError("Form.FromDate", $"There is no scheduled session on or after {Day(form.FromDate)} to move.");
            return View(await ShiftViewAsync(cohort, form));
        }
        var movedIds = result.Moved.Select(m => m.Id).ToHashSet();
        var lastUtc = sessions.Where(s => !s.IsCancelled && !movedIds.Contains(s.Id)).Select(s => s.StartUtc).Concat(result.Moved.Select(m => m.StartUtc)).Max();
        var lastDay = DateOnly.FromDateTime(ScheduleGenerator.ToLocal(lastUtc, zone));
        var endDate = cohort.EndDate is { } end && end > lastDay ? end : lastDay;
        // A shift moves times only: each moved session is booked as it is stored, at its new time.
        var stored = await _query.Booked(db.Sessions.Where(s => movedIds.Contains(s.Id))).ToDictionaryAsync(b => b.SessionId!.Value);
        var candidates = result.Moved.Select(moved => stored[moved.Id] with { StartUtc = moved.StartUtc, EndUtc = moved.EndUtc }).ToList();
        var conflicts = ConflictDetector.Check(candidates, await _query.BookingsAsync(candidates, []), closed, cohort.StartDate, endDate);
        if (!ConflictGate.Allows(conflicts, form, ModelState, "Form"))
            return View(await ShiftViewAsync(cohort, form));

        var conflicted = conflicts.Select(c => c.Session.SessionId).ToHashSet();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            var tracked = await db.Sessions.Where(s => movedIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id);
            foreach (var moved in result.Moved)
            {
                tracked[moved.Id].Move(moved.StartUtc, moved.EndUtc, moved.RoomId);
                if (conflicted.Contains(moved.Id))
                    tracked[moved.Id].OverrideConflicts(form.OverrideReason!);
            }
            var entity = await db.Cohorts.SingleAsync(c => c.Id == id);
            entity.SetEndDate(endDate);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }
        var unit = form.Unit == ShiftUnit.Weeks ? (form.Amount == 1 ? "week" : "weeks") : (form.Amount == 1 ? "day" : "days");
        TempData["Flash"] = $"{result.Moved.Count} sessions moved {form.Amount} {unit} later; the last lecture is now on {Day(endDate)}.";
        return RedirectToAction(nameof(Cohort), new { id, month = MonthText(form.FromDate.Value.AddDays(form.Days)) });
    }

    [Authorize(Roles = Roles.AdminOrStaff)]
    [HttpGet]
    public async Task<IActionResult> Conflicts(int? id)
    {
        var centres = await scope.Centres().AsNoTracking().OrderBy(c => c.Name).Select(c => new Choice(c.Id, c.Name)).ToListAsync();
        var centre = centres.FirstOrDefault(c => c.Id == (id ?? centres.FirstOrDefault()?.Id));
        if (centre is null)
            return NotFound();
        var rows = await new CentreConflictsQuery(db, _query).RunAsync(centre.Id, clock.GetUtcNow().UtcDateTime);
        return View(new ConflictsViewModel(centre, centres, rows));
    }

    [Authorize(Roles = ScheduleRoles)]
    [HttpGet]
    public async Task<IActionResult> Instructor(int? id, DateOnly? week)
    {
        var instructors = await scope.Instructors().AsNoTracking().OrderBy(i => i.FullName).Select(i => new Choice(i.Id, i.FullName)).ToListAsync();
        var wanted = id ?? scope.InstructorId ?? instructors.FirstOrDefault()?.Id;
        var instructor = instructors.FirstOrDefault(i => i.Id == wanted);
        if (instructor is null)
            return NotFound();
        var details = await db.Instructors.AsNoTracking().Where(i => i.Id == instructor.Id)
            .Select(i => new { i.CalendarToken, Zone = db.Centres.Where(c => c.Id == i.HomeCentreId).Select(c => c.TimeZoneId).FirstOrDefault() })
            .SingleAsync();
        var homeZone = details.Zone is null ? TimeZoneInfo.Utc : TimeZoneInfo.FindSystemTimeZoneById(details.Zone);
        var today = ScheduleQuery.Today(clock, homeZone);
        var monday = MondayOf(week ?? today);
        var sessions = db.Sessions.Where(s => s.InstructorId == instructor.Id);
        var visibleCohorts = (await scope.Cohorts().Where(c => db.Sessions.Any(s => s.CohortId == c.Id && s.InstructorId == instructor.Id))
            .Select(c => c.Id).ToListAsync()).ToHashSet();
        var days = await WeekAsync(sessions, monday, today, null,
            row => scope.IsAdmin || row.InstructorId == scope.InstructorId || visibleCohorts.Contains(row.CohortId));
        var feedUrl = Url.Action(nameof(CalendarFeedsController.Instructor), "CalendarFeeds", new { token = details.CalendarToken }, Request.Scheme)!;
        return View(new InstructorWeekViewModel(instructor, instructors, monday, days, feedUrl));
    }

    [Authorize(Roles = Roles.AdminOrStaff)]
    [HttpGet]
    public async Task<IActionResult> Rooms(int? id, DateOnly? week)
    {
        var centres = await scope.Centres().AsNoTracking().OrderBy(c => c.Name).Select(c => new Choice(c.Id, c.Name)).ToListAsync();
        var centre = centres.FirstOrDefault(c => c.Id == (id ?? centres.FirstOrDefault()?.Id));
        if (centre is null)
            return NotFound();
        var zoneId = await db.Centres.Where(c => c.Id == centre.Id).Select(c => c.TimeZoneId).SingleAsync();
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var today = ScheduleQuery.Today(clock, zone);
        var monday = MondayOf(week ?? today);
        var rooms = await _query.RoomsAsync(centre.Id);
        var roomIds = rooms.Select(r => r.Id).ToList();
        var fromUtc = ScheduleGenerator.ToUtc(monday, TimeOnly.MinValue, zone);
        var toUtc = ScheduleGenerator.ToUtc(monday.AddDays(7), TimeOnly.MinValue, zone);
        var rows = await _query.Rows(db.Sessions.Where(s => s.RoomId != null && roomIds.Contains(s.RoomId.Value) && s.StartUtc >= fromUtc && s.StartUtc < toUtc))
            .ToListAsync();
        var dates = Enumerable.Range(0, 7).Select(monday.AddDays).ToList();
        var grid = rooms.Select(room => new RoomWeekRow(room,
            [.. dates.Select(d => (IReadOnlyList<SessionRow>)[.. rows.Where(r => r.RoomId == room.Id && DateOnly.FromDateTime(ScheduleGenerator.ToLocal(r.StartUtc, zone)) == d)])]))
            .ToList();
        return View(new RoomWeekViewModel(centre, zoneId, centres, monday, dates, grid));
    }

    [Authorize(Roles = Roles.AdminOrStaff)]
    [HttpGet]
    public async Task<IActionResult> Timeline(string? from)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var start = ParseMonth(from) ?? new DateOnly(today.Year, today.Month, 1).AddMonths(-6);
        return View(await new TimelineQuery(db, scope).RunAsync(start, TimelineMonths, today));
    }

    [Authorize(Roles = Roles.AdminOrStaff)]
    [HttpPost]
    public async Task<IActionResult> ResetCohortToken(int id)
    {
        if (await _query.ManagedCohortAsync(id) is null)
            return NotFound();
        var cohort = await db.Cohorts.SingleAsync(c => c.Id == id);
        cohort.ResetCalendarToken();
        await db.SaveChangesAsync();
        TempData["Flash"] = "The calendar feed has a new address; the old one no longer works. Subscribe again with the new address.";
        return RedirectToAction(nameof(Cohort), new { id });
    }

    [Authorize(Roles = ScheduleRoles)]
    [HttpPost]
    public async Task<IActionResult> ResetInstructorToken(int id)
    {
        var instructor = await scope.Instructors().SingleOrDefaultAsync(i => i.Id == id);
        if (instructor is null)
            return NotFound();
        instructor.ResetCalendarToken();
        await db.SaveChangesAsync();
        TempData["Flash"] = "The calendar feed has a new address; the old one no longer works. Subscribe again with the new address.";
        return RedirectToAction(nameof(Instructor), new { id });
    }

    private sealed record CalendarPlan(RegeneratedSchedule Result, IReadOnlyList<BookedSession> Candidates, IReadOnlyList<ScheduleConflict> Conflicts);

    /// <summary>
    /// Plans the calendar from the form. A cohort without sessions is planned from its start date; otherwise from
    /// today, so past sessions (and any with attendance) are kept as they are. Null when the form cannot be used.
    /// </summary>
    private async Task<CalendarPlan?> PlanAsync(CohortHeader cohort, GenerateForm form)
    {
        var zone = cohort.Zone;
        var start = form.StartDate!.Value;
        var pattern = form.Pattern();
        var closed = await _query.ClosedDaysAsync(cohort.CentreId, cohort.Id);
        foreach (var problem in PatternValidation.Problems([.. pattern], start, closed))
            ModelState.AddModelError(FormKey(problem.Field), problem.Message);
        var modules = await _query.ModulePlansAsync(cohort.ProgrammeId);
        if (modules.Sum(m => m.LectureMinutes) == 0)
            ModelState.AddModelError("", "The programme has no planned lecture time yet: give its modules lecture hours first.");
        if (!ModelState.IsValid)
            return null;

        var existing = await _query.ExistingSessionsAsync(cohort.Id);
        var fromDate = existing.Count == 0 ? start : ScheduleQuery.Today(clock, zone);
        var request = new ScheduleRequest(modules, pattern, start, zone) { Closed = closed, RoomId = form.RoomId, InstructorId = form.InstructorId };
        var result = ScheduleGenerator.Regenerate(request, existing, fromDate);
        if (result.Planned.UnplannedMinutes > 0)
        {
            ModelState.AddModelError("Form.Pattern", $"This pattern leaves {result.Planned.UnplannedMinutes / 60.0:0.#} h of lectures unplanned within two years: add lecture days or longer slots.");
            return null;
        }
        var candidates = new List<BookedSession>();
        var roomName = form.RoomId is null ? null : await db.Rooms.Where(r => r.Id == form.RoomId).Select(r => r.Name).SingleAsync();
        var instructorName = form.InstructorId is null ? null : await db.Instructors.Where(i => i.Id == form.InstructorId).Select(i => i.FullName).SingleAsync();
        foreach (var planned in result.Planned.Sessions)
        {
            candidates.Add(new BookedSession(null, cohort.Id, cohort.Code, cohort.TimeZoneId, planned.StartUtc, planned.EndUtc)
            {
                RoomId = planned.RoomId,
                RoomName = roomName,
                InstructorId = planned.InstructorId,
                InstructorName = instructorName,
            });
        }
        var bookings = await _query.BookingsAsync(candidates, [.. result.Replaced.Select(s => s.Id)]);
        var conflicts = ConflictDetector.Check(candidates, bookings, closed, start, result.EndDate);
        return new CalendarPlan(result, candidates, conflicts);
    }

    /// <summary>
    /// Replaces the sessions the plan replaces and adds the planned ones, or does nothing and answers false when a
    /// replaced session got attendance since the plan was made: marks are never deleted with their session. The write
    /// transaction keeps roster saves out between that check and the commit.
    /// </summary>
    private async Task<bool> SaveCalendarAsync(int cohortId, GenerateForm form, CalendarPlan plan)
    {
        var conflicted = plan.Conflicts.Select(c => c.Session).ToHashSet(ReferenceEqualityComparer.Instance);
        await using var transaction = await WriteTransaction.BeginAsync(db, HttpContext.RequestAborted);
        var replaced = plan.Result.Replaced.Select(s => s.Id).ToList();
        if (replaced.Count > 0
            && await db.Sessions.Where(s => replaced.Contains(s.Id) && !db.Attendance.Any(a => a.SessionId == s.Id)).ExecuteDeleteAsync() != replaced.Count)
            return false;
        var cohort = await db.Cohorts.Include(c => c.Instructors).SingleAsync(c => c.Id == cohortId);
        cohort.Update(cohort.Code, form.StartDate!.Value, cohort.Capacity, form.RoomId, form.Pattern());
        cohort.SetEndDate(plan.Result.EndDate);
        if (form.InstructorId is { } instructorId)
            cohort.SetInstructors(cohort.Instructors.Select(i => i.InstructorId).Append(instructorId).ToList());
        for (var i = 0; i < plan.Result.Planned.Sessions.Count; i++)
        {
            var planned = plan.Result.Planned.Sessions[i];
            var session = new LectureSession(cohortId, planned.ModuleId, planned.Topic, planned.StartUtc, planned.EndUtc, planned.RoomId, planned.InstructorId);
            if (conflicted.Contains(plan.Candidates[i]))
                session.OverrideConflicts(form.OverrideReason!);
            db.Sessions.Add(session);
        }
        await db.SaveChangesAsync();
        await transaction.CommitAsync(HttpContext.RequestAborted);
        return true;
    }

    private async Task<SchedulePreview> PreviewAsync(CohortHeader cohort, CalendarPlan plan)
    {
        var modules = await db.Modules.AsNoTracking().Where(m => m.ProgrammeId == cohort.ProgrammeId).ToDictionaryAsync(m => m.Id, m => m.Title);
        var conflicted = plan.Conflicts.Select(c => c.Session).ToHashSet(ReferenceEqualityComparer.Instance);
        var rows = plan.Result.Planned.Sessions.Select((s, i) => new PreviewRow(s.Date, s.LocalStart, s.LocalEnd, modules[s.ModuleId], s.Topic,
            plan.Candidates[i].RoomName, plan.Candidates[i].InstructorName, conflicted.Contains(plan.Candidates[i]))).ToList();
        return new SchedulePreview(rows, plan.Result.EndDate, plan.Result.Planned.Skipped, plan.Conflicts, plan.Result.Kept.Count, plan.Result.Replaced.Count);
    }

    private async Task<IReadOnlyList<ScheduleConflict>> ConflictsAsync(CohortHeader cohort, BookedSession candidate)
    {
        var closed = await _query.ClosedDaysAsync(cohort.CentreId, cohort.Id);
        return ConflictDetector.Check([candidate], await _query.BookingsAsync([candidate], []), closed, cohort.StartDate, cohort.EndDate);
    }

    private async Task CheckChoicesAsync(CohortHeader cohort, int? roomId, int? instructorId)
    {
        if (roomId is not null && !await db.Rooms.AnyAsync(r => r.Id == roomId && r.CentreId == cohort.CentreId))
            ModelState.AddModelError("Form.RoomId", "Choose one of the centre's rooms.");
        if (instructorId is not null && !await scope.Instructors().AnyAsync(i => i.Id == instructorId))
            ModelState.AddModelError("Form.InstructorId", "Choose one of the instructors listed.");
    }

    private async Task<(CohortHeader? Cohort, SessionRow? Row)> ManagedSessionAsync(int sessionId)
    {
        var row = await _query.Rows(db.Sessions.Where(s => s.Id == sessionId)).SingleOrDefaultAsync();
        return row is null ? (null, null) : (await _query.ManagedCohortAsync(row.CohortId), row);
    }

    private async Task<GenerateForm> DefaultGenerateFormAsync(CohortHeader cohort)
    {
        var entity = await db.Cohorts.AsNoTracking().Include(c => c.Instructors).SingleAsync(c => c.Id == cohort.Id);
        return GenerateForm.For(cohort.StartDate, entity.Pattern, cohort.DefaultRoomId,
            entity.Instructors.Select(i => (int?)i.InstructorId).FirstOrDefault());
    }

    private async Task<GenerateViewModel> GenerateViewAsync(CohortHeader cohort, GenerateForm form, BreakForm breakForm, SchedulePreview? preview) =>
        new(cohort, form, breakForm, await _query.RoomsAsync(cohort.CentreId), await _query.InstructorsForAsync(cohort.Id),
            await BreaksAsync(cohort.Id), await db.Sessions.CountAsync(s => s.CohortId == cohort.Id), preview);

    private async Task<SessionViewModel> SessionViewAsync(CohortHeader cohort, SessionRow row, SessionForm form, CancelForm cancel) =>
        new(cohort, row, form, cancel, await _query.RoomsAsync(cohort.CentreId), await _query.InstructorsForAsync(cohort.Id));

    private async Task<AddSessionViewModel> AddSessionViewAsync(CohortHeader cohort, SessionForm form)
    {
        var modules = await db.Modules.AsNoTracking().Where(m => m.ProgrammeId == cohort.ProgrammeId).OrderBy(m => m.Position)
            .Select(m => new Choice(m.Id, m.Title)).ToListAsync();
        return new(cohort, form, modules, await _query.RoomsAsync(cohort.CentreId), await _query.InstructorsForAsync(cohort.Id));
    }

    private async Task<ShiftViewModel> ShiftViewAsync(CohortHeader cohort, ShiftForm form)
    {
        var fromUtc = ScheduleGenerator.ToUtc(ScheduleQuery.Today(clock, cohort.Zone), TimeOnly.MinValue, cohort.Zone);
        var upcoming = await db.Sessions.CountAsync(s => s.CohortId == cohort.Id && s.Status == SessionStatus.Scheduled && s.StartUtc >= fromUtc);
        return new(cohort, form, upcoming);
    }

    private Task<List<BreakRow>> BreaksAsync(int cohortId) =>
        db.CohortBreaks.AsNoTracking().Where(b => b.CohortId == cohortId).OrderBy(b => b.FirstDay)
            .Select(b => new BreakRow(b.Id, b.Name, b.FirstDay, b.LastDay)).ToListAsync();

    /// <summary>
    /// A week's sessions by local day. With no <paramref name="zone"/>, each session is placed by its own centre's
    /// zone (an instructor may teach in several), and the query window is a day wider on both sides to catch them.
    /// </summary>
    private async Task<IReadOnlyList<WeekDay>> WeekAsync(IQueryable<LectureSession> sessions, DateOnly monday, DateOnly today,
        TimeZoneInfo? zone, Func<SessionRow, bool> visible)
    {
        var fromUtc = ScheduleGenerator.ToUtc(monday.AddDays(zone is null ? -1 : 0), TimeOnly.MinValue, zone ?? TimeZoneInfo.Utc);
        var toUtc = ScheduleGenerator.ToUtc(monday.AddDays(zone is null ? 8 : 7), TimeOnly.MinValue, zone ?? TimeZoneInfo.Utc);
        var rows = await _query.Rows(sessions.Where(s => s.StartUtc >= fromUtc && s.StartUtc < toUtc)).ToListAsync();
        var byDay = rows.ToLookup(r => r.LocalDate);
        return [.. Enumerable.Range(0, 7).Select(monday.AddDays).Select(day =>
            new WeekDay(day, day == today, [.. byDay[day].OrderBy(r => r.StartUtc).Select(r => new WeekEntry(r, visible(r)))]))];
    }

    private static (DateTime StartUtc, DateTime EndUtc) Instants(SessionForm form, TimeZoneInfo zone) =>
        (ScheduleGenerator.ToUtc(form.Date!.Value, form.Start!.Value, zone), ScheduleGenerator.ToUtc(form.Date!.Value, form.End!.Value, zone));

    /// <summary>Where a domain field's message goes on the forms of this page.</summary>
    private static string FormKey(string field) => field switch
    {
        nameof(LectureSession.StartUtc) => "Form.Start",
        nameof(LectureSession.EndUtc) => "Form.End",
        nameof(LectureSession.ConflictOverrideReason) => "Form.OverrideReason",
        nameof(Domain.Cohorts.Cohort.EndDate) or nameof(Domain.Cohorts.Cohort.Code) or nameof(Domain.Cohorts.Cohort.Capacity) => "",
        _ => $"Form.{field}",
    };

    private static DateOnly DefaultDay(CohortHeader cohort, DateOnly today) =>
        today < cohort.StartDate ? cohort.StartDate : cohort.EndDate is { } end && today > end ? end : today;

    private static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    private static DateOnly? ParseMonth(string? month) =>
        DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static string MonthText(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string Day(DateOnly? date) => date?.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture) ?? "—";
}
