using Bootcamp.Web.Data;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Mvc;

namespace Bootcamp.Web.Features.Learners;

/// <summary>
/// A learner's page in one cohort, for every role that may see the cohort (what each sees is the query's business);
/// the changes it offers (withdraw, reinstate, log hours, award badges, decide graduation) live in their own features.
/// </summary>
public sealed class LearnersController(BootcampDb db, UserScope scope, CentreClock clock) : Controller
{
    [HttpGet("/Cohorts/{cohortId:int}/Learners/{learnerId:int}")]
    public async Task<IActionResult> Details(int cohortId, int learnerId, int? lectures, int? corrections, CancellationToken cancellationToken)
    {
        var page = await new LearnerQuery(db, scope, clock).LoadAsync(cohortId, learnerId, lectures ?? 1, corrections ?? 1, cancellationToken);
        return page is null ? NotFound() : View(page);
    }
}
