using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Bootcamp.Domain.Subscriptions;

namespace Bootcamp.Web.Features.Subscriptions;

/// <summary>A subscription as the form posts it; every choice arrives as text, so a wrong value gets its own message.</summary>
public sealed class SubscriptionForm : IValidatableObject
{
    public const string All = "all", Chosen = "chosen";
    public const string Weekly = "weekly", Monthly = "monthly";
    public static readonly IReadOnlyList<string> Formats = ["xlsx", "pdf"];
    public static readonly IReadOnlyList<DayOfWeek> Weekdays =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    private static readonly string[] TimeFormats = ["HH:mm", "HH:mm:ss"];

    public string Cohorts { get; set; } = Chosen;
    public List<int> CohortIds { get; set; } = [];
    public string Format { get; set; } = "xlsx";
    public string Cadence { get; set; } = Weekly;
    public string Weekday { get; set; } = nameof(DayOfWeek.Monday);
    public string DayOfMonth { get; set; } = "1";
    public string Time { get; set; } = "07:00";
    public string TimeZoneId { get; set; } = "";

    public bool AllCohorts => Cohorts == All;

    public ReportFormat? ParsedFormat => Format switch
    {
        "xlsx" => ReportFormat.Xlsx,
        "pdf" => ReportFormat.Pdf,
        _ => null,
    };

    public DayOfWeek? ParsedWeekday => Weekdays.Select(d => (DayOfWeek?)d).FirstOrDefault(d => d.ToString() == Weekday);

    public int? ParsedDayOfMonth => int.TryParse(DayOfMonth.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var day) ? day : null;

    /// <summary>The time to the minute; a browser's time field may add seconds.</summary>
    public TimeOnly? ParsedTime =>
        TimeOnly.TryParseExact(Time.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? new TimeOnly(time.Hour, time.Minute) : null;

    /// <summary>The schedule, once <see cref="Validate"/> passed; a monthly day outside 1 to 28 is refused by the schedule itself.</summary>
    public DeliverySchedule ToSchedule() => Cadence == Weekly
        ? DeliverySchedule.Weekly(ParsedWeekday!.Value, ParsedTime!.Value)
        : DeliverySchedule.Monthly(ParsedDayOfMonth!.Value, ParsedTime!.Value);

    public static SubscriptionForm From(ReportSubscription s) => new()
    {
        Cohorts = s.AllCohorts ? All : Chosen,
        CohortIds = [.. s.Cohorts.Select(c => c.CohortId)],
        Format = s.Format == ReportFormat.Pdf ? "pdf" : "xlsx",
        Cadence = s.Cadence == Domain.Subscriptions.Cadence.Monthly ? Monthly : Weekly,
        Weekday = (s.Weekday ?? DayOfWeek.Monday).ToString(),
        DayOfMonth = (s.DayOfMonth ?? 1).ToString(CultureInfo.InvariantCulture),
        Time = s.At.ToString("HH:mm", CultureInfo.InvariantCulture),
        TimeZoneId = s.TimeZoneId,
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Cohorts is not (All or Chosen))
            yield return new("Choose the cohorts by name, or every cohort in your scope.", [nameof(Cohorts)]);
        else if (!AllCohorts && CohortIds.Count == 0)
            yield return new("Choose at least one cohort, or every cohort in your scope.", [nameof(CohortIds)]);
        if (ParsedFormat is null)
            yield return new("Choose a format the report is offered in: xlsx (Excel workbook) or pdf.", [nameof(Format)]);
        if (Cadence is not (Weekly or Monthly))
            yield return new("Choose weekly or monthly.", [nameof(Cadence)]);
        else if (Cadence == Weekly && ParsedWeekday is null)
            yield return new("Choose a day of the week, Monday to Sunday.", [nameof(Weekday)]);
        else if (Cadence == Monthly && ParsedDayOfMonth is null)
            yield return new($"Type the day of the month as a number from 1 to {DeliverySchedule.LastDayOfMonth}.", [nameof(DayOfMonth)]);
        if (ParsedTime is null)
            yield return new("Type the time as HH:MM on a 24-hour clock, for example 07:00.", [nameof(Time)]);
    }
}
