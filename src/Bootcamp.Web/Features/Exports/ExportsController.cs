using Bootcamp.Web.Data;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Exports;

/// <summary>Progress reports of the user's cohorts as an Excel workbook or a PDF, as of a chosen day.</summary>
[Authorize(Roles = Roles.AdminOrStaff + "," + Roles.Partner)]
public sealed class ExportsController(BootcampDb db, UserScope scope, CentreClock clock, BackgroundExports exports) : Controller
{
    /// <summary>A selection of more cohorts than this makes a file too large to wait for: it is offered in the background.</summary>
    public const int LargestDirectSelection = 10;

    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var cohorts = await CohortsAsync(cancellationToken);
        var asOf = clock.UtcNow.AddDays(-1).ToString("yyyy-MM-dd");
        var form = new ExportForm { AsOf = asOf, Format = "xlsx" };
        var background = new BackgroundExportForm { Kind = ExportKinds.Progress, Cohorts = BackgroundExportForm.All, AsOf = asOf, Format = "xlsx" };
        return View(new ExportsViewModel(form, cohorts, null, background));
    }

    /// <summary>
    /// The file, or the form again with what is wrong; a cohort outside the user's scope is not found. A large
    /// selection is not made while the browser waits: the page offers it in the background instead.
    /// </summary>
    [HttpGet]
    public async Task<IActionResult> Progress([FromQuery] ExportForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
            return await IndexAgainAsync(form, null, null, cancellationToken);
        if (form.CohortIds.Distinct().Count() > LargestDirectSelection)
        {
            ModelState.AddModelError(nameof(ExportForm.CohortIds),
                $"More than {LargestDirectSelection} cohorts make a large file: prepare it in the background below, and it appears in My downloads.");
            var background = new BackgroundExportForm
            {
                Kind = ExportKinds.Progress, Cohorts = BackgroundExportForm.Chosen, CohortIds = form.CohortIds, AsOf = form.AsOf, Format = form.Format,
            };
            return await IndexAgainAsync(form, null, background, cancellationToken);
        }
        var outcome = await new ProgressReportQuery(db, scope, clock).BuildAsync(form.CohortIds, form.AsOfDate!.Value, cancellationToken);
        if (outcome.NotFound)
            return NotFound();
        if (outcome.Report is not { } report)
            return await IndexAgainAsync(form, outcome.Problem, null, cancellationToken);
        return form.Format == "pdf"
            ? File(ProgressReportPdf.Render(report), "application/pdf", report.FileName("pdf"))
            : File(await ProgressWorkbook.RenderAsync(report, cancellationToken), ProgressWorkbook.ContentType, report.FileName("xlsx"));
    }

    /// <summary>
    /// Asks for a file made in the background and shows its progress page; a cohort outside the user's scope is not
    /// found, and an impossible request comes back with its message next to the field, with nothing made.
    /// </summary>
    [HttpPost]
    public async Task<IActionResult> Background([Bind(Prefix = BackgroundExportForm.Prefix)] BackgroundExportForm form, CancellationToken cancellationToken)
    {
        var cohorts = await CohortsAsync(cancellationToken);
        if (ModelState.IsValid)
        {
            var chosen = form.AllCohorts ? cohorts : cohorts.Where(c => form.CohortIds.Contains(c.Id)).ToList();
            if (!form.AllCohorts && chosen.Count != form.CohortIds.Distinct().Count())
                return NotFound();
            if (chosen.Count == 0)
                ModelState.AddModelError($"{BackgroundExportForm.Prefix}.{nameof(BackgroundExportForm.Cohorts)}", "No cohorts are in your scope yet.");
            else if (form.Kind == ExportKinds.Progress && DayProblem(form.AllCohorts, chosen, form.AsOfDate!.Value) is { } problem)
                ModelState.AddModelError($"{BackgroundExportForm.Prefix}.{nameof(BackgroundExportForm.AsOf)}", problem);
        }
        if (!ModelState.IsValid)
            return View(nameof(Index), new ExportsViewModel(new ExportForm { AsOf = form.AsOf, Format = "xlsx" }, cohorts, null, form));
        var file = await exports.EnqueueAsync(scope.UserId!, form.ToRequest(), cancellationToken);
        return Redirect($"/Exports/Preparing/{file.Id}");
    }

    /// <summary>My downloads: the files made in the background for the signed-in user, and how far the others are.</summary>
    [HttpGet]
    public async Task<IActionResult> Downloads(CancellationToken cancellationToken) =>
        View(new DownloadsViewModel(await exports.ListAsync(cancellationToken), clock.UtcNow));

    /// <summary>The progress page of one export: a bar that moves (script) or a page that reloads itself (no script).</summary>
    [HttpGet("/Exports/Preparing/{id:guid}")]
    public async Task<IActionResult> Preparing(Guid id, CancellationToken cancellationToken) =>
        await exports.FindAsync(id, cancellationToken) is { } row ? View(row) : NotFound();

    /// <summary>Where an export stands, for the progress page's script.</summary>
    [HttpGet("/Exports/Status/{id:guid}")]
    public async Task<IActionResult> Status(Guid id, CancellationToken cancellationToken) =>
        await exports.FindAsync(id, cancellationToken) is { } row ? Json(ExportStatusJson.Of(row)) : NotFound();

    /// <summary>
    /// The file, for its owner only. Anyone else, signed in or not, is told it does not exist: the id is the whole
    /// address, and a sign-in page would confirm that it names a file.
    /// </summary>
    [AllowAnonymous]
    [HttpGet("/Exports/File/{id:guid}")]
    public async Task<IActionResult> Download(Guid id, CancellationToken cancellationToken)
    {
        if (!scope.IsSignedIn || await exports.OpenAsync(id, cancellationToken) is not { } file)
            return NotFound();
        return File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>
    /// Why the figures cannot be for <paramref name="asOf"/>: a chosen cohort had not started (for all cohorts, none
    /// had; those that had are reported), or the day is still to come at a cohort's centre.
    /// </summary>
    private string? DayProblem(bool allCohorts, IReadOnlyList<ExportCohort> chosen, DateOnly asOf)
    {
        var started = chosen.Where(c => c.StartDate <= asOf).ToList();
        if (allCohorts && started.Count == 0)
            return $"None of your cohorts had started by {asOf:d MMM yyyy}; choose a later day.";
        if (!allCohorts && chosen.FirstOrDefault(c => c.StartDate > asOf) is { } later)
            return $"{later.Code} starts on {later.StartDate:d MMM yyyy}; choose that day or a later one.";
        return started.Any(c => asOf > clock.Today(c.TimeZoneId))
            ? "The report cannot be made for a day still to come; choose today or an earlier day."
            : null;
    }

    private async Task<IActionResult> IndexAgainAsync(ExportForm form, string? problem, BackgroundExportForm? background, CancellationToken cancellationToken) =>
        View(nameof(Index), new ExportsViewModel(form, await CohortsAsync(cancellationToken), problem,
            background ?? new BackgroundExportForm { Kind = ExportKinds.Progress, Cohorts = BackgroundExportForm.All, AsOf = form.AsOf, Format = "xlsx" }));

    private async Task<IReadOnlyList<ExportCohort>> CohortsAsync(CancellationToken cancellationToken)
    {
        var centres = scope.Centres();
        return await scope.Cohorts().AsNoTracking()
            .OrderBy(c => c.Code)
            .Select(c => new ExportCohort(c.Id, c.Code,
                db.Programmes.Where(p => p.Id == c.ProgrammeId).Select(p => p.Name).First(),
                centres.Where(ct => ct.Id == c.CentreId).Select(ct => ct.Name).First(), c.Status, c.StartDate,
                centres.Where(ct => ct.Id == c.CentreId).Select(ct => ct.TimeZoneId).First()))
            .ToListAsync(cancellationToken);
    }
}
