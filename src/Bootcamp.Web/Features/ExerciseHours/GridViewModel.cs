using Bootcamp.Domain.Logging;
using Bootcamp.Web.Features.Shared;

namespace Bootcamp.Web.Features.ExerciseHours;

public sealed record GridViewModel(LoggingCohort Cohort, DateOnly Week, IReadOnlyList<DateOnly> Days, IReadOnlyList<LearnerOption> Learners,
    IReadOnlyDictionary<LearnerDay, int> Logged, IReadOnlyList<ModuleOption> Modules, GridForm Form, DateOnly Today);
