using Bootcamp.Domain.Centres;
using Bootcamp.Domain.Common;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Shared;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Centres;

/// <summary>Admins see every centre; staff see and manage their own centres; other roles may not use these pages.</summary>
[Authorize(Roles = Roles.AdminOrStaff)]
public sealed class CentresController(BootcampDb db, UserScope scope, CentreClock clock) : Controller
{
    private const string FormPrefix = nameof(CentreFormViewModel.Form);
    private const string RoomPrefix = nameof(CentreDetailsViewModel.Room);
    private const string HolidayPrefix = nameof(CentreDetailsViewModel.Holiday);

    public async Task<IActionResult> Index()
    {
        var rows = await scope.Centres().AsNoTracking()
            .OrderBy(c => c.Name)
            .Select(c => new CentreRow(
                c.Id, c.Name, c.City, c.CountryCode, c.TimeZoneId,
                db.Partners.Where(p => p.Id == c.OperatorPartnerId).Select(p => p.Name).FirstOrDefault(),
                c.Rooms.Count,
                db.Cohorts.Count(k => k.CentreId == c.Id)))
            .ToListAsync();
        return View(rows);
    }

    public async Task<IActionResult> Details(int id)
    {
        var centre = await LoadDetailsAsync(id);
        return centre is null ? NotFound() : View(new CentreDetailsViewModel(centre, new RoomForm(), new HolidayForm(), scope.IsAdmin));
    }

    [HttpGet]
    [Authorize(Roles = Roles.Admin)]
    public async Task<IActionResult> Create() => View("Edit", await FormViewModelAsync(null, null, new CentreForm()));

    [HttpPost]
    [Authorize(Roles = Roles.Admin)]
    public async Task<IActionResult> Create([Bind(Prefix = FormPrefix)] CentreForm form)
    {
        await CheckCentreFormAsync(form, null);
        if (ModelState.IsValid)
        {
            try
            {
                var centre = new TrainingCentre(form.Name, form.City, form.NormalizedCountryCode, form.TimeZoneId, form.OperatorPartnerId);
                db.Centres.Add(centre);
                await db.SaveChangesAsync();
                TempData["Flash"] = $"Centre {centre.Name} created. Add its rooms and holidays next.";
                return RedirectToAction(nameof(Details), new { id = centre.Id });
            }
            catch (DomainException ex)
            {
                ModelState.AddModelError($"{FormPrefix}.{ex.Field}", ex.Message);
            }
        }
        return View("Edit", await FormViewModelAsync(null, null, form));
    }

