using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Common;

namespace Bootcamp.Web.Features.Dashboard;

/// <summary>
/// The dashboard's filters as typed into the address bar. They are bound as text and read here, so a value that is not
/// a number, a status or a date gets a sentence next to its field instead of the framework's "The value 'x' is not
/// valid".
/// </summary>
public sealed class DashboardFilter : IValidatableObject
{
    public string? Centre { get; set; }
    public string? Programme { get; set; }
    public string? Status { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }

    public int? CentreId => Id(Centre);
    public int? ProgrammeId => Id(Programme);
    public CohortStatus? StatusValue => Enum.TryParse<CohortStatus>(Status, ignoreCase: true, out var s) && Enum.IsDefined(s) && !int.TryParse(Status, out _) ? s : null;
    public DateOnly? FromDate => Date(From);
    public DateOnly? ToDate => Date(To);

    public bool IsEmpty => new[] { Centre, Programme, Status, From, To }.All(string.IsNullOrWhiteSpace);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(Centre) && CentreId is null)
            yield return new("Choose a centre from the list.", [nameof(Centre)]);
        if (!string.IsNullOrWhiteSpace(Programme) && ProgrammeId is null)
            yield return new("Choose a programme from the list.", [nameof(Programme)]);
        if (!string.IsNullOrWhiteSpace(Status) && StatusValue is null)
            yield return new($"Choose a status: {string.Join(", ", Enum.GetNames<CohortStatus>())}.", [nameof(Status)]);
        foreach (var (name, text, date) in new[] { (nameof(From), From, FromDate), (nameof(To), To, ToDate) })
        {
            if (string.IsNullOrWhiteSpace(text))
                continue;
            if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                yield return new("Type the date as YYYY-MM-DD, for example 2026-06-01.", [name]);
            else if (date is null)
                yield return new(CalendarRange.Problem("The date"), [name]);
        }
        if (FromDate is { } from && ToDate is { } to && to < from)
            yield return new("The last day comes before the first day.", [nameof(To)]);
    }

    private static int? Id(string? text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && CalendarRange.Contains(date) ? date : null;
}
