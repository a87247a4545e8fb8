using Bootcamp.Domain.Partners;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Shared;
using Bootcamp.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Partners;

[Authorize(Roles = Roles.Admin)]
public sealed class PartnersController(BootcampDb db, UserScope scope) : Controller
{
    private const string FormPrefix = nameof(PartnerFormViewModel.Form);

    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await RowsAsync(null, cancellationToken));

    [HttpGet]
    public IActionResult Create() => View("Edit", new PartnerFormViewModel(null, null, new PartnerForm(), null));

    [HttpPost]
    public async Task<IActionResult> Create([Bind(Prefix = FormPrefix)] PartnerForm form, CancellationToken cancellationToken)
    {
        await CheckNameAsync(form, null, cancellationToken);
        Partner? partner = null;
        if (ModelState.IsValid && ModelState.TryApply(() => partner = new Partner(form.Name, form.NormalizedCountryCode, form.ContactEmail), FormPrefix))
        {
            db.Partners.Add(partner!);
            await db.SaveChangesAsync(cancellationToken);
            TempData["Flash"] = $"Partner {partner!.Name} created.";
            return RedirectToAction(nameof(Index));
        }
        return View("Edit", new PartnerFormViewModel(null, null, form, null));
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var links = (await RowsAsync(id, cancellationToken)).SingleOrDefault();
        if (links is null)
            return NotFound();
        var form = new PartnerForm { Name = links.Name, CountryCode = links.CountryCode, ContactEmail = links.ContactEmail };
        return View(new PartnerFormViewModel(id, links.Name, form, links));
    }

    [HttpPost]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = FormPrefix)] PartnerForm form, CancellationToken cancellationToken)
    {
        var partner = await db.Partners.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (partner is null)
            return NotFound();
        await CheckNameAsync(form, id, cancellationToken);
        if (ModelState.IsValid && ModelState.TryApply(() => partner.Update(form.Name, form.NormalizedCountryCode, form.ContactEmail), FormPrefix))
        {
            await db.SaveChangesAsync(cancellationToken);
            TempData["Flash"] = $"Partner {partner.Name} saved.";
            return RedirectToAction(nameof(Index));
        }
        var links = (await RowsAsync(id, cancellationToken)).Single();
        return View(new PartnerFormViewModel(id, partner.Name, form, links));
    }

    private async Task CheckNameAsync(PartnerForm form, int? id, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(form.Name) && await db.Partners.AnyAsync(p => p.Name == form.Name.Trim() && p.Id != id, cancellationToken))
            ModelState.AddModelError($"{FormPrefix}.{nameof(form.Name)}", $"Another partner is already called {form.Name.Trim()}.");
    }

    /// <summary>Partners with their links, read as three flat queries because SQLite cannot run correlated collection subqueries (APPLY).</summary>
    private async Task<List<PartnerRow>> RowsAsync(int? id, CancellationToken cancellationToken)
    {
        var partners = await db.Partners.AsNoTracking()
            .Where(p => id == null || p.Id == id)
            .OrderBy(p => p.Name)
            .Select(p => new { p.Id, p.Name, p.CountryCode, p.ContactEmail })
            .ToListAsync(cancellationToken);
        var runs = (await scope.Centres().AsNoTracking()
                .Where(c => c.OperatorPartnerId != null && (id == null || c.OperatorPartnerId == id))
                .OrderBy(c => c.Name)
                .Select(c => new { PartnerId = c.OperatorPartnerId!.Value, Centre = new PartnerCentre(c.Id, c.Name) })
                .ToListAsync(cancellationToken))
            .ToLookup(x => x.PartnerId, x => x.Centre);
        var sponsors = (await scope.Cohorts().AsNoTracking()
                .SelectMany(k => k.Sponsors.Where(s => id == null || s.PartnerId == id), (k, s) => new { s.PartnerId, k.Id, k.Code })
                .OrderBy(x => x.Code)
                .ToListAsync(cancellationToken))
            .ToLookup(x => x.PartnerId, x => new PartnerCohort(x.Id, x.Code));
        return [.. partners.Select(p => new PartnerRow(p.Id, p.Name, p.CountryCode, p.ContactEmail, [.. runs[p.Id]], [.. sponsors[p.Id]]))];
    }
}
