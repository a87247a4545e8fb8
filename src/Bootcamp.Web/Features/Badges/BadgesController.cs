using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Credentials;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Bootcamp.Web.Features.Badges;

/// <summary>Module badges of a cohort: every role reads within its scope; staff of the cohort's centre and admins award and revoke.</summary>
public sealed class BadgesController(BootcampDb db, UserScope scope, CentreClock clock, CredentialWriter credentials) : Controller
{
    private BadgesQuery Query => new(db, scope, clock);

    [HttpGet("/Badges/Cohort/{id:int}")]
    public async Task<IActionResult> Board(int id, CancellationToken cancellationToken)
    {
        var board = await Query.LoadAsync(id, cancellationToken);
        if (board is null)
            return NotFound();
        return View(new BadgeBoardViewModel(board, scope.CanManageCentre(board.Cohort.CentreId)));
    }

    [HttpGet("/Badges/Cohort/{cohortId:int}/Learner/{learnerId:int}")]
    public async Task<IActionResult> Learner(int cohortId, int learnerId, CancellationToken cancellationToken)
    {
        var page = await PageAsync(cohortId, learnerId, null, null, null, cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost("/Badges/Cohort/{cohortId:int}/Learner/{learnerId:int}/Award")]
    [Authorize(Roles = Roles.AdminOrStaff)]
    public async Task<IActionResult> Award(int cohortId, int learnerId, [Bind(Prefix = "Award")] AwardForm form, CancellationToken cancellationToken)
    {
        var page = await PageAsync(cohortId, learnerId, form.ModuleId, null, form.Reason, cancellationToken);
        if (page is null || !page.CanManage)
            return NotFound();
        if (ModelState.IsValid && await Writer.AwardAsync(cohortId, learnerId, form.ModuleId, form.Reason, cancellationToken) is { } problem)
            ModelState.AddModelError($"Award.{problem.Field}", problem.Message);
        if (!ModelState.IsValid)
            return View(nameof(Learner), page);
        TempData["Flash"] = "Badge awarded.";
        return Redirect($"/Badges/Cohort/{cohortId}/Learner/{learnerId}");
    }

    [HttpPost("/Badges/Cohort/{cohortId:int}/Learner/{learnerId:int}/Revoke")]
    [Authorize(Roles = Roles.AdminOrStaff)]
    public async Task<IActionResult> Revoke(int cohortId, int learnerId, [Bind(Prefix = "Revoke")] RevokeForm form, CancellationToken cancellationToken)
    {
        var page = await PageAsync(cohortId, learnerId, null, form.AwardId, form.Reason, cancellationToken);
        if (page is null || !page.CanManage)
            return NotFound();
        if (ModelState.IsValid && await Writer.RevokeAsync(cohortId, learnerId, form.AwardId, form.Reason, cancellationToken) is { } problem)
            ModelState.AddModelError($"Revoke.{problem.Field}", problem.Message);
        if (!ModelState.IsValid)
            return View(nameof(Learner), page);
        TempData["Flash"] = "Badge revoked.";
        return Redirect($"/Badges/Cohort/{cohortId}/Learner/{learnerId}");
    }

    private BadgeWriter Writer => new(db, Query, credentials, clock, scope.UserName);

    private async Task<LearnerBadgesViewModel?> PageAsync(int cohortId, int learnerId, int? moduleId, int? awardId, string? reason, CancellationToken cancellationToken)
    {
        var board = await Query.LoadAsync(cohortId, cancellationToken);
        var learner = board?.Learners.SingleOrDefault(l => l.LearnerId == learnerId);
        return board is null || learner is null
            ? null
            : new LearnerBadgesViewModel(board.Cohort, learner, scope.CanManageCentre(board.Cohort.CentreId), moduleId, awardId, reason);
    }
}
