using System.Text;
using Bootcamp.Domain.Common;
using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Learners;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Centres;
using Bootcamp.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Enrolments;

/// <summary>The learners of one cohort: enrol one, withdraw one, import many from a CSV file.</summary>
[Authorize(Roles = Roles.AdminOrStaff)]
[Route("Cohorts/{cohortId:int}")]
public sealed class EnrolmentsController(BootcampDb db, UserScope scope, TimeProvider clock) : Controller
{
    public const int MaxFileBytes = 512 * 1024;

    [HttpGet("Enrol")]
    public async Task<IActionResult> Enrol(int cohortId)
    {
        var cohort = await ManagedCohort(cohortId);
        if (cohort is null)
            return NotFound();
        CheckOpen(cohort.Header);
        return View(new EnrolViewModel(cohort.Header, new EnrolForm()));
    }

    [HttpPost("Enrol")]
    public async Task<IActionResult> Enrol(int cohortId, EnrolForm form)
    {
        var cohort = await ManagedCohort(cohortId);
        if (cohort is null)
            return NotFound();
        CheckOpen(cohort.Header);
        if (cohort.Header.FreeSeats == 0)
            ModelState.AddModelError("", $"The cohort is full: all {cohort.Header.Capacity} seats are taken.");
        if (!ModelState.IsValid)
            return View(new EnrolViewModel(cohort.Header, form));

        var email = form.Email.Trim().ToLowerInvariant();
        var learner = await db.Learners.SingleOrDefaultAsync(l => l.Email == email);
        if (learner is not null)
        {
            var existing = await db.Enrolments.Where(e => e.CohortId == cohortId && e.LearnerId == learner.Id).Select(e => (EnrolmentStatus?)e.Status).FirstOrDefaultAsync();
            if (existing is not null)
                ModelState.AddModelError("Form.Email", $"{learner.FullName} is already in this cohort ({existing}).");
        }
        else
        {
            if (string.IsNullOrWhiteSpace(form.FirstName))
                ModelState.AddModelError("Form.FirstName", "No learner has this e-mail yet: enter the first name to create one.");
            if (string.IsNullOrWhiteSpace(form.LastName))
                ModelState.AddModelError("Form.LastName", "No learner has this e-mail yet: enter the last name to create one.");
        }
        if (!ModelState.IsValid)
            return View(new EnrolViewModel(cohort.Header, form));

        try
        {
            learner ??= new Learner(form.FirstName!, form.LastName!, email, form.Phone);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError("Form." + ex.Field, ex.Message);
            return View(new EnrolViewModel(cohort.Header, form));
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        if (learner.Id == 0)
        {
            db.Learners.Add(learner);
            await db.SaveChangesAsync();
        }
        db.Enrolments.Add(new Enrolment(cohortId, learner.Id, cohort.Today));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        TempData["Flash"] = $"{learner.FullName} is enrolled in {cohort.Header.Code}.";
        return RedirectToAction("Details", "Cohorts", new { id = cohortId });
    }

    [HttpGet("Withdraw/{enrolmentId:int}")]
    public async Task<IActionResult> Withdraw(int cohortId, int enrolmentId)
    {
        var cohort = await ManagedCohort(cohortId);
        var page = cohort is null ? null : await WithdrawPage(cohort, enrolmentId, new WithdrawForm { WithdrawnOn = cohort.Today });
        return page is null ? NotFound() : View(page);
    }

    [HttpPost("Withdraw/{enrolmentId:int}")]
    public async Task<IActionResult> Withdraw(int cohortId, int enrolmentId, WithdrawForm form)
    {
        var cohort = await ManagedCohort(cohortId);
        var enrolment = cohort is null ? null : await db.Enrolments.SingleOrDefaultAsync(e => e.Id == enrolmentId && e.CohortId == cohortId);
        if (cohort is null || enrolment is null)
            return NotFound();
        if (ModelState.IsValid)
        {
            try
            {
                enrolment.Withdraw(form.WithdrawnOn!.Value, form.Reason ?? "", cohort.Today);
                await db.SaveChangesAsync();
                TempData["Flash"] = "The learner is withdrawn.";
                return RedirectToAction("Details", "Cohorts", new { id = cohortId });
            }
            catch (DomainException ex)
            {
                ModelState.AddModelError("Form." + ex.Field, ex.Message);
            }
        }
        return View((await WithdrawPage(cohort, enrolmentId, form))!);
    }

    [HttpGet("Import")]
    public async Task<IActionResult> Import(int cohortId)
    {
        var cohort = await ManagedCohort(cohortId);
        if (cohort is null)
            return NotFound();
        return View(new LearnerImportViewModel(cohort.Header, OpenProblem(cohort.Header)));
    }

    [HttpPost("Import")]
    [RequestSizeLimit(MaxFileBytes + 64 * 1024)]
    public async Task<IActionResult> Import(int cohortId, IFormFile? file)
    {
        var cohort = await ManagedCohort(cohortId);
        if (cohort is null)
            return NotFound();
        if (file is null || file.Length == 0)
            return View(new LearnerImportViewModel(cohort.Header, "Choose a CSV file to upload."));
        if (file.Length > MaxFileBytes)
            return View(new LearnerImportViewModel(cohort.Header, $"The file is larger than {MaxFileBytes / 1024} KB; split it into smaller files."));
        string text;
        using (var reader = new StreamReader(file.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true))
        {
            try
            {
                text = await reader.ReadToEndAsync();
            }
            catch (DecoderFallbackException)
            {
                return View(new LearnerImportViewModel(cohort.Header, "The file is not UTF-8 text. Save it as \"CSV UTF-8\" and upload it again."));
            }
        }
        return await Preview(cohort, text);
    }

    [HttpPost("Import/Confirm")]
    public async Task<IActionResult> ConfirmImport(int cohortId, string? csv)
    {
        var cohort = await ManagedCohort(cohortId);
        if (cohort is null)
            return NotFound();
        var file = LearnerCsv.Parse(csv ?? "");
        var openProblem = OpenProblem(cohort.Header);
        if (file.FileProblem is not null || openProblem is not null)
            return View(nameof(Import), new LearnerImportViewModel(cohort.Header, openProblem ?? file.FileProblem));

        await using var transaction = await db.Database.BeginTransactionAsync();
        // Checked again inside the transaction: the cohort may have filled up since the preview.
        var rows = await Check(cohort, file.Rows);
        if (rows.Any(r => !r.IsValid))
            return View("Preview", new ImportPreviewViewModel(cohort.Header, rows, csv!));

        var emails = rows.Select(r => r.Row.Email).ToList();
        var learners = await db.Learners.Where(l => emails.Contains(l.Email)).ToDictionaryAsync(l => l.Email);
        foreach (var row in rows.Select(r => r.Row).Where(r => !learners.ContainsKey(r.Email)))
        {
            try
            {
                learners[row.Email] = new Learner(row.FirstName, row.LastName, row.Email, row.Phone);
            }
            catch (DomainException ex)
            {
                return View(nameof(Import), new LearnerImportViewModel(cohort.Header, $"Line {row.Line}: {ex.Message}"));
            }
            db.Learners.Add(learners[row.Email]);
        }
        await db.SaveChangesAsync();
        foreach (var email in emails)
            db.Enrolments.Add(new Enrolment(cohortId, learners[email].Id, cohort.Today));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        TempData["Flash"] = $"{rows.Count} {(rows.Count == 1 ? "learner" : "learners")} imported into {cohort.Header.Code}.";
        return RedirectToAction("Details", "Cohorts", new { id = cohortId });
    }

    [HttpGet("/Cohorts/learners-sample.csv")]
    public IActionResult SampleCsv() =>
        File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(LearnerCsv.Sample)).ToArray(), "text/csv", "learners-sample.csv");

    private sealed record ManagedCohortInfo(EnrolmentCohort Header, DateOnly Today);

    private async Task<ManagedCohortInfo?> ManagedCohort(int cohortId)
    {
        var cohort = await scope.Cohorts().AsNoTracking()
            .Where(c => c.Id == cohortId)
            .Select(c => new
            {
                Header = new EnrolmentCohort(
                    c.Id, c.Code,
                    db.Centres.Where(ct => ct.Id == c.CentreId).Select(ct => ct.Name).First(),
                    c.Status, c.Capacity,
                    db.Enrolments.Count(e => e.CohortId == c.Id && e.Status == EnrolmentStatus.Enrolled)),
                c.CentreId,
                TimeZoneId = db.Centres.Where(ct => ct.Id == c.CentreId).Select(ct => ct.TimeZoneId).First(),
            })
            .SingleOrDefaultAsync();
        if (cohort is null || !scope.CanManageCentre(cohort.CentreId))
            return null;
        // "Today" is the centre's date: a withdrawal entered late in the evening in Toronto is still that day.
        return new ManagedCohortInfo(cohort.Header, TimeZones.Today(clock, cohort.TimeZoneId));
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

    private async Task<IActionResult> Preview(ManagedCohortInfo cohort, string text)
    {
        var file = LearnerCsv.Parse(text);
        var openProblem = OpenProblem(cohort.Header);
        if (file.FileProblem is not null || openProblem is not null)
            return View(nameof(Import), new LearnerImportViewModel(cohort.Header, openProblem ?? file.FileProblem));
        return View("Preview", new ImportPreviewViewModel(cohort.Header, await Check(cohort, file.Rows), text));
    }

    private async Task<IReadOnlyList<CheckedRow>> Check(ManagedCohortInfo cohort, IReadOnlyList<LearnerRow> rows)
    {
        var emails = rows.Select(r => r.Email).Where(e => e.Length > 0).Distinct().ToList();
        var known = await db.Learners.Where(l => emails.Contains(l.Email))
            .Select(l => new { l.Email, InCohort = db.Enrolments.Any(e => e.LearnerId == l.Id && e.CohortId == cohort.Header.Id) })
            .ToListAsync();
        var enrolled = await db.Enrolments.CountAsync(e => e.CohortId == cohort.Header.Id && e.Status == EnrolmentStatus.Enrolled);
        return LearnerImportCheck.Check(
            rows,
            known.Where(k => k.InCohort).Select(k => k.Email).ToHashSet(),
            known.Select(k => k.Email).ToHashSet(),
            Math.Max(0, cohort.Header.Capacity - enrolled));
    }

    private async Task<WithdrawViewModel?> WithdrawPage(ManagedCohortInfo cohort, int enrolmentId, WithdrawForm form) =>
        await db.Enrolments.AsNoTracking()
            .Where(e => e.Id == enrolmentId && e.CohortId == cohort.Header.Id)
            .Join(db.Learners, e => e.LearnerId, l => l.Id, (e, l) => new WithdrawViewModel(cohort.Header, e.Id, l.FirstName + " " + l.LastName, e.EnrolledOn, form))
            .SingleOrDefaultAsync();
}
