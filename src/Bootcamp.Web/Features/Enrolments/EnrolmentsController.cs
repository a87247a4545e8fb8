using System.Text;
using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Learners;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Shared;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Enrolments;

/// <summary>The learners of one cohort: enrol one, withdraw one or undo a withdrawal entered by mistake, import many from a CSV file.</summary>
[Authorize(Roles = Roles.AdminOrStaff)]
[Route("Cohorts/{cohortId:int}")]
public sealed class EnrolmentsController(BootcampDb db, UserScope scope, CentreClock clock) : Controller
{
    public const int MaxFileBytes = 512 * 1024;
    private const string Prefix = "Form";
    private readonly EnrolmentWriter _writer = new(db, scope);

    [HttpGet("Enrol")]
    public async Task<IActionResult> Enrol(int cohortId, CancellationToken cancellationToken)
    {
        var cohort = await ManagedCohortAsync(cohortId, cancellationToken);
        if (cohort is null)
            return NotFound();
        CheckOpen(cohort.Header);
        return View(new EnrolViewModel(cohort.Header, new EnrolForm()));
    }

    [HttpPost("Enrol")]
    public async Task<IActionResult> Enrol(int cohortId, [Bind(Prefix = Prefix)] EnrolForm form, CancellationToken cancellationToken)
    {
        var cohort = await ManagedCohortAsync(cohortId, cancellationToken);
        if (cohort is null)
            return NotFound();
        CheckOpen(cohort.Header);
        if (cohort.Header.FreeSeats == 0)
            ModelState.AddModelError("", $"The cohort is full: all {cohort.Header.Capacity} seats are taken.");
        if (ModelState.IsValid)
            await CheckNamesAsync(cohortId, form, cancellationToken);
        var name = "";
        if (!ModelState.IsValid || !await ModelState.TryApplyAsync(
                async () => name = await _writer.EnrolAsync(cohortId, cohort.Header.Capacity, form, cohort.Today, cancellationToken), Prefix))
            return View(new EnrolViewModel(cohort.Header, form));
        TempData["Flash"] = $"{name} is enrolled in {cohort.Header.Code}.";
        return RedirectToAction("Details", "Cohorts", new { id = cohortId });
    }

