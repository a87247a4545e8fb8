using Bootcamp.Web.Features.Shared;
using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Common;
using Bootcamp.Domain.Learners;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Progress;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Cohorts;

public sealed class CohortsController(BootcampDb db, UserScope scope, CentreClock clock) : Controller
{
    public const int PageSize = 20;

    [HttpGet]
    public async Task<IActionResult> Index([FromQuery] CohortFilter filter)
    {
        var cohorts = scope.Cohorts().AsNoTracking();
        if (filter.Centre is { } centreId)
            cohorts = cohorts.Where(c => c.CentreId == centreId);
        if (filter.Programme is { } programmeId)
            cohorts = cohorts.Where(c => c.ProgrammeId == programmeId);
        if (filter.Status is { } status)
            cohorts = cohorts.Where(c => c.Status == status);
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var term = filter.Q.Trim().ToUpperInvariant();
            cohorts = cohorts.Where(c => c.Code.ToUpper().Contains(term));
        }

        var total = await cohorts.CountAsync();
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        filter.Page = Math.Clamp(filter.Page, 1, pages);
        var rows = await cohorts
            .OrderBy(c => c.Status == CohortStatus.Active ? 0 : c.Status == CohortStatus.Planned ? 1 : 2)
            .ThenByDescending(c => c.StartDate)
            .ThenBy(c => c.Code)
            .Skip((filter.Page - 1) * PageSize)
            .Take(PageSize)
            .SelectRows(db)
            .ToListAsync();

