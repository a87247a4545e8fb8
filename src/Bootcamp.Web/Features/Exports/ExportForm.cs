using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Bootcamp.Domain.Common;

namespace Bootcamp.Web.Features.Exports;

/// <summary>A progress report request: which cohorts, as of which day, in which format. Read from the query string.</summary>
public sealed class ExportForm : IValidatableObject
{
    public static readonly IReadOnlyList<string> Formats = ["xlsx", "pdf"];

    public List<int> CohortIds { get; set; } = [];
    public string? AsOf { get; set; }
    public string? Format { get; set; }

    public DateOnly? AsOfDate =>
        DateOnly.TryParseExact(AsOf?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && CalendarRange.Contains(date) ? date : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (CohortIds.Count == 0)
            yield return new("Choose at least one cohort.", [nameof(CohortIds)]);
        if (string.IsNullOrWhiteSpace(AsOf))
            yield return new("Choose the day the figures are for.", [nameof(AsOf)]);
        else if (AsOfDate is null)
            yield return new("Type the date as YYYY-MM-DD, between 2000 and 2100.", [nameof(AsOf)]);
        if (!Formats.Contains(Format))
            yield return new("Choose a format the report is offered in: xlsx (Excel workbook) or pdf.", [nameof(Format)]);
    }
}