    [HttpGet("Withdraw/{enrolmentId:int}")]
    public async Task<IActionResult> Withdraw(int cohortId, int enrolmentId, CancellationToken cancellationToken)
    {
        var cohort = await ManagedCohortAsync(cohortId, cancellationToken);
        var page = cohort is null ? null : await WithdrawPageAsync(cohort, enrolmentId, new WithdrawForm { WithdrawnOn = cohort.Today }, cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost("Withdraw/{enrolmentId:int}")]
    public async Task<IActionResult> Withdraw(int cohortId, int enrolmentId, [Bind(Prefix = Prefix)] WithdrawForm form, CancellationToken cancellationToken)
    {
        var cohort = await ManagedCohortAsync(cohortId, cancellationToken);
        if (cohort is null || !await scope.Enrolments().AnyAsync(e => e.Id == enrolmentId && e.CohortId == cohortId, cancellationToken))
            return NotFound();
        if (ModelState.IsValid && await ModelState.TryApplyAsync(() => _writer.WithdrawAsync(cohortId, enrolmentId, form, cohort.Today, clock.UtcNow, cancellationToken), Prefix))
        {
            TempData["Flash"] = "The learner is withdrawn.";
            return RedirectToAction("Details", "Cohorts", new { id = cohortId });
        }
        return View((await WithdrawPageAsync(cohort, enrolmentId, form, cancellationToken))!);
    }

    [HttpGet("Reinstate/{enrolmentId:int}")]
    public async Task<IActionResult> Reinstate(int cohortId, int enrolmentId, CancellationToken cancellationToken)
    {
        var cohort = await ManagedCohortAsync(cohortId, cancellationToken);
        var page = cohort is null ? null : await ReinstatePageAsync(cohort, enrolmentId, new ReinstateForm(), cancellationToken);
        if (page?.Refusal is { } refusal)
            ModelState.AddModelError("", refusal);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost("Reinstate/{enrolmentId:int}")]
    public async Task<IActionResult> Reinstate(int cohortId, int enrolmentId, [Bind(Prefix = Prefix)] ReinstateForm form, CancellationToken cancellationToken)
    {
        var cohort = await ManagedCohortAsync(cohortId, cancellationToken);
        var page = cohort is null ? null : await ReinstatePageAsync(cohort, enrolmentId, form, cancellationToken);
        if (page is null)
            return NotFound();
        if (ModelState.IsValid)
        {
            var problems = await _writer.ReinstateAsync(cohortId, enrolmentId, form, clock.UtcNow, cancellationToken);
            if (problems.Count == 0)
            {
                TempData["Flash"] = $"{page.Learner} is enrolled again; the withdrawal and its reversal stay in the history.";
                return Redirect($"/Cohorts/{cohortId}/Learners/{page.LearnerId}");
            }
            foreach (var problem in problems)
                ModelState.AddModelError(problem.Field == nameof(ReinstateForm.Reason) ? $"{Prefix}.{problem.Field}" : "", problem.Message);
        }
        else if (page.Refusal is { } refusal)
        {
            ModelState.AddModelError("", refusal);
        }
        return View(page);
    }

    [HttpGet("Import")]
    public async Task<IActionResult> Import(int cohortId, CancellationToken cancellationToken)
    {
        var cohort = await ManagedCohortAsync(cohortId, cancellationToken);
        if (cohort is null)
            return NotFound();
        return View(new LearnerImportViewModel(cohort.Header, OpenProblem(cohort.Header)));
    }

    [HttpPost("Import")]
    [RequestSizeLimit(MaxFileBytes + 64 * 1024)]
    public async Task<IActionResult> Import(int cohortId, IFormFile? file, CancellationToken cancellationToken)
    {
        var cohort = await ManagedCohortAsync(cohortId, cancellationToken);
        if (cohort is null)
            return NotFound();
        if (file is null || file.Length == 0)
            return ImportRefused(cohort.Header, "Choose a CSV file to upload.");
        if (file.Length > MaxFileBytes)
            return ImportRefused(cohort.Header, $"The file is larger than {MaxFileBytes / 1024} KB; split it into smaller files.");
        string text;
        using (var reader = new StreamReader(file.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true))
        {
            try
            {
                text = await reader.ReadToEndAsync(cancellationToken);
            }
            catch (DecoderFallbackException)
            {
                return ImportRefused(cohort.Header, "The file is not UTF-8 text. Save it as \"CSV UTF-8\" and upload it again.");
            }
        }
        var parsed = LearnerCsv.Parse(text);
        if ((OpenProblem(cohort.Header) ?? parsed.FileProblem) is { } problem)
            return ImportRefused(cohort.Header, problem);
        var rows = await _writer.CheckAsync(cohortId, cohort.Header.Capacity, parsed.Rows, cancellationToken);
        return View("Preview", new ImportPreviewViewModel(cohort.Header, rows, text));
    }

    /// <summary>The upload form again, with the file's problem next to the file field and in the page's error summary.</summary>
    private ViewResult ImportRefused(EnrolmentCohort header, string problem)
    {
        ModelState.AddModelError("file", problem);
        return View(nameof(Import), new LearnerImportViewModel(header, problem));
    }

    [HttpPost("Import/Confirm")]
    public async Task<IActionResult> ConfirmImport(int cohortId, string? csv, CancellationToken cancellationToken)
    {
        var cohort = await ManagedCohortAsync(cohortId, cancellationToken);
        if (cohort is null)
            return NotFound();
        var file = LearnerCsv.Parse(csv ?? "");
        if ((OpenProblem(cohort.Header) ?? file.FileProblem) is { } problem)
            return ImportRefused(cohort.Header, problem);
        // Checked again inside the write: the cohort may have filled up since the preview.
        var rows = await _writer.ImportAsync(cohortId, cohort.Header.Capacity, file.Rows, cohort.Today, cancellationToken);
        if (rows.Any(r => !r.IsValid))
            return View("Preview", new ImportPreviewViewModel(cohort.Header, rows, csv!));
        TempData["Flash"] = $"{rows.Count} {(rows.Count == 1 ? "learner" : "learners")} imported into {cohort.Header.Code}.";
        return RedirectToAction("Details", "Cohorts", new { id = cohortId });
    }

    [HttpGet("/Cohorts/learners-sample.csv")]
    public IActionResult SampleCsv() =>
        File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(LearnerCsv.Sample)).ToArray(), "text/csv", "learners-sample.csv");

    private sealed record ManagedCohortInfo(EnrolmentCohort Header, DateOnly Today);

    private async Task<ManagedCohortInfo?> ManagedCohortAsync(int cohortId, CancellationToken cancellationToken)
    {
        var centres = scope.Centres();
        var enrolments = scope.Enrolments();
        var cohort = await scope.ManagedCohorts().AsNoTracking()
            .Where(c => c.Id == cohortId)
            .Select(c => new
            {
                Header = new EnrolmentCohort(
                    c.Id, c.Code,
                    centres.Where(ct => ct.Id == c.CentreId).Select(ct => ct.Name).First(),
                    c.Status, c.Capacity,
                    enrolments.Count(e => e.CohortId == c.Id && e.Status == EnrolmentStatus.Enrolled)),
                TimeZoneId = centres.Where(ct => ct.Id == c.CentreId).Select(ct => ct.TimeZoneId).First(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        // "Today" is the centre's date: a withdrawal entered late in the evening in Toronto is still that day.
        return cohort is null ? null : new ManagedCohortInfo(cohort.Header, clock.Today(cohort.TimeZoneId));
    }

    /// <summary>Both names at once when the e-mail is new; the writer checks them again inside its transaction.</summary>
    private async Task CheckNamesAsync(int cohortId, EnrolForm form, CancellationToken cancellationToken)
    {
        var known = await _writer.LookUpAsync(cohortId, [form.Email.Trim().ToLowerInvariant()], cancellationToken);
        if (known.InScope.Count > 0 || known.Elsewhere.Count > 0)
            return;
        if (string.IsNullOrWhiteSpace(form.FirstName))
            ModelState.AddModelError($"{Prefix}.{nameof(form.FirstName)}", EnrolmentWriter.NameProblem("first"));
        if (string.IsNullOrWhiteSpace(form.LastName))
            ModelState.AddModelError($"{Prefix}.{nameof(form.LastName)}", EnrolmentWriter.NameProblem("last"));
    }

    private static string? OpenProblem(EnrolmentCohort cohort) =>
        cohort.Status is CohortStatus.Planned or CohortStatus.Active
            ? null
            : $"Learners can join only a planned or active cohort; {cohort.Code} is {cohort.Status.ToString().ToLowerInvariant()}.";

    private void CheckOpen(EnrolmentCohort cohort)
    {
        if (OpenProblem(cohort) is { } problem)
            ModelState.AddModelError("", problem);
    }

    private async Task<ReinstateViewModel?> ReinstatePageAsync(ManagedCohortInfo cohort, int enrolmentId, ReinstateForm form, CancellationToken cancellationToken)
    {
        var page = await scope.Enrolments().AsNoTracking()
            .Where(e => e.Id == enrolmentId && e.CohortId == cohort.Header.Id)
            .Join(scope.Learners(), e => e.LearnerId, l => l.Id, (e, l) => new ReinstateViewModel(cohort.Header, e.Id, l.Id, l.FirstName + " " + l.LastName, e.EnrolledOn,
                e.Status == EnrolmentStatus.Withdrawn ? e.StatusChangedOn : null, e.Status == EnrolmentStatus.Withdrawn ? e.StatusReason : null, null, form))
            .SingleOrDefaultAsync(cancellationToken);
        return page is null ? null : page with { Refusal = Reinstatement.Refusal(await _writer.ReinstatementStateAsync(cohort.Header.Id, enrolmentId, cancellationToken)) };
    }

    private async Task<WithdrawViewModel?> WithdrawPageAsync(ManagedCohortInfo cohort, int enrolmentId, WithdrawForm form, CancellationToken cancellationToken) =>
        await scope.Enrolments().AsNoTracking()
            .Where(e => e.Id == enrolmentId && e.CohortId == cohort.Header.Id)
            .Join(scope.Learners(), e => e.LearnerId, l => l.Id, (e, l) => new WithdrawViewModel(cohort.Header, e.Id, l.FirstName + " " + l.LastName, e.EnrolledOn, form))
            .SingleOrDefaultAsync(cancellationToken);
}
