using Bootcamp.Domain.Programmes;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Shared;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Programmes;

[Authorize(Roles = Roles.Admin)]
public sealed class ProgrammesController(BootcampDb db, UserScope scope, CentreClock clock) : Controller
{
    /// <summary>Forms are posted under the view model's property name, so field names match the view's asp-for.</summary>
    private const string FormPrefix = nameof(ProgrammeFormViewModel.Form);

    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var cohorts = scope.Cohorts();
        var rows = await db.Programmes.AsNoTracking()
            .OrderBy(p => p.Code)
            .Select(p => new ProgrammeRow(
                p.Id, p.Code, p.Name, p.Track, p.DurationWeeks, p.Modules.Count,
                p.Modules.Sum(m => m.PlannedLectureMinutes), p.Modules.Sum(m => m.PlannedExerciseMinutes),
                cohorts.Count(c => c.ProgrammeId == p.Id)))
            .ToListAsync(cancellationToken);
        return View(rows);
    }

    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var cohorts = scope.Cohorts();
        var programme = await db.Programmes.AsNoTracking()
            .Where(p => p.Id == id)
            .Select(p => new ProgrammeDetails(
                p.Id, p.Code, p.Name, p.Track, p.DurationWeeks, p.Description, p.Criteria,
                p.CriteriaVersions.OrderBy(v => v.Number)
                    .Select(v => new CriteriaVersionRow(v.Number, v.InForceFrom, v.Criteria, v.ChangedBy, v.ChangedAtUtc))
                    .ToList(),
                p.Modules.OrderBy(m => m.Position)
                    .Select(m => new ModuleRow(m.Id, m.Position, m.Title, m.PlannedLectureMinutes, m.PlannedExerciseMinutes, m.BadgeName, m.Topics))
                    .ToList(),
                cohorts.Count(c => c.ProgrammeId == p.Id)))
            .SingleOrDefaultAsync(cancellationToken);
        return programme is null ? NotFound() : View(programme);
    }

    [HttpGet]
    public IActionResult Create() => View("Edit", new ProgrammeFormViewModel(null, null, ProgrammeForm.For(GraduationCriteria.Default)));

    [HttpPost]
    public async Task<IActionResult> Create([Bind(Prefix = FormPrefix)] ProgrammeForm form, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && await db.Programmes.AnyAsync(p => p.Code == form.NormalizedCode, cancellationToken))
            ModelState.AddModelError($"{FormPrefix}.{nameof(form.Code)}", $"Another programme already has the code {form.NormalizedCode}.");
        if (!ModelState.IsValid)
            return View("Edit", new ProgrammeFormViewModel(null, null, form));
        Programme? created = null;
        if (!await ModelState.TryApplyAsync(async () =>
            {
                var programme = new Programme(form.NormalizedCode, form.Name.Trim(), form.Track.Trim(), form.DurationWeeks, form.Description?.Trim() ?? "");
                programme.SetCriteria(form.Criteria());
                db.Programmes.Add(programme);
                await db.SaveChangesAsync(cancellationToken);
                created = programme;
            }, FormPrefix, ProgrammeForm.FieldFor) || created is null)
            return View("Edit", new ProgrammeFormViewModel(null, null, form));
        TempData["Flash"] = $"Programme {created.Code} created. Add its modules next.";
        return RedirectToAction(nameof(Details), new { id = created.Id });
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.AsNoTracking().Include(p => p.CriteriaVersions).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (programme is null)
            return NotFound();
        var form = ProgrammeForm.For(programme.LatestCriteria.Criteria);
        form.Code = programme.Code;
        form.Name = programme.Name;
        form.Track = programme.Track;
        form.DurationWeeks = programme.DurationWeeks;
        form.Description = programme.Description;
        form.CriteriaInForceFrom = UtcToday;
        return View(await FormPageAsync(programme, form, cancellationToken));
    }

    /// <summary>
    /// Saves the programme. Its criteria change in place while nobody is judged by them (no cohort, no revision);
    /// after that a change is a new version for cohorts starting on or after the form's day, and earlier cohorts keep theirs.
    /// </summary>
    [HttpPost]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = FormPrefix)] ProgrammeForm form, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.Include(p => p.CriteriaVersions).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (programme is null)
            return NotFound();
        if (ModelState.IsValid && await db.Programmes.AnyAsync(p => p.Code == form.NormalizedCode && p.Id != id, cancellationToken))
            ModelState.AddModelError($"{FormPrefix}.{nameof(form.Code)}", $"Another programme already has the code {form.NormalizedCode}.");
        var page = await FormPageAsync(programme, form, cancellationToken);
        var revising = page.VersionsCriteria && form.Criteria() != programme.LatestCriteria.Criteria;
        if (revising && form.CriteriaInForceFrom is null)
            ModelState.AddModelError($"{FormPrefix}.{nameof(form.CriteriaInForceFrom)}", "Give the first start day the new criteria apply to.");
        if (!ModelState.IsValid)
            return View(page);
        if (!await ModelState.TryApplyAsync(async () =>
            {
                programme.Update(form.NormalizedCode, form.Name.Trim(), form.Track.Trim(), form.DurationWeeks, form.Description?.Trim() ?? "");
                if (!page.VersionsCriteria)
                    programme.SetCriteria(form.Criteria());
                else if (revising)
                    programme.ReviseCriteria(form.Criteria(), form.CriteriaInForceFrom!.Value, UtcToday, scope.UserName, clock.UtcNow);
                await db.SaveChangesAsync(cancellationToken);
            }, FormPrefix, ProgrammeForm.FieldFor))
            return View(page);
        TempData["Flash"] = revising
            ? $"Programme {programme.Code} saved; its criteria version {programme.LatestCriteria.Version} applies to cohorts starting from {form.CriteriaInForceFrom!.Value.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}."
            : $"Programme {programme.Code} saved.";
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>The catalogue is network-wide, so a criteria version's first day is a UTC date.</summary>
    private DateOnly UtcToday => DateOnly.FromDateTime(clock.UtcNow);

    private async Task<ProgrammeFormViewModel> FormPageAsync(Programme programme, ProgrammeForm form, CancellationToken cancellationToken)
    {
        var versions = programme.CriteriaVersions.Count > 0 || await scope.Cohorts().AnyAsync(c => c.ProgrammeId == programme.Id, cancellationToken);
        return new ProgrammeFormViewModel(programme.Id, programme.Name, form, versions, programme.LatestCriteria.Version);
    }

    [HttpGet]
    public async Task<IActionResult> MicroCredential(int id, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.Code, p.Name, p.MicroCredential }).SingleOrDefaultAsync(cancellationToken);
        return programme is null
            ? NotFound()
            : View(new MicroCredentialViewModel(id, programme.Code, programme.Name, MicroCredentialForm.For(programme.MicroCredential)));
    }

    [HttpPost]
    public async Task<IActionResult> MicroCredential(int id, [Bind(Prefix = FormPrefix)] MicroCredentialForm form, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (programme is null)
            return NotFound();
        if (ModelState.IsValid && await ModelState.TryApplyAsync(async () =>
            {
                programme.SetMicroCredential(form.Profile());
                await db.SaveChangesAsync(cancellationToken);
            }, FormPrefix))
        {
            TempData["Flash"] = $"Micro-credential elements of {programme.Code} saved; credentials issued from now on carry them.";
            return RedirectToAction(nameof(Details), new { id });
        }
        return View(new MicroCredentialViewModel(id, programme.Code, programme.Name, form));
    }

    [HttpGet]
    public async Task<IActionResult> AddModule(int id, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.AsNoTracking().Where(p => p.Id == id).Select(p => new { p.Code, p.Name }).SingleOrDefaultAsync(cancellationToken);
        return programme is null
            ? NotFound()
            : View("EditModule", new ModuleFormViewModel(id, programme.Code, programme.Name, null, new ModuleForm()));
    }

    [HttpPost]
    public async Task<IActionResult> AddModule(int id, [Bind(Prefix = FormPrefix)] ModuleForm form, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.Include(p => p.Modules).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (programme is null)
            return NotFound();
        if (ModelState.IsValid && await ModelState.TryApplyAsync(async () =>
            {
                programme.AddModule(form.Title, form.LectureMinutes, form.ExerciseMinutes, form.BadgeName, form.TopicLines());
                await db.SaveChangesAsync(cancellationToken);
            }, FormPrefix, ModuleForm.FieldFor))
        {
            TempData["Flash"] = $"Module {form.Title.Trim()} added.";
            return RedirectToAction(nameof(Details), new { id });
        }
        return View("EditModule", new ModuleFormViewModel(id, programme.Code, programme.Name, null, form));
    }

    /// <summary>The id is the module's.</summary>
    [HttpGet]
    public async Task<IActionResult> EditModule(int id, CancellationToken cancellationToken)
    {
        var module = await db.Modules.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (module is null)
            return NotFound();
        var programme = await db.Programmes.AsNoTracking().Where(p => p.Id == module.ProgrammeId).Select(p => new { p.Code, p.Name }).SingleAsync(cancellationToken);
        var form = new ModuleForm
        {
            Title = module.Title,
            LectureHours = Hours.Value(module.PlannedLectureMinutes),
            ExerciseHours = Hours.Value(module.PlannedExerciseMinutes),
            BadgeName = module.BadgeName,
            Topics = string.Join('\n', module.Topics),
        };
        return View(new ModuleFormViewModel(module.ProgrammeId, programme.Code, programme.Name, id, form));
    }

    [HttpPost]
    public async Task<IActionResult> EditModule(int id, [Bind(Prefix = FormPrefix)] ModuleForm form, CancellationToken cancellationToken)
    {
        var module = await db.Modules.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (module is null)
            return NotFound();
        if (ModelState.IsValid && await ModelState.TryApplyAsync(async () =>
            {
                module.Update(form.Title, form.LectureMinutes, form.ExerciseMinutes, form.BadgeName, form.TopicLines());
                await db.SaveChangesAsync(cancellationToken);
            }, FormPrefix, ModuleForm.FieldFor))
        {
            TempData["Flash"] = $"Module {module.Title} saved.";
            return RedirectToAction(nameof(Details), new { id = module.ProgrammeId });
        }
        var programme = await db.Programmes.AsNoTracking().Where(p => p.Id == module.ProgrammeId).Select(p => new { p.Code, p.Name }).SingleAsync(cancellationToken);
        return View(new ModuleFormViewModel(module.ProgrammeId, programme.Code, programme.Name, id, form));
    }

    /// <summary>Moves a module one place up (direction -1) or down (+1); the renumbering is one SaveChanges, so one transaction.</summary>
    [HttpPost]
    public async Task<IActionResult> MoveModule(int id, int moduleId, int direction, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.Include(p => p.Modules).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (programme is null || programme.Modules.All(m => m.Id != moduleId))
            return NotFound();
        programme.MoveModule(moduleId, direction);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect(Url.Action(nameof(Details), new { id }) + "#module-" + moduleId);
    }
}
