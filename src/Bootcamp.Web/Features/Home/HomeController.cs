using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Learners;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Cohorts;
using Bootcamp.Web.Features.Dashboard;
using Bootcamp.Web.Infrastructure.Time;
using Bootcamp.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Home;

public sealed class HomeController(BootcampDb db, UserScope scope, CentreClock clock) : Controller
{
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        // A partner's home is the dashboard of their cohorts (issue 11).
        if (scope.IsPartner)
            return View(DashboardController.ViewPath, await new DashboardQuery(db, scope, clock).ViewModelAsync(new DashboardFilter(), ModelState, cancellationToken));
        var cohorts = await scope.Cohorts().AsNoTracking()
            .OrderBy(c => c.Status == CohortStatus.Active ? 0 : c.Status == CohortStatus.Planned ? 1 : 2)
            .ThenBy(c => c.StartDate)
            .SelectRows(scope, db.Programmes)
            .Take(scope.IsAdmin ? 12 : 200)
            .ToListAsync(cancellationToken);
        NetworkFigures? network = null;
        if (scope.IsAdmin)
        {
            network = new NetworkFigures(
                await scope.Centres().CountAsync(cancellationToken),
                await db.Programmes.CountAsync(cancellationToken),
                await db.Partners.CountAsync(cancellationToken),
                await scope.Cohorts().CountAsync(c => c.Status == CohortStatus.Active, cancellationToken),
                await scope.Cohorts().CountAsync(c => c.Status == CohortStatus.Planned, cancellationToken),
                await scope.Enrolments().CountAsync(e => e.Status == EnrolmentStatus.Enrolled, cancellationToken));
        }
        ActiveCohortsGlance? glance = null;
        if (scope.IsStaff)
        {
            var active = await new DashboardQuery(db, scope, clock).ViewModelAsync(new DashboardFilter { Status = nameof(CohortStatus.Active) }, ModelState, cancellationToken);
            glance = new ActiveCohortsGlance(active.Rows);
        }
        return View(new HomeViewModel($"Welcome, {scope.DisplayName}", scope.Role ?? "", cohorts, network, glance));
    }

    [AllowAnonymous]
    public IActionResult Error() => View("Status", 500);

    [AllowAnonymous]
    [Route("/Home/Status/{code:int}")]
    public IActionResult Status(int code) => View("Status", code);
}
