using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Bootcamp.Domain.Common;

namespace Bootcamp.Web.Features.Exports;

/// <summary>
/// A request for a file made in the background: a progress report or the raw data, of every cohort in the user's
/// scope or of those ticked, in a format the kind is offered in. Posted from the export page.
/// </summary>
public sealed class BackgroundExportForm : IValidatableObject
{
    public const string Prefix = "Background";
    public const string All = "all", Chosen = "chosen";

    public string? Kind { get; set; }
    public string? Cohorts { get; set; }
    public List<int> CohortIds { get; set; } = [];
    public string? AsOf { get; set; }
    public string? Format { get; set; }

    public bool AllCohorts => Cohorts == All;

    public DateOnly? AsOfDate =>
        DateOnly.TryParseExact(AsOf?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && CalendarRange.Contains(date) ? date : null;

    public ExportRequest ToRequest() =>
        new(Kind!, Format!, AllCohorts ? [] : CohortIds, AllCohorts, Kind == ExportKinds.Progress ? AsOfDate : null);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Kind is not (ExportKinds.Progress or ExportKinds.Raw))
            yield return new("Choose what to prepare: the progress report or the raw data.", [nameof(Kind)]);
        if (Cohorts is not (All or Chosen))
            yield return new("Choose all your cohorts, or the cohorts you tick.", [nameof(Cohorts)]);
        else if (Cohorts == Chosen && CohortIds.Count == 0)
            yield return new("Tick at least one cohort, or choose all your cohorts.", [nameof(CohortIds)]);
        if (Kind == ExportKinds.Progress)
        {
            if (string.IsNullOrWhiteSpace(AsOf))
                yield return new("Choose the day the figures are for.", [nameof(AsOf)]);
            else if (AsOfDate is null)
                yield return new("Type the date as YYYY-MM-DD, between 2000 and 2100.", [nameof(AsOf)]);
        }
        if (Kind is ExportKinds.Progress or ExportKinds.Raw && !ExportKinds.FormatsOf(Kind).Contains(Format))
        {
            yield return new(Kind == ExportKinds.Raw
                ? "The raw data is offered as csv or xlsx (Excel workbook)."
                : "The progress report is offered as xlsx (Excel workbook) or pdf.", [nameof(Format)]);
        }
    }
}
