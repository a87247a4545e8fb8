using Bootcamp.Domain.Cohorts;

namespace Bootcamp.Web.Features.Exports;

public sealed record ExportCohort(int Id, string Code, string Programme, string Centre, CohortStatus Status, DateOnly StartDate, string TimeZoneId);

public sealed record ExportsViewModel(ExportForm Form, IReadOnlyList<ExportCohort> Cohorts, string? Problem, BackgroundExportForm Background);
