using Bootcamp.Domain.Common;
using Bootcamp.Domain.Partners;
using Bootcamp.Web.Data;
using Bootcamp.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Partners;

[Authorize(Roles = Roles.Admin)]
public sealed class PartnersController(BootcampDb db) : Controller
{
    private const string FormPrefix = nameof(PartnerFormViewModel.Form);

    public async Task<IActionResult> Index() => View(await RowsAsync(null));

    [HttpGet]
    public IActionResult Create() => View("Edit", new PartnerFormViewModel(null, null, new PartnerForm(), null));

    [HttpPost]
    public async Task<IActionResult> Create([Bind(Prefix = FormPrefix)] PartnerForm form)
    {
        await CheckNameAsync(form, null);
        if (ModelState.IsValid)
        {
            try
            {
                var partner = new Partner(form.Name, form.NormalizedCountryCode, form.ContactEmail);
                db.Partners.Add(partner);
                await db.SaveChangesAsync();
                TempData["Flash"] = $"Partner {partner.Name} created.";
                return RedirectToAction(nameof(Index));
            }
            catch (DomainException ex)
            {
                ModelState.AddModelError($"{FormPrefix}.{ex.Field}", ex.Message);
            }
        }
        return View("Edit", new PartnerFormViewModel(null, null, form, null));
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id)
    {
        var links = (await RowsAsync(id)).SingleOrDefault();
        if (links is null)
            return NotFound();
        var form = new PartnerForm { Name = links.Name, CountryCode = links.CountryCode, ContactEmail = links.ContactEmail };
        return View(new PartnerFormViewModel(id, links.Name, form, links));
    }

    [HttpPost]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = FormPrefix)] PartnerForm form)
    {
        var partner = await db.Partners.SingleOrDefaultAsync(p => p.Id == id);
        if (partner is null)
            return NotFound();
        await CheckNameAsync(form, id);
        if (ModelState.IsValid)
        {
            try
            {
                partner.Update(form.Name, form.NormalizedCountryCode, form.ContactEmail);
                await db.SaveChangesAsync();
                TempData["Flash"] = $"Partner {partner.Name} saved.";
                return RedirectToAction(nameof(Index));
            }
            catch (DomainException ex)
            {
                ModelState.AddModelError($"{FormPrefix}.{ex.Field}", ex.Message);
            }
        }
        var links = (await RowsAsync(id)).Single();
        return View(new PartnerFormViewModel(id, partner.Name, form, links));
    }

    private async Task CheckNameAsync(PartnerForm form, int? id)
    {
        if (!string.IsNullOrWhiteSpace(form.Name) && await db.Partners.AnyAsync(p => p.Name == form.Name.Trim() && p.Id != id))
            ModelState.AddModelError($"{FormPrefix}.{nameof(form.Name)}", $"Another partner is already called {form.Name.Trim()}.");
    }

    /// <summary>Partners with their links, read as three flat queries because SQLite cannot run correlated collection subqueries (APPLY).</summary>
    private async Task<List<PartnerRow>> RowsAsync(int? id)
    {
        var partners = await db.Partners.AsNoTracking()
            .Where(p => id == null || p.Id == id)
            .OrderBy(p => p.Name)
            .Select(p => new { p.Id, p.Name, p.CountryCode, p.ContactEmail })
            .ToListAsync();
        var runs = (await db.Centres.AsNoTracking()
                .Where(c => c.OperatorPartnerId != null && (id == null || c.OperatorPartnerId == id))
                .OrderBy(c => c.Name)
                .Select(c => new { PartnerId = c.OperatorPartnerId!.Value, Centre = new PartnerCentre(c.Id, c.Name) })
                .ToListAsync())
            .ToLookup(x => x.PartnerId, x => x.Centre);
        var sponsors = (await db.CohortSponsors.AsNoTracking()
                .Where(s => id == null || s.PartnerId == id)
                .Join(db.Cohorts, s => s.CohortId, k => k.Id, (s, k) => new { s.PartnerId, k.Id, k.Code })
                .OrderBy(x => x.Code)
                .ToListAsync())
            .ToLookup(x => x.PartnerId, x => new PartnerCohort(x.Id, x.Code));
        return [.. partners.Select(p => new PartnerRow(p.Id, p.Name, p.CountryCode, p.ContactEmail, [.. runs[p.Id]], [.. sponsors[p.Id]]))];
    }
}
