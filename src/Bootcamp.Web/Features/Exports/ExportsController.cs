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
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var cohorts = await CohortsAsync(cancellationToken);
        var form = new ExportForm { AsOf = clock.UtcNow.AddDays(-1).ToString("yyyy-MM-dd"), Format = "xlsx" };
        return View(new ExportsViewModel(form, cohorts, null));
    }

    /// <summary>The file, or the form again with what is wrong; a cohort outside the user's scope is not found.</summary>
    [HttpGet]
    public async Task<IActionResult> Progress([FromQuery] ExportForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
            return View(nameof(Index), new ExportsViewModel(form, await CohortsAsync(cancellationToken), null));
        var outcome = await new ProgressReportQuery(db, scope, clock).BuildAsync(form.CohortIds, form.AsOfDate!.Value, cancellationToken);
        if (outcome.NotFound)
            return NotFound();
        if (outcome.Report is not { } report)
            return View(nameof(Index), new ExportsViewModel(form, await CohortsAsync(cancellationToken), outcome.Problem));
        return form.Format == "pdf"
            ? File(ProgressReportPdf.Render(report), "application/pdf", report.FileName("pdf"))
            : File(ProgressWorkbook.Render(report), ProgressWorkbook.ContentType, report.FileName("xlsx"));
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
        return PhysicalFile(file.Path, file.ContentType, file.FileName);
    }

    private async Task<IReadOnlyList<ExportCohort>> CohortsAsync(CancellationToken cancellationToken)
    {
        var centres = scope.Centres();
        return await scope.Cohorts().AsNoTracking()
            .OrderBy(c => c.Code)
            .Select(c => new ExportCohort(c.Id, c.Code,
                db.Programmes.Where(p => p.Id == c.ProgrammeId).Select(p => p.Name).First(),
                centres.Where(ct => ct.Id == c.CentreId).Select(ct => ct.Name).First(), c.Status))
            .ToListAsync(cancellationToken);
    }
}