        var visible = scope.Cohorts();
        var centres = await scope.Centres().AsNoTracking().OrderBy(c => c.Name).Select(c => new Choice(c.Id, c.Name)).ToListAsync();
        var programmes = await db.Programmes.AsNoTracking()
            .Where(p => visible.Any(c => c.ProgrammeId == p.Id))
            .OrderBy(p => p.Name)
            .Select(p => new Choice(p.Id, p.Name))
            .ToListAsync();
        return View(new CohortListViewModel(filter, centres, programmes, rows, total, pages, scope.IsAdmin || scope.IsStaff));
    }

    [HttpGet]
    public async Task<IActionResult> Details(int id)
    {
        var cohort = await scope.Cohorts().AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new
            {
                c.Id, c.Code, c.Status, c.StartDate, c.EndDate, c.Capacity, c.CentreId, c.ProgrammeId, c.DefaultRoomId,
                Pattern = EF.Property<List<LectureSlot>>(c, "_pattern"),
            })
            .SingleOrDefaultAsync();
        if (cohort is null)
            return NotFound();

        var programme = await db.Programmes.AsNoTracking().Where(p => p.Id == cohort.ProgrammeId).Select(p => new { p.Name, p.Code }).SingleAsync();
        var centre = await db.Centres.AsNoTracking().Where(c => c.Id == cohort.CentreId).Select(c => new { c.Name, c.TimeZoneId }).SingleAsync();
        var room = await db.Rooms.AsNoTracking().Where(r => r.Id == cohort.DefaultRoomId).Select(r => r.Name).SingleOrDefaultAsync();
        var instructors = await db.CohortInstructors.AsNoTracking()
            .Where(ci => ci.CohortId == id)
            .Join(db.Instructors, ci => ci.InstructorId, i => i.Id, (ci, i) => i.FullName)
            .OrderBy(name => name)
            .ToListAsync();
        var sponsors = await db.CohortSponsors.AsNoTracking()
            .Where(cs => cs.CohortId == id)
            .Join(db.Partners, cs => cs.PartnerId, p => p.Id, (cs, p) => p.Name)
            .OrderBy(name => name)
            .ToListAsync();

        var learners = await db.Enrolments.AsNoTracking()
            .Where(e => e.CohortId == id)
            .Join(db.Learners, e => e.LearnerId, l => l.Id, (e, l) => new { e, l })
            .OrderBy(x => x.e.Status == EnrolmentStatus.Withdrawn ? 1 : 0)
            .ThenBy(x => x.l.LastName).ThenBy(x => x.l.FirstName)
            .Select(x => new CohortLearnerRow(
                x.e.Id, x.l.FirstName + " " + x.l.LastName, x.l.Email, x.e.Status, x.e.EnrolledOn, x.e.StatusChangedOn, x.e.StatusReason))
            .ToListAsync();

        var progress = await new CohortProgressQuery(db, scope, clock).ViewModelAsync(id, HttpContext.RequestAborted);
        return View(new CohortDetailsViewModel(
            cohort.Id, cohort.Code, programme.Name, programme.Code, centre.Name, centre.TimeZoneId,
            cohort.Status, cohort.StartDate, cohort.EndDate, PatternWords.Describe(cohort.Pattern), room,
            instructors, sponsors, cohort.Capacity, learners, scope.CanManageCentre(cohort.CentreId),
            progress));
    }

    [HttpGet]
    [Authorize(Roles = Roles.AdminOrStaff)]
    public async Task<IActionResult> Create()
    {
        var centres = await ManagedCentres().ToListAsync();
        var form = new CohortForm { CentreId = centres.Count == 1 ? centres[0].Id : null };
        return View("Edit", await FormPage(form, null));
    }

    [HttpPost]
    [Authorize(Roles = Roles.AdminOrStaff)]
    public async Task<IActionResult> Create(CohortForm form)
    {
        if (form.ProgrammeId is not { } programmeId || !await db.Programmes.AnyAsync(p => p.Id == programmeId))
            ModelState.AddModelError("Form.ProgrammeId", "Choose a programme.");
        if (form.CentreId is not { } centreId || !await scope.Centres().AnyAsync(c => c.Id == centreId))
            ModelState.AddModelError("Form.CentreId", "Choose one of your centres.");
        await CheckForm(form, null);
        if (!ModelState.IsValid)
            return View("Edit", await FormPage(form, null));

        Cohort? cohort = null;
        if (!Apply(() => cohort = new Cohort(form.Code, form.ProgrammeId!.Value, form.CentreId!.Value, form.StartDate!.Value, form.Capacity, form.Slots()))
            || !Apply(() => Copy(form, cohort!)))
            return View("Edit", await FormPage(form, null));
        db.Cohorts.Add(cohort!);
        await db.SaveChangesAsync();
        TempData["Flash"] = $"Cohort {cohort!.Code} created.";
        return RedirectToAction(nameof(Details), new { id = cohort.Id });
    }

    [HttpGet]
    [Authorize(Roles = Roles.AdminOrStaff)]
    public async Task<IActionResult> Edit(int id)
    {
        var cohort = await ManagedCohort(id);
        if (cohort is null)
            return NotFound();
        var form = new CohortForm
        {
            Code = cohort.Code,
            ProgrammeId = cohort.ProgrammeId,
            CentreId = cohort.CentreId,
            StartDate = cohort.StartDate,
            Capacity = cohort.Capacity,
            DefaultRoomId = cohort.DefaultRoomId,
            InstructorIds = [.. cohort.Instructors.Select(i => i.InstructorId)],
            Status = cohort.Status,
            Days = WeeklyPatternForm.WeekOf(cohort.Pattern),
        };
        return View(await FormPage(form, cohort));
    }

    [HttpPost]
    [Authorize(Roles = Roles.AdminOrStaff)]
    public async Task<IActionResult> Edit(int id, CohortForm form)
    {
        var cohort = await ManagedCohort(id);
        if (cohort is null)
            return NotFound();
        // The programme and centre of an existing cohort are fixed: its calendar and enrolments depend on them.
        form.ProgrammeId = cohort.ProgrammeId;
        form.CentreId = cohort.CentreId;
        await CheckForm(form, cohort.Id);
        if (!ModelState.IsValid || !Apply(() => Copy(form, cohort)))
            return View(await FormPage(form, cohort));
        await db.SaveChangesAsync();
        TempData["Flash"] = $"Cohort {cohort.Code} saved.";
        return RedirectToAction(nameof(Details), new { id = cohort.Id });
    }

    private IQueryable<Choice> ManagedCentres() =>
        scope.Centres().AsNoTracking()
            .OrderBy(c => c.Name)
            .Select(c => new Choice(c.Id, c.Name));

    private async Task<Cohort?> ManagedCohort(int id)
    {
        var cohort = await scope.Cohorts().Include(c => c.Instructors).SingleOrDefaultAsync(c => c.Id == id);
        return cohort is not null && scope.CanManageCentre(cohort.CentreId) ? cohort : null;
    }

    private async Task CheckForm(CohortForm form, int? cohortId)
    {
        foreach (var problem in form.PatternProblems())
            ModelState.AddModelError("Form." + CohortForm.PatternKey, problem);
        var code = form.Code.Trim();
        if (code.Length > 0 && await db.Cohorts.AnyAsync(c => c.Code == code && c.Id != cohortId))
            ModelState.AddModelError("Form.Code", $"Another cohort already has the code {code}.");
        if (form.DefaultRoomId is { } roomId && !await db.Rooms.AnyAsync(r => r.Id == roomId && r.CentreId == form.CentreId))
            ModelState.AddModelError("Form.DefaultRoomId", "Choose a room of the cohort's centre.");
        var instructorIds = form.InstructorIds.Distinct().ToList();
        if (await db.Instructors.CountAsync(i => instructorIds.Contains(i.Id)) != instructorIds.Count)
            ModelState.AddModelError("Form.InstructorIds", "Choose instructors from the list.");
    }

    private static void Copy(CohortForm form, Cohort cohort)
    {
        cohort.Update(form.Code, form.StartDate!.Value, form.Capacity, form.DefaultRoomId, form.Slots());
        cohort.ChangeStatus(form.Status);
        cohort.SetInstructors(form.InstructorIds);
    }

    /// <summary>Runs a change to the domain; a broken rule becomes a message next to its field.</summary>
    private bool Apply(Action change)
    {
        try
        {
            change();
            return true;
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError("Form." + (ex.Field == nameof(Cohort.Pattern) ? CohortForm.PatternKey : ex.Field), ex.Message);
            return false;
        }
    }

    private async Task<CohortFormViewModel> FormPage(CohortForm form, Cohort? cohort)
    {
        var programmes = await db.Programmes.AsNoTracking().OrderBy(p => p.Name).Select(p => new Choice(p.Id, p.Code + " · " + p.Name)).ToListAsync();
        var centres = await ManagedCentres().ToListAsync();
        var centreIds = cohort is null ? centres.Select(c => c.Id).ToList() : [cohort.CentreId];
        var rooms = await db.Rooms.AsNoTracking()
            .Where(r => centreIds.Contains(r.CentreId))
            .Join(db.Centres, r => r.CentreId, c => c.Id, (r, c) => new { Room = r, Centre = c.Name })
            .OrderBy(x => x.Centre).ThenBy(x => x.Room.Name)
            .Select(x => new RoomChoice(x.Room.Id, x.Room.Name, x.Room.Capacity, x.Room.CentreId, x.Centre))
            .ToListAsync();
        // Instructors may teach at any centre (remote lectures), so all are offered; those based at the cohort's centres come first.
        var instructors = (await db.Instructors.AsNoTracking()
                .Select(i => new { i.Id, i.FullName, i.HomeCentreId, Home = db.Centres.Where(c => c.Id == i.HomeCentreId).Select(c => c.Name).FirstOrDefault() })
                .ToListAsync())
            .OrderBy(i => i.HomeCentreId is { } home && centreIds.Contains(home) ? 0 : 1)
            .ThenBy(i => i.Home is null ? 1 : 0).ThenBy(i => i.Home).ThenBy(i => i.FullName)
            .Select(i => new InstructorChoice(i.Id, i.FullName, i.Home ?? "No home centre"))
            .ToList();
        return new CohortFormViewModel(
            form, cohort?.Id,
            cohort is null ? null : programmes.FirstOrDefault(p => p.Id == cohort.ProgrammeId)?.Name,
            cohort is null ? null : await db.Centres.Where(c => c.Id == cohort.CentreId).Select(c => c.Name).SingleAsync(),
            programmes, centres, rooms, instructors);
    }
}
