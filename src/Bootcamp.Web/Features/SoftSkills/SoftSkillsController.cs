using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Shared;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.SoftSkills;

/// <summary>
/// Soft skills (issue 10): the programme's rubric (admins, as the programme editor), the cohort's assessment points
/// (its centre's staff), the instructors' rating grid and the self and peer rounds (staff and the cohort's
/// instructors). Partners never see ratings: the graduation board shows them soft skills as met or not met.
/// The id is the programme's for the rubric and the cohort's everywhere else.
/// </summary>
[Authorize(Roles = Roles.AdminOrStaff + "," + Roles.Instructor)]
public sealed class SoftSkillsController(BootcampDb db, UserScope scope, CentreClock clock) : Controller
{
    private const string FormPrefix = "Form";

    private SoftSkillsQuery Query => new(db, scope);

    [Authorize(Roles = Roles.Admin)]
    [HttpGet]
    public async Task<IActionResult> Rubric(int id, CancellationToken cancellationToken) =>
        await Query.RubricAsync(id, null, cancellationToken) is { } page ? View(page) : NotFound();

    /// <summary>Adds a skill, or changes the one the form names.</summary>
    [Authorize(Roles = Roles.Admin)]
    [HttpPost]
    public async Task<IActionResult> SaveSkill(int id, [Bind(Prefix = FormPrefix)] SkillForm form, CancellationToken cancellationToken)
    {
        if (!await db.Programmes.AnyAsync(p => p.Id == id, cancellationToken))
            return NotFound();
        var writer = new RubricWriter(db);
        var found = true;
        if (await ModelState.TryApplyAsync(async () =>
            {
                if (form.SkillId is null)
                    await writer.AddAsync(id, form, cancellationToken);
                else
                    found = await writer.UpdateAsync(id, form, cancellationToken);
            }, FormPrefix))
        {
            if (!found)
                return NotFound();
            TempData["Flash"] = $"Skill {form.Name?.Trim()} saved.";
            return RedirectToAction(nameof(Rubric), new { id });
        }
        return View(nameof(Rubric), await Query.RubricAsync(id, form, cancellationToken));
    }

    [Authorize(Roles = Roles.Admin)]
    [HttpPost]
    public async Task<IActionResult> RemoveSkill(int id, int skillId, CancellationToken cancellationToken)
    {
        var found = false;
        if (await ModelState.TryApplyAsync(async () => found = await new RubricWriter(db).RemoveAsync(id, skillId, cancellationToken), FormPrefix))
        {
            if (!found)
                return NotFound();
            TempData["Flash"] = "Skill removed.";
            return RedirectToAction(nameof(Rubric), new { id });
        }
        return await Query.RubricAsync(id, new SkillForm { SkillId = skillId }, cancellationToken) is { } page ? View(nameof(Rubric), page) : NotFound();
    }

    [HttpGet]
    public async Task<IActionResult> Points(int id, CancellationToken cancellationToken) =>
        await LoggingCohort.FindAsync(scope, id, cancellationToken) is { } cohort
            ? View(await Query.PointsPageAsync(cohort, null, cancellationToken))
            : NotFound();

    /// <summary>Adds a point, or renames or moves the one the form names.</summary>
    [Authorize(Roles = Roles.AdminOrStaff)]
    [HttpPost]
    public async Task<IActionResult> SavePoint(int id, [Bind(Prefix = FormPrefix)] PointForm form, CancellationToken cancellationToken)
    {
        if (await ManagedCohortAsync(id, cancellationToken) is not { } cohort)
            return NotFound();
        var writer = Writer(cohort);
        var found = true;
        if (ModelState.IsValid && await ModelState.TryApplyAsync(async () =>
            {
                if (form.PointId is null)
                    await writer.AddPointAsync(cohort.Id, form, cancellationToken);
                else
                    found = await writer.UpdatePointAsync(cohort.Id, form, cancellationToken);
            }, FormPrefix))
        {
            if (!found)
                return NotFound();
            TempData["Flash"] = $"Assessment point {form.Name?.Trim()} saved.";
            return RedirectToAction(nameof(Points), new { id });
        }
        return View(nameof(Points), await Query.PointsPageAsync(cohort, form, cancellationToken));
    }

    [Authorize(Roles = Roles.AdminOrStaff)]
    [HttpPost]
    public async Task<IActionResult> RemovePoint(int id, int pointId, CancellationToken cancellationToken)
    {
        if (await ManagedCohortAsync(id, cancellationToken) is not { } cohort)
            return NotFound();
        var found = false;
        if (await ModelState.TryApplyAsync(async () => found = await Writer(cohort).RemovePointAsync(cohort.Id, pointId, cancellationToken), FormPrefix))
        {
            if (!found)
                return NotFound();
            TempData["Flash"] = "Assessment point removed.";
            return RedirectToAction(nameof(Points), new { id });
        }
        return View(nameof(Points), await Query.PointsPageAsync(cohort, new PointForm { PointId = pointId }, cancellationToken));
    }

    /// <summary>The rating grid of the whole cohort, or of one project group, at one assessment point.</summary>
    [HttpGet]
    public async Task<IActionResult> Rate(int id, int? pointId, int? groupId, CancellationToken cancellationToken)
    {
        if (await LoggingCohort.FindAsync(scope, id, cancellationToken) is not { } cohort)
            return NotFound();
        return await Query.RatePageAsync(cohort, pointId, groupId, Today(cohort), null, cancellationToken) is { } page ? View(page) : NotFound();
    }

