using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Learners;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Cohorts;
using Bootcamp.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Home;


public sealed record NetworkFigures(int Centres, int Programmes, int Partners, int ActiveCohorts, int PlannedCohorts, int EnrolledLearners);

public sealed record HomeViewModel(string Greeting, string Role, IReadOnlyList<CohortListRow> Cohorts, NetworkFigures? Network);

public sealed class HomeController(BootcampDb db, UserScope scope) : Controller
{
    public async Task<IActionResult> Index()
    {
        var cohorts = await scope.Cohorts().AsNoTracking()
            .OrderBy(c => c.Status == CohortStatus.Active ? 0 : c.Status == CohortStatus.Planned ? 1 : 2)
            .ThenBy(c => c.StartDate)
            .SelectRows(db)
            .Take(scope.IsAdmin ? 12 : 200)
            .ToListAsync();
        NetworkFigures? network = null;
        if (scope.IsAdmin)
        {
            network = new NetworkFigures(
                await db.Centres.CountAsync(),
                await db.Programmes.CountAsync(),
                await db.Partners.CountAsync(),
                await db.Cohorts.CountAsync(c => c.Status == CohortStatus.Active),
                await db.Cohorts.CountAsync(c => c.Status == CohortStatus.Planned),
                await db.Enrolments.CountAsync(e => e.Status == EnrolmentStatus.Enrolled));
        }
        return View(new HomeViewModel($"Welcome, {scope.DisplayName}", scope.Role ?? "", cohorts, network));
    }

    [AllowAnonymous]
    public IActionResult Error() => View("Status", 500);

    [AllowAnonymous]
    [Route("/Home/Status/{code:int}")]
    public IActionResult Status(int code) => View("Status", code);
}
