using Bootcamp.Web.Data;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Bootcamp.Web.Features.Dashboard;

/// <summary>The partner's home (the home page shows it too) and the same view of their scope for centre staff and admins.</summary>
[Authorize(Roles = Roles.AdminOrStaff + "," + Roles.Partner)]
public sealed class DashboardController(BootcampDb db, UserScope scope, CentreClock clock) : Controller
{
    public const string ViewPath = "/Features/Dashboard/Index.cshtml";

    [HttpGet]
    public async Task<IActionResult> Index([FromQuery] DashboardFilter filter, CancellationToken cancellationToken) =>
        View(ViewPath, await new DashboardQuery(db, scope, clock).ViewModelAsync(filter, ModelState, cancellationToken));
}
