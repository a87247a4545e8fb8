using Bootcamp.Domain.Centres;
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

    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var rows = await scope.Centres().AsNoTracking()
            .OrderBy(c => c.Name)
            .Select(c => new CentreRow(
                c.Id, c.Name, c.City, c.CountryCode, c.TimeZoneId,
                db.Partners.Where(p => p.Id == c.OperatorPartnerId).Select(p => p.Name).FirstOrDefault(),
                c.Rooms.Count,
                scope.Cohorts().Count(k => k.CentreId == c.Id)))
            .ToListAsync(cancellationToken);
        return View(rows);
    }

    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var centre = await LoadDetailsAsync(id, cancellationToken);
        return centre is null ? NotFound() : View(new CentreDetailsViewModel(centre, new RoomForm(), new HolidayForm(), scope.IsAdmin));
    }

    [HttpGet]
    [Authorize(Roles = Roles.Admin)]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View("Edit", await FormViewModelAsync(null, null, new CentreForm(), cancellationToken));

    [HttpPost]
    [Authorize(Roles = Roles.Admin)]
    public async Task<IActionResult> Create([Bind(Prefix = FormPrefix)] CentreForm form, CancellationToken cancellationToken)
    {
        await CheckCentreFormAsync(form, null, cancellationToken);
        TrainingCentre? centre = null;
        if (ModelState.IsValid && ModelState.TryApply(
                () => centre = new TrainingCentre(form.Name, form.City, form.NormalizedCountryCode, form.TimeZoneId, form.OperatorPartnerId), FormPrefix))
        {
            db.Add(centre!);
            await db.SaveChangesAsync(cancellationToken);
            TempData["Flash"] = $"Centre {centre!.Name} created. Add its rooms and holidays next.";
            return RedirectToAction(nameof(Details), new { id = centre.Id });
        }
        return View("Edit", await FormViewModelAsync(null, null, form, cancellationToken));
    }

    [HttpGet]
    [Authorize(Roles = Roles.Admin)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var form = await scope.Centres().AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new CentreForm { Name = c.Name, City = c.City, CountryCode = c.CountryCode, TimeZoneId = c.TimeZoneId, OperatorPartnerId = c.OperatorPartnerId })
            .SingleOrDefaultAsync(cancellationToken);
        return form is null ? NotFound() : View(await FormViewModelAsync(id, form.Name, form, cancellationToken));
    }

    [HttpPost]
    [Authorize(Roles = Roles.Admin)]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = FormPrefix)] CentreForm form, CancellationToken cancellationToken)
    {
        var centre = await scope.Centres().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (centre is null)
            return NotFound();
        await CheckCentreFormAsync(form, id, cancellationToken);
        if (ModelState.IsValid && ModelState.TryApply(
                () => centre.Update(form.Name, form.City, form.NormalizedCountryCode, form.TimeZoneId, form.OperatorPartnerId), FormPrefix))
        {
            await db.SaveChangesAsync(cancellationToken);
            TempData["Flash"] = $"Centre {centre.Name} saved.";
            return RedirectToAction(nameof(Details), new { id });
        }
        return View(await FormViewModelAsync(id, centre.Name, form, cancellationToken));
    }

    [HttpPost]
    public async Task<IActionResult> AddRoom(int id, [Bind(Prefix = RoomPrefix)] RoomForm room, CancellationToken cancellationToken)
    {
        var centre = await ManagedCentreAsync(id, c => c.Include(x => x.Rooms), cancellationToken);
        if (centre is null)
            return NotFound();
        if (ModelState.IsValid && ModelState.TryApply(() => centre.AddRoom(room.Name, room.Capacity), RoomPrefix, RoomForm.FieldFor))
        {
            await db.SaveChangesAsync(cancellationToken);
            TempData["Flash"] = $"Room {room.Name.Trim()} added.";
            return Redirect(Url.Action(nameof(Details), new { id }) + "#rooms-heading");
        }
        return await DetailsWithErrorsAsync(id, room, new HolidayForm(), cancellationToken);
    }

    [HttpPost]
    public async Task<IActionResult> AddHoliday(int id, [Bind(Prefix = HolidayPrefix)] HolidayForm holiday, CancellationToken cancellationToken)
    {
        var centre = await ManagedCentreAsync(id, c => c, cancellationToken);
        if (centre is null)
            return NotFound();
        if (ModelState.IsValid && ModelState.TryApply(
                () => centre.AddHoliday(holiday.Name, holiday.FirstDay!.Value, holiday.LastOrFirstDay(), holiday.Kind), HolidayPrefix, HolidayForm.FieldFor))
        {
            await db.SaveChangesAsync(cancellationToken);
            TempData["Flash"] = $"{holiday.Name.Trim()} added.";
            return Redirect(Url.Action(nameof(Details), new { id }) + "#holidays-heading");
        }
        return await DetailsWithErrorsAsync(id, new RoomForm(), holiday, cancellationToken);
    }

    [HttpPost]
    public async Task<IActionResult> RemoveHoliday(int id, int holidayId, CancellationToken cancellationToken)
    {
        var centre = await ManagedCentreAsync(id, c => c.Include(x => x.Holidays.Where(h => h.Id == holidayId)), cancellationToken);
        if (centre is null || centre.Holidays.Count == 0)
            return NotFound();
        var name = centre.Holidays[0].Name;
        centre.RemoveHoliday(holidayId);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Flash"] = $"{name} removed.";
        return Redirect(Url.Action(nameof(Details), new { id }) + "#holidays-heading");
    }

    /// <summary>The holiday import form, for the centre's country and next year (the year staff plan for).</summary>
    [HttpGet]
    public async Task<IActionResult> ImportHolidays(int id, CancellationToken cancellationToken)
    {
        var centre = await ManagedCentreAsync(id, c => c.AsNoTracking(), cancellationToken);
        if (centre is null)
            return NotFound();
        var form = new HolidayImportForm { Country = centre.CountryCode, Year = clock.Today(centre.TimeZoneId).Year + 1 };
        return View(ImportPage(centre, form, null));
    }

    /// <summary>
    /// Previews a country's (or region's) public holidays for a year from the holiday library next to those the centre
    /// keeps, then adds the ticked new ones in one save. Days the centre already covers are never added again.
    /// </summary>
    [HttpPost]
    public async Task<IActionResult> ImportHolidays(int id, [Bind(Prefix = FormPrefix)] HolidayImportForm form, string? command, CancellationToken cancellationToken)
    {
        var centre = await ManagedCentreAsync(id, c => c.Include(x => x.Holidays), cancellationToken);
        if (centre is null)
            return NotFound();
        if (ModelState.IsValid && !HolidayCalendars.Supports(form.CountryCode))
            ModelState.AddModelError($"{FormPrefix}.{nameof(form.Country)}", UnsupportedMessage(form.CountryCode));
        else if (ModelState.IsValid && form.RegionCode is { } region && HolidayCalendars.RegionName(form.CountryCode, region) is null)
            ModelState.AddModelError($"{FormPrefix}.{nameof(form.Region)}", $"Choose one of the regions listed for {form.CountryCode}, or none for the national holidays.");
        if (!ModelState.IsValid)
            return View(ImportPage(centre, form, null));

        var kept = centre.Holidays.Select(h => new KeptHoliday(h.FirstDay, h.LastDay, h.Name)).ToList();
        var compared = HolidayImport.Compare(HolidayCalendars.For(form.CountryCode, form.RegionCode, form.Year!.Value)!, kept);
        if (command != "import")
        {
            ModelState.Remove($"{FormPrefix}.{nameof(form.Dates)}");
            form.Dates = [.. compared.Where(h => h.IsNew).Select(h => h.Date)];
            return View(ImportPage(centre, form, compared));
        }
        var toAdd = HolidayImport.ToAdd(compared, form.Dates);
        if (toAdd.Count == 0)
        {
            ModelState.AddModelError("", "Tick at least one new holiday to import; nothing was added.");
            return View(ImportPage(centre, form, compared));
        }
        foreach (var holiday in toAdd)
            centre.AddHoliday(holiday.Name, holiday.Date, holiday.Date, HolidayKind.PublicHoliday);
        await db.SaveChangesAsync(cancellationToken);
        var alreadyKept = compared.Count(h => !h.IsNew);
        TempData["Flash"] = $"Imported {toAdd.Count} public holidays for {form.Year} ({Place(form)})"
            + (alreadyKept > 0 ? $"; {alreadyKept} days were already kept by the centre and stay as they were." : ".")
            + " Remove or add any below.";
        return Redirect(Url.Action(nameof(Details), new { id }) + "#holidays-heading");
    }

    private HolidayImportViewModel ImportPage(TrainingCentre centre, HolidayImportForm form, IReadOnlyList<ImportedHoliday>? preview) =>
        new(centre.Id, centre.Name, form, HolidayCalendars.RegionsOf(form.CountryCode), preview,
            HolidayCalendars.Supports(form.CountryCode) ? null : UnsupportedMessage(form.CountryCode));

    private static string UnsupportedMessage(string countryCode) =>
        $"The holiday library has no calendar for {(countryCode.Length == 0 ? "that country" : countryCode)}: add the centre's holidays by hand on the centre's page.";

    private static string Place(HolidayImportForm form) =>
        HolidayCalendars.RegionName(form.CountryCode, form.RegionCode) is { } region ? $"{form.CountryCode}, {region}" : form.CountryCode;

    /// <summary>A centre the user may change, tracked for an update; null (404) when it is out of scope.</summary>
    private async Task<TrainingCentre?> ManagedCentreAsync(int id, Func<IQueryable<TrainingCentre>, IQueryable<TrainingCentre>> include,
        CancellationToken cancellationToken)
    {
        if (!scope.CanManageCentre(id))
            return null;
        return await include(scope.Centres()).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
    }

    private async Task<IActionResult> DetailsWithErrorsAsync(int id, RoomForm room, HolidayForm holiday, CancellationToken cancellationToken)
    {
        var details = await LoadDetailsAsync(id, cancellationToken);
        return details is null ? NotFound() : View(nameof(Details), new CentreDetailsViewModel(details, room, holiday, scope.IsAdmin));
    }

    private async Task<CentreDetails?> LoadDetailsAsync(int id, CancellationToken cancellationToken)
    {
        var centre = await scope.Centres().AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new
            {
                c.Id, c.Name, c.City, c.CountryCode, c.TimeZoneId,
                Operator = db.Partners.Where(p => p.Id == c.OperatorPartnerId).Select(p => p.Name).FirstOrDefault(),
                Rooms = c.Rooms.OrderBy(r => r.Name).Select(r => new RoomRow(r.Id, r.Name, r.Capacity)).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (centre is null)
            return null;
        var today = clock.Today(centre.TimeZoneId);
        // Every upcoming holiday, however far ahead, so that a mistyped one can always be seen and removed.
        var holidays = await scope.Holidays().AsNoTracking()
            .Where(h => h.CentreId == id && h.LastDay >= today)
            .OrderBy(h => h.FirstDay)
            .Select(h => new HolidayRow(h.Id, h.Name, h.FirstDay, h.LastDay, h.Kind))
            .ToListAsync(cancellationToken);
        var cohorts = await scope.Cohorts().AsNoTracking()
            .Where(k => k.CentreId == id)
            .OrderByDescending(k => k.StartDate)
            .Select(k => new CentreCohortRow(
                k.Id, k.Code, db.Programmes.Where(p => p.Id == k.ProgrammeId).Select(p => p.Name).First(),
                k.Status, k.StartDate, k.EndDate))
            .ToListAsync(cancellationToken);
        return new CentreDetails(centre.Id, centre.Name, centre.City, centre.CountryCode, centre.TimeZoneId, centre.Operator,
            centre.Rooms, holidays, cohorts, today);
    }

    private async Task CheckCentreFormAsync(CentreForm form, int? id, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(form.Name) && await scope.Centres().AnyAsync(c => c.Name == form.Name.Trim() && c.Id != id, cancellationToken))
            ModelState.AddModelError($"{FormPrefix}.{nameof(form.Name)}", $"Another centre is already called {form.Name.Trim()}.");
        if (!string.IsNullOrEmpty(form.TimeZoneId) && !TimeZones.Ids.Contains(form.TimeZoneId))
            ModelState.AddModelError($"{FormPrefix}.{nameof(form.TimeZoneId)}", "Choose a time zone from the list.");
        if (form.OperatorPartnerId is { } partnerId && !await db.Partners.AnyAsync(p => p.Id == partnerId, cancellationToken))
            ModelState.AddModelError($"{FormPrefix}.{nameof(form.OperatorPartnerId)}", "Choose a partner from the list.");
    }

    private async Task<CentreFormViewModel> FormViewModelAsync(int? id, string? currentName, CentreForm form, CancellationToken cancellationToken)
    {
        var zones = TimeZones.Ids.Select(z => new SelectListItem(z.Replace('_', ' '), z, z == form.TimeZoneId)).ToList();
        var partners = await db.Partners.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new SelectListItem(p.Name, p.Id.ToString(), p.Id == form.OperatorPartnerId))
            .ToListAsync(cancellationToken);
        return new CentreFormViewModel(id, currentName, form, zones, partners);
    }
}
