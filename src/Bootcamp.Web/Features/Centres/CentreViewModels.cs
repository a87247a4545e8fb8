using Bootcamp.Domain.Centres;
using Bootcamp.Domain.Cohorts;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Bootcamp.Web.Features.Centres;

public sealed record CentreRow(int Id, string Name, string City, string CountryCode, string TimeZoneId, string? Operator, int Rooms, int Cohorts);

public sealed record RoomRow(int Id, string Name, int Capacity);

public sealed record HolidayRow(int Id, string Name, DateOnly FirstDay, DateOnly LastDay, HolidayKind Kind)
{
    public string Dates => FirstDay == LastDay
        ? FirstDay.ToString("ddd d MMM yyyy")
        : $"{FirstDay:ddd d MMM yyyy} – {LastDay:ddd d MMM yyyy}";
}

public sealed record CentreCohortRow(int Id, string Code, string Programme, CohortStatus Status, DateOnly StartDate, DateOnly? EndDate);

public sealed record CentreDetails(
    int Id, string Name, string City, string CountryCode, string TimeZoneId, string? Operator,
    IReadOnlyList<RoomRow> Rooms, IReadOnlyList<HolidayRow> Holidays, IReadOnlyList<CentreCohortRow> Cohorts,
    DateOnly Today);

public sealed record CentreDetailsViewModel(CentreDetails Centre, RoomForm Room, HolidayForm Holiday, bool CanEdit);

public sealed record CentreFormViewModel(int? Id, string? CurrentName, CentreForm Form, IReadOnlyList<SelectListItem> TimeZones, IReadOnlyList<SelectListItem> Partners);

public static class TimeZones
{
    private static readonly Lazy<IReadOnlyList<string>> All = new(Load);

    /// <summary>IANA ids of the zones this machine knows, so a saved id always converts; Windows ids are mapped to IANA.</summary>
    public static IReadOnlyList<string> Ids => All.Value;

    private static IReadOnlyList<string> Load() =>
        [.. TimeZoneInfo.GetSystemTimeZones()
            .Select(z => z.HasIanaId ? z.Id : TimeZoneInfo.TryConvertWindowsIdToIanaId(z.Id, out var iana) ? iana : null)
            .OfType<string>()
            .Where(id => id.Contains('/') && !id.StartsWith("Etc/", StringComparison.Ordinal))
            .Distinct()
            .Order(StringComparer.Ordinal)];
}

/// <summary>
/// The holiday import page: the form, the regions the library knows for the form's country, and after a preview each
/// proposed day, new or already kept by the centre. <see cref="Unsupported"/> names a country the library has no calendar for.
/// </summary>
public sealed record HolidayImportViewModel(
    int CentreId,
    string CentreName,
    HolidayImportForm Form,
    IReadOnlyList<HolidayRegion> Regions,
    IReadOnlyList<ImportedHoliday>? Preview,
    string? Unsupported);
