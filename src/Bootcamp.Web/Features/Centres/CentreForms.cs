using System.ComponentModel.DataAnnotations;
using Bootcamp.Domain.Centres;
using Bootcamp.Domain.Common;
using Bootcamp.Web.Features.Shared;

namespace Bootcamp.Web.Features.Centres;

public sealed class CentreForm
{
    [Required(ErrorMessage = "Enter the centre's name.")]
    [StringLength(200, ErrorMessage = "The name is at most 200 characters.")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Enter the city.")]
    [StringLength(100, ErrorMessage = "The city is at most 100 characters.")]
    public string City { get; set; } = "";

    [Display(Name = "Country code")]
    [Required(ErrorMessage = "Enter the two-letter ISO country code, for example DE.")]
    [RegularExpression("^[A-Za-z]{2}$", ErrorMessage = "Use the two-letter ISO country code, for example DE.")]
    public string CountryCode { get; set; } = "";

    [Display(Name = "Time zone")]
    [Required(ErrorMessage = "Choose the centre's time zone.")]
    public string TimeZoneId { get; set; } = "";

    [Display(Name = "Operating partner")]
    public int? OperatorPartnerId { get; set; }

    public string NormalizedCountryCode => CountryCode.Trim().ToUpperInvariant();
}

public sealed class RoomForm
{
    [Required(ErrorMessage = "Enter the room's name.")]
    [StringLength(100, ErrorMessage = "The room name is at most 100 characters.")]
    public string Name { get; set; } = "";

    [Range(1, 500, ErrorMessage = "A room holds 1 to 500 people.")]
    public int Capacity { get; set; } = 20;

    public static string FieldFor(string domainField) => domainField switch
    {
        "RoomCapacity" => nameof(Capacity),
        _ => nameof(Name),
    };
}

/// <summary>A single day (no last day) or a range of days on which the centre is closed.</summary>
public sealed class HolidayForm : IValidatableObject
{
    [Required(ErrorMessage = "Enter a name, for example Christmas Day.")]
    [StringLength(200, ErrorMessage = "The name is at most 200 characters.")]
    public string Name { get; set; } = "";

    [Display(Name = "First day")]
    [Required(ErrorMessage = "Enter the first day.")]
    [InCalendarRange("The first day")]
    public DateOnly? FirstDay { get; set; }

    [Display(Name = "Last day")]
    [InCalendarRange("The last day")]
    public DateOnly? LastDay { get; set; }

    public HolidayKind Kind { get; set; } = HolidayKind.PublicHoliday;

    /// <summary>A method, not a property: model validation reads every property, and this one needs a first day.</summary>
    public DateOnly LastOrFirstDay() => LastDay ?? FirstDay!.Value;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (FirstDay is { } first && LastDay is { } last)
        {
            if (last < first)
                yield return new ValidationResult("The last day cannot be before the first day.", [nameof(LastDay)]);
            else if (last.DayNumber - first.DayNumber > 366)
                yield return new ValidationResult("A closure is at most a year long.", [nameof(LastDay)]);
        }
    }

    public static string FieldFor(string domainField) => domainField switch
    {
        "HolidayFirstDay" => nameof(FirstDay),
        "HolidayLastDay" => nameof(LastDay),
        _ => nameof(Name),
    };
}

/// <summary>Public holidays to import from the holiday library: a country (and region) and a year, then the days chosen from the preview.</summary>
public sealed class HolidayImportForm
{
    [Required(ErrorMessage = "Give the two-letter ISO country code, for example DE.")]
    [StringLength(2, MinimumLength = 2, ErrorMessage = "Give the two-letter ISO country code, for example DE.")]
    [Display(Name = "Country (ISO code)")]
    public string Country { get; set; } = "";

    [Display(Name = "Region")]
    public string Region { get; set; } = "";

    [Required(ErrorMessage = "Give the year.")]
    [Range(CalendarRange.FirstYear, CalendarRange.LastYear, ErrorMessage = "Choose a year between 2000 and 2100.")]
    [Display(Name = "Year")]
    public int? Year { get; set; }

    /// <summary>The previewed days ticked for import.</summary>
    public List<DateOnly> Dates { get; set; } = [];

    public string CountryCode => Country.Trim().ToUpperInvariant();

    public string? RegionCode => string.IsNullOrWhiteSpace(Region) ? null : Region.Trim();
}
