using Bootcamp.Web.Features.Shared;

namespace Bootcamp.Web.Features.ExerciseHours;

public sealed record HoursImportViewModel(LoggingCohort Cohort, ImportForm Form, IReadOnlyList<CsvHoursRow> Rows, string? FileProblem, IReadOnlyList<ModuleOption> Modules)
{
    public bool Checked => Rows.Count > 0 || FileProblem is not null;
    public bool AllGood => FileProblem is null && Rows.Count > 0 && Rows.All(r => r.Problems.Count == 0);
}