    [HttpPost]
    public async Task<IActionResult> Rate(int id, [Bind(Prefix = FormPrefix)] RatingGridForm form, CancellationToken cancellationToken)
    {
        if (await LoggingCohort.FindAsync(scope, id, cancellationToken) is not { } cohort)
            return NotFound();
        var page = await Query.RatePageAsync(cohort, form.PointId, form.GroupId, Today(cohort), form, cancellationToken);
        if (page is null || page.Points.FirstOrDefault(p => p.Id == form.PointId) is not { } point)
            return NotFound();
        if (!ModelState.IsValid)
            return View(page);
        var problems = await Writer(cohort).SaveGridAsync(cohort.Id, point, form.Batch(), page.Learners.Select(l => l.Id).ToHashSet(),
            page.Skills.ToDictionary(s => s.Id, s => s.Name), cancellationToken);
        if (problems.Count == 0)
        {
            TempData["Flash"] = $"Ratings at {point.Name} saved.";
            return RedirectToAction(nameof(Rate), new { id, pointId = point.Id, groupId = form.GroupId });
        }
        foreach (var problem in problems)
            ModelState.AddModelError(problem.Index < 0 ? "" : RatingGridForm.Field(problem.Index, problem.Field == nameof(RatingCellForm.Comment) ? problem.Field : nameof(RatingCellForm.Score)), problem.Message);
        return View(page);
    }

    [HttpGet]
    public async Task<IActionResult> Peer(int id, CancellationToken cancellationToken) =>
        await LoggingCohort.FindAsync(scope, id, cancellationToken) is { } cohort
            ? View(await Query.PeerPageAsync(cohort, new OpenRoundForm(), cancellationToken))
            : NotFound();

    [HttpPost]
    public async Task<IActionResult> OpenRound(int id, [Bind(Prefix = FormPrefix)] OpenRoundForm form, CancellationToken cancellationToken)
    {
        if (await LoggingCohort.FindAsync(scope, id, cancellationToken) is not { } cohort)
            return NotFound();
        if (ModelState.IsValid && await ModelState.TryApplyAsync(
                () => new PeerWriter(db, scope.UserName, clock.UtcNow).OpenAsync(cohort.Id, form.GroupId!.Value, form.PointId!.Value, cancellationToken), FormPrefix))
        {
            TempData["Flash"] = "Round opened: enter each member's form as it comes in.";
            return RedirectToAction(nameof(Peer), new { id });
        }
        return View(nameof(Peer), await Query.PeerPageAsync(cohort, form, cancellationToken));
    }

    /// <summary>A round's members and, for <paramref name="rater"/>, the form to type their ratings in; without a round, the cohort's rounds.</summary>
    [HttpGet]
    public async Task<IActionResult> PeerForm(int id, int? round, int? rater, CancellationToken cancellationToken)
    {
        if (await LoggingCohort.FindAsync(scope, id, cancellationToken) is not { } cohort)
            return NotFound();
        if (round is not { } roundId)
            return RedirectToAction(nameof(Peer), new { id });
        return await Query.PeerFormPageAsync(cohort, roundId, rater, null, cancellationToken) is { } page ? View(page) : NotFound();
    }

    [HttpPost]
    public async Task<IActionResult> PeerForm(int id, [Bind(Prefix = FormPrefix)] PeerEntryForm form, CancellationToken cancellationToken)
    {
        if (await LoggingCohort.FindAsync(scope, id, cancellationToken) is not { } cohort)
            return NotFound();
        var page = await Query.PeerFormPageAsync(cohort, form.RoundId, form.RaterId, form, cancellationToken);
        if (page is null)
            return NotFound();
        if (!ModelState.IsValid)
            return View(page);
        var problems = await new PeerWriter(db, scope.UserName, clock.UtcNow).SubmitAsync(cohort.Id, form.RoundId, form.RaterId, form.Batch(), cohort.ProgrammeId, cancellationToken);
        if (problems.Count == 0)
        {
            TempData["Flash"] = $"{page.Rater?.Name}'s ratings entered.";
            return RedirectToAction(nameof(PeerForm), new { id, round = form.RoundId });
        }
        foreach (var problem in problems)
            ModelState.AddModelError(problem.Index < 0 ? "" : PeerEntryForm.Field(problem.Index), problem.Message);
        return View(page);
    }

    [HttpPost]
    public async Task<IActionResult> CloseRound(int id, int roundId, CancellationToken cancellationToken)
    {
        if (await LoggingCohort.FindAsync(scope, id, cancellationToken) is not { } cohort)
            return NotFound();
        var found = false;
        if (!await ModelState.TryApplyAsync(async () => found = await new PeerWriter(db, scope.UserName, clock.UtcNow).CloseAsync(cohort.Id, roundId, cancellationToken), FormPrefix))
            return View(nameof(Peer), await Query.PeerPageAsync(cohort, new OpenRoundForm(), cancellationToken));
        if (!found)
            return NotFound();
        TempData["Flash"] = "Round closed.";
        return RedirectToAction(nameof(Peer), new { id });
    }

    private DateOnly Today(LoggingCohort cohort) => clock.Today(cohort.TimeZone);

    private RatingWriter Writer(LoggingCohort cohort) => new(db, scope.UserName, clock.UtcNow, Today(cohort));

    /// <summary>The cohort when the user may change it (its centre's staff, or an admin); points are the cohort's plan, like its schedule.</summary>
    private async Task<LoggingCohort?> ManagedCohortAsync(int id, CancellationToken cancellationToken) =>
        await LoggingCohort.FindAsync(scope, id, cancellationToken) is { } cohort && scope.CanManageCentre(cohort.CentreId) ? cohort : null;
}
