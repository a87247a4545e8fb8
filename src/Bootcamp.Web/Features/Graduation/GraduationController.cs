using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Credentials;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Bootcamp.Web.Features.Graduation;

/// <summary>The graduation board, decisions and report of a cohort. Every role reads within its scope; staff and admins decide.</summary>
public sealed class GraduationController(BootcampDb db, UserScope scope, CentreClock clock, CredentialWriter credentials) : Controller
{
    private GraduationQuery Query => new(db, scope, clock);

    [HttpGet("/Graduation/Cohort/{id:int}")]
    public async Task<IActionResult> Board(int id, CancellationToken cancellationToken)
    {
        var board = await Query.LoadAsync(id, cancellationToken);
        if (board is null)
            return NotFound();
        return View(Page(board, GraduationBoardViewModel.FormFor(board)));
    }

    [HttpPost("/Graduation/Cohort/{id:int}")]
    [Authorize(Roles = Roles.AdminOrStaff)]
    public async Task<IActionResult> Board(int id, DecisionForm form, CancellationToken cancellationToken)
    {
        var board = await Query.LoadAsync(id, cancellationToken);
        if (board is null || !scope.CanManageCentre(board.Cohort.CentreId))
            return NotFound();
        if (!ModelState.IsValid)
            return View(Page(board, form));
        var requests = form.Command == DecisionForm.GraduateQualified
            ? [.. board.Learners.Where(l => l.CanBeDecided && l.Standing.MeetsAll).Select((l, i) => new DecisionRequest(i, l.LearnerId, true, null))]
            : form.Requests();
        var problems = await new GraduationWriter(db, Query, credentials, clock, scope.UserName).DecideAsync(id, requests, cancellationToken);
        if (problems.Count > 0)
        {
            var page = Page(board, form);
            // A problem goes next to its row when the page shows the rows as posted; otherwise above the board.
            var besideRows = page.CanDecide && form.Command != DecisionForm.GraduateQualified;
            foreach (var problem in problems)
                ModelState.AddModelError(problem.Index is { } row && besideRows ? Key(row, problem.Field) : "", problem.Message);
            return View(page);
        }
        TempData["Flash"] = requests.Count == 1 ? "1 graduation decision recorded." : $"{requests.Count} graduation decisions recorded.";
        return Redirect($"/Graduation/Cohort/{id}");
    }

    [HttpGet("/Graduation/Cohort/{id:int}/Report")]
    public async Task<IActionResult> Report(int id, CancellationToken cancellationToken)
    {
        var board = await Query.LoadAsync(id, cancellationToken);
        if (board is null)
            return NotFound();
        var rows = GraduationReportRows.From(board, softSkillFigures: !scope.IsPartner);
        return File(GraduationReport.Render(rows), "application/pdf", GraduationReport.FileName(rows));
    }

    private GraduationBoardViewModel Page(CohortGraduation board, DecisionForm form) =>
        new(board, ShowSoftSkillFigures: !scope.IsPartner, CanManage: scope.CanManageCentre(board.Cohort.CentreId), form);

    private static string Key(int row, string field) =>
        $"{nameof(DecisionForm.Rows)}[{row}].{(field == nameof(DecisionRow.Reason) ? nameof(DecisionRow.Reason) : nameof(DecisionRow.Outcome))}";
}