    [HttpGet]
    [Authorize(Roles = Roles.Admin)]
    public async Task<IActionResult> Edit(int id)
    {
        var form = await db.Centres.AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new CentreForm { Name = c.Name, City = c.City, CountryCode = c.CountryCode, TimeZoneId = c.TimeZoneId, OperatorPartnerId = c.OperatorPartnerId })
            .SingleOrDefaultAsync();
        return form is null ? NotFound() : View(await FormViewModelAsync(id, form.Name, form));
    }

    [HttpPost]
    [Authorize(Roles = Roles.Admin)]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = FormPrefix)] CentreForm form)
    {
        var centre = await db.Centres.SingleOrDefaultAsync(c => c.Id == id);
        if (centre is null)
            return NotFound();
        await CheckCentreFormAsync(form, id);
        if (ModelState.IsValid)
        {
            try
            {
                centre.Update(form.Name, form.City, form.NormalizedCountryCode, form.TimeZoneId, form.OperatorPartnerId);
                await db.SaveChangesAsync();
                TempData["Flash"] = $"Centre {centre.Name} saved.";
                return RedirectToAction(nameof(Details), new { id });
            }
            catch (DomainException ex)
            {
                ModelState.AddModelError($"{FormPrefix}.{ex.Field}", ex.Message);
            }
        }
        return View(await FormViewModelAsync(id, centre.Name, form));
    }

    [HttpPost]
    public async Task<IActionResult> AddRoom(int id, [Bind(Prefix = RoomPrefix)] RoomForm room)
    {
        var centre = await ManagedCentreAsync(id, c => c.Include(x => x.Rooms));
        if (centre is null)
            return NotFound();
        if (ModelState.IsValid && ModelState.TryApply(() => centre.AddRoom(room.Name, room.Capacity), RoomPrefix, RoomForm.FieldFor))
        {
            await db.SaveChangesAsync();
            TempData["Flash"] = $"Room {room.Name.Trim()} added.";
            return Redirect(Url.Action(nameof(Details), new { id }) + "#rooms-heading");
        }
        return await DetailsWithErrorsAsync(id, room, new HolidayForm());
    }

    [HttpPost]
    public async Task<IActionResult> AddHoliday(int id, [Bind(Prefix = HolidayPrefix)] HolidayForm holiday)
    {
        var centre = await ManagedCentreAsync(id, c => c);
        if (centre is null)
            return NotFound();
        if (ModelState.IsValid && ModelState.TryApply(
                () => centre.AddHoliday(holiday.Name, holiday.FirstDay!.Value, holiday.LastOrFirstDay, holiday.Kind), HolidayPrefix, HolidayForm.FieldFor))
        {
            await db.SaveChangesAsync();
            TempData["Flash"] = $"{holiday.Name.Trim()} added.";
            return Redirect(Url.Action(nameof(Details), new { id }) + "#holidays-heading");
        }
        return await DetailsWithErrorsAsync(id, new RoomForm(), holiday);
    }

    [HttpPost]
    public async Task<IActionResult> RemoveHoliday(int id, int holidayId)
    {
        var centre = await ManagedCentreAsync(id, c => c.Include(x => x.Holidays.Where(h => h.Id == holidayId)));
        if (centre is null || centre.Holidays.Count == 0)
            return NotFound();
        var name = centre.Holidays[0].Name;
        centre.RemoveHoliday(holidayId);
        await db.SaveChangesAsync();
        TempData["Flash"] = $"{name} removed.";
        return Redirect(Url.Action(nameof(Details), new { id }) + "#holidays-heading");
    }

    /// <summary>A centre the user may change, tracked for an update; null (404) when it is out of scope.</summary>
    private async Task<TrainingCentre?> ManagedCentreAsync(int id, Func<IQueryable<TrainingCentre>, IQueryable<TrainingCentre>> include)
    {
        if (!scope.CanManageCentre(id))
            return null;
        return await include(scope.Centres()).SingleOrDefaultAsync(c => c.Id == id);
    }

    private async Task<IActionResult> DetailsWithErrorsAsync(int id, RoomForm room, HolidayForm holiday)
    {
        var details = await LoadDetailsAsync(id);
        return details is null ? NotFound() : View(nameof(Details), new CentreDetailsViewModel(details, room, holiday, scope.IsAdmin));
    }

    private async Task<CentreDetails?> LoadDetailsAsync(int id)
    {
        var centre = await scope.Centres().AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new
            {
                c.Id, c.Name, c.City, c.CountryCode, c.TimeZoneId,
                Operator = db.Partners.Where(p => p.Id == c.OperatorPartnerId).Select(p => p.Name).FirstOrDefault(),
                Rooms = c.Rooms.OrderBy(r => r.Name).Select(r => new RoomRow(r.Id, r.Name, r.Capacity)).ToList(),
            })
            .SingleOrDefaultAsync();
        if (centre is null)
            return null;
        var today = clock.Today(centre.TimeZoneId);
        // Every upcoming holiday, however far ahead, so that a mistyped one can always be seen and removed.
        var holidays = await scope.Holidays().AsNoTracking()
            .Where(h => h.CentreId == id && h.LastDay >= today)
            .OrderBy(h => h.FirstDay)
            .Select(h => new HolidayRow(h.Id, h.Name, h.FirstDay, h.LastDay, h.Kind))
            .ToListAsync();
        var cohorts = await scope.Cohorts().AsNoTracking()
            .Where(k => k.CentreId == id)
            .OrderByDescending(k => k.StartDate)
            .Select(k => new CentreCohortRow(
                k.Id, k.Code, db.Programmes.Where(p => p.Id == k.ProgrammeId).Select(p => p.Name).First(),
                k.Status, k.StartDate, k.EndDate))
            .ToListAsync();
        return new CentreDetails(centre.Id, centre.Name, centre.City, centre.CountryCode, centre.TimeZoneId, centre.Operator,
            centre.Rooms, holidays, cohorts, today);
    }

    private async Task CheckCentreFormAsync(CentreForm form, int? id)
    {
        if (!string.IsNullOrWhiteSpace(form.Name) && await db.Centres.AnyAsync(c => c.Name == form.Name.Trim() && c.Id != id))
            ModelState.AddModelError($"{FormPrefix}.{nameof(form.Name)}", $"Another centre is already called {form.Name.Trim()}.");
        if (!string.IsNullOrEmpty(form.TimeZoneId) && !TimeZones.Ids.Contains(form.TimeZoneId))
            ModelState.AddModelError($"{FormPrefix}.{nameof(form.TimeZoneId)}", "Choose a time zone from the list.");
        if (form.OperatorPartnerId is { } partnerId && !await db.Partners.AnyAsync(p => p.Id == partnerId))
            ModelState.AddModelError($"{FormPrefix}.{nameof(form.OperatorPartnerId)}", "Choose a partner from the list.");
    }

    private async Task<CentreFormViewModel> FormViewModelAsync(int? id, string? currentName, CentreForm form)
    {
        var zones = TimeZones.Ids.Select(z => new SelectListItem(z.Replace('_', ' '), z, z == form.TimeZoneId)).ToList();
        var partners = await db.Partners.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new SelectListItem(p.Name, p.Id.ToString(), p.Id == form.OperatorPartnerId))
            .ToListAsync();
        return new CentreFormViewModel(id, currentName, form, zones, partners);
    }
}
