using Bootcamp.Domain.Cohorts;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Schedule;
using Bootcamp.Web.Features.Shared;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Cohorts;

public sealed class CohortsController(BootcampDb db, UserScope scope, CentreClock clock) : Controller
{
    private readonly CohortFormQuery _forms = new(db, scope);

    public const int PageSize = 20;
    private const string Prefix = nameof(CohortFormViewModel.Form);

    [HttpGet]
    public async Task<IActionResult> Index([FromQuery] CohortFilter filter, CancellationToken cancellationToken)
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

        var total = await cohorts.CountAsync(cancellationToken);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        filter.Page = Math.Clamp(filter.Page, 1, pages);
        var rows = await cohorts
            .OrderBy(c => c.Status == CohortStatus.Active ? 0 : c.Status == CohortStatus.Planned ? 1 : 2)
            .ThenByDescending(c => c.StartDate)
            .ThenBy(c => c.Code)
            .Skip((filter.Page - 1) * PageSize)
            .Take(PageSize)
            .SelectRows(scope, db.Programmes)
            .ToListAsync(cancellationToken);

        var visible = scope.Cohorts();
        var centres = await scope.Centres().AsNoTracking().OrderBy(c => c.Name).Select(c => new Choice(c.Id, c.Name)).ToListAsync(cancellationToken);
        var programmes = await db.Programmes.AsNoTracking()
            .Where(p => visible.Any(c => c.ProgrammeId == p.Id))
            .OrderBy(p => p.Name)
            .Select(p => new Choice(p.Id, p.Name))
            .ToListAsync(cancellationToken);
        return View(new CohortListViewModel(filter, centres, programmes, rows, total, pages, scope.IsAdmin || scope.IsStaff));
    }

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var page = await new CohortDetailsQuery(db, scope, clock).LoadAsync(id, cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    [HttpGet]
    [Authorize(Roles = Roles.AdminOrStaff)]
    public async Task<IActionResult> Create(CancellationToken cancellationToken)
    {
        var centres = await scope.ManagedCentres().Select(c => c.Id).Take(2).ToListAsync(cancellationToken);
        var form = new CohortForm { CentreId = centres.Count == 1 ? centres[0] : null };
        return View("Edit", await _forms.PageAsync(form, null, cancellationToken));
    }

    [HttpPost]
    [Authorize(Roles = Roles.AdminOrStaff)]
    public async Task<IActionResult> Create([Bind(Prefix = Prefix)] CohortForm form, CancellationToken cancellationToken)
    {
        if (form.ProgrammeId is not { } programmeId || !await db.Programmes.AnyAsync(p => p.Id == programmeId, cancellationToken))
            ModelState.AddModelError($"{Prefix}.{nameof(form.ProgrammeId)}", "Choose a programme.");
        if (form.CentreId is not { } centreId || !await scope.ManagedCentres().AnyAsync(c => c.Id == centreId, cancellationToken))
            ModelState.AddModelError($"{Prefix}.{nameof(form.CentreId)}", "Choose one of your centres.");
        await CheckFormAsync(form, null, cancellationToken);
        Cohort? cohort = null;
        if (!ModelState.IsValid || !ModelState.TryApply(() => cohort = NewCohort(form), Prefix, FieldKey))
            return View("Edit", await _forms.PageAsync(form, null, cancellationToken));
        db.Add(cohort!);
        await db.SaveChangesAsync(cancellationToken);
        // The next step after creating a cohort is its calendar (issue 12): the generate page opens with the pattern just given.
        TempData["Flash"] = $"Cohort {cohort!.Code} created. Next: generate its calendar from the weekly pattern, or go to the cohort's page.";
        return RedirectToAction(nameof(ScheduleController.Generate), "Schedule", new { id = cohort.Id });
    }

    [HttpGet]
    [Authorize(Roles = Roles.AdminOrStaff)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var cohort = await ManagedCohortAsync(id, cancellationToken);
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
            CancellationReason = cohort.CancellationReason,
            Days = WeeklyPatternForm.WeekOf(cohort.Pattern),
        };
        return View(await _forms.PageAsync(form, cohort, cancellationToken));
    }

    [HttpPost]
    [Authorize(Roles = Roles.AdminOrStaff)]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = Prefix)] CohortForm form, CancellationToken cancellationToken)
    {
        var cohort = await ManagedCohortAsync(id, cancellationToken);
        if (cohort is null)
            return NotFound();
        // The programme and centre of an existing cohort are fixed: its calendar and enrolments depend on them.
        form.ProgrammeId = cohort.ProgrammeId;
        form.CentreId = cohort.CentreId;
        await CheckFormAsync(form, cohort, cancellationToken);
        if (!ModelState.IsValid || !ModelState.TryApply(() => Copy(form, cohort), Prefix, FieldKey))
            return View(await _forms.PageAsync(form, cohort, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = $"Cohort {cohort.Code} saved.";
        return RedirectToAction(nameof(Details), new { id = cohort.Id });
    }

    private Task<Cohort?> ManagedCohortAsync(int id, CancellationToken cancellationToken) =>
        scope.ManagedCohorts().Include(c => c.Instructors).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);

    /// <summary>The checks that need the database; the form's own attributes have run in model binding.</summary>
    private async Task CheckFormAsync(CohortForm form, Cohort? cohort, CancellationToken cancellationToken)
    {
        foreach (var problem in form.PatternProblems())
            ModelState.AddModelError($"{Prefix}.{CohortForm.PatternKey}", problem);
        var code = form.Code?.Trim() ?? "";
        if (code.Length > 0 && await scope.CohortCodeTakenAsync(code, cohort?.Id, cancellationToken))
            ModelState.AddModelError($"{Prefix}.{nameof(form.Code)}", $"Another cohort already has the code {code}.");
        if (form.DefaultRoomId is { } roomId && !await scope.Rooms().AnyAsync(r => r.Id == roomId && r.CentreId == form.CentreId, cancellationToken))
            ModelState.AddModelError($"{Prefix}.{nameof(form.DefaultRoomId)}", "Choose a room of the cohort's centre.");
        var choosable = await _forms.ChoosableInstructorIdsAsync(cohort, cancellationToken);
        if (!form.InstructorIds.All(choosable.Contains))
            ModelState.AddModelError($"{Prefix}.{nameof(form.InstructorIds)}", "Choose instructors from the list: staff may assign instructors based at their centres.");
    }

    private static Cohort NewCohort(CohortForm form)
    {
        var cohort = new Cohort(form.Code!, form.ProgrammeId!.Value, form.CentreId!.Value, form.StartDate!.Value, form.Capacity, form.Slots());
        cohort.Update(form.Code!, form.StartDate!.Value, form.Capacity, form.DefaultRoomId, form.Slots());
        cohort.SetInstructors(form.InstructorIds);
        return cohort;
    }

    private static void Copy(CohortForm form, Cohort cohort)
    {
        cohort.Update(form.Code!, form.StartDate!.Value, form.Capacity, form.DefaultRoomId, form.Slots());
        cohort.ChangeStatus(form.Status, form.CancellationReason);
        cohort.SetInstructors(form.InstructorIds);
    }

    private static string FieldKey(string field) => field == nameof(Cohort.Pattern) ? CohortForm.PatternKey : field;
}
