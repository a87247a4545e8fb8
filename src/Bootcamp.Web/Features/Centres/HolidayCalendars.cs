using Bootcamp.Domain.Centres;
using PublicHoliday;

namespace Bootcamp.Web.Features.Centres;

/// <summary>A part of a country with holidays of its own, as the holiday library knows it (for example DE-BE, Berlin).</summary>
public sealed record HolidayRegion(string Code, string Name);

/// <summary>
/// Public holidays from the PublicHoliday library (MIT), by ISO country code and, for the countries where the library
/// knows them, region. Checked against the seed's hand-kept lists for 2025-2028 (README, "Public holidays from a
/// library"): Berlin matches day for day; Portugal adds Carnival, which is not a statutory holiday, and lacks Lisbon's
/// municipal 13 June; Ontario adds the federal 30 September, lacks the Civic Holiday and keeps only the weekday off
/// when a holiday falls on a weekend. So an import is a preview that staff confirm and adjust, never a silent overwrite.
/// </summary>
public static class HolidayCalendars
{
    private static readonly Dictionary<string, (string Code, string Name)[]> Regions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["DE"] =
        [
            ("BW", "Baden-Württemberg"), ("BY", "Bayern"), ("BE", "Berlin"), ("BB", "Brandenburg"), ("HB", "Bremen"), ("HH", "Hamburg"),
            ("HE", "Hessen"), ("MV", "Mecklenburg-Vorpommern"), ("NI", "Niedersachsen"), ("NW", "Nordrhein-Westfalen"),
            ("RP", "Rheinland-Pfalz"), ("SL", "Saarland"), ("SN", "Sachsen"), ("ST", "Sachsen-Anhalt"), ("SH", "Schleswig-Holstein"),
            ("TH", "Thüringen"),
        ],
        ["CA"] =
        [
            ("AB", "Alberta"), ("BC", "British Columbia"), ("MB", "Manitoba"), ("NB", "New Brunswick"), ("NL", "Newfoundland and Labrador"),
            ("NS", "Nova Scotia"), ("NT", "Northwest Territories"), ("NU", "Nunavut"), ("ON", "Ontario"), ("PE", "Prince Edward Island"),
            ("QC", "Québec"), ("SK", "Saskatchewan"), ("YT", "Yukon"),
        ],
        ["GB"] = [("England", "England"), ("Wales", "Wales"), ("Scotland", "Scotland"), ("NorthernIreland", "Northern Ireland")],
        ["PT"] = [("Madeira", "Madeira"), ("Acores", "Açores")],
        ["AU"] =
        [
            ("ACT", "Australian Capital Territory"), ("NSW", "New South Wales"), ("NT", "Northern Territory"), ("QLD", "Queensland"),
            ("SA", "South Australia"), ("TAS", "Tasmania"), ("VIC", "Victoria"), ("WA", "Western Australia"),
        ],
    };

    /// <summary>Whether the library has a calendar for the country. Its enum also holds "PO", a wrong code for Poland, which is not offered.</summary>
    public static bool Supports(string? countryCode) =>
        countryCode is { Length: 2 } code && !code.Equals("PO", StringComparison.OrdinalIgnoreCase)
        && Enum.TryParse<PublicHolidayCountryCode>(code, ignoreCase: true, out _);

    public static IReadOnlyList<HolidayRegion> RegionsOf(string? countryCode) =>
        countryCode is not null && Regions.TryGetValue(countryCode, out var regions) ? [.. regions.Select(r => new HolidayRegion(r.Code, r.Name))] : [];

    public static string? RegionName(string? countryCode, string? regionCode) =>
        RegionsOf(countryCode).FirstOrDefault(r => r.Code == regionCode)?.Name;

    /// <summary>The country's (or region's) public holidays in a year, by date, in the library's names; null when the library has no such calendar.</summary>
    public static IReadOnlyList<HolidayCandidate>? For(string countryCode, string? regionCode, int year)
    {
        if (!Supports(countryCode) || (regionCode is not null && RegionName(countryCode, regionCode) is null))
            return null;
        var calendar = regionCode is null ? PublicHolidayFactory.GetPublicHolidayForCountry(countryCode.ToUpperInvariant()) : Regional(countryCode, regionCode);
        return [.. calendar.PublicHolidayNames(year).OrderBy(h => h.Key).Select(h => new HolidayCandidate(DateOnly.FromDateTime(h.Key), h.Value))];
    }

    private static IPublicHolidays Regional(string countryCode, string regionCode) => countryCode.ToUpperInvariant() switch
    {
        "DE" => new GermanPublicHoliday { State = Enum.Parse<GermanPublicHoliday.States>(regionCode) },
        "CA" => new CanadaPublicHoliday(regionCode),
        "GB" => new UKBankHoliday(Enum.Parse<UKBankHoliday.UkCountries>(regionCode)),
        "PT" => new PortugalPublicHoliday { Region = Enum.Parse<PortugalPublicHoliday.Regions>(regionCode) },
        _ => new AustraliaPublicHoliday { State = Enum.Parse<AustraliaPublicHoliday.States>(regionCode) },
    };
}
