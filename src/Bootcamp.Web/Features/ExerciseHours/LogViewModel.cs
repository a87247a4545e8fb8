using Bootcamp.Web.Features.Shared;

namespace Bootcamp.Web.Features.ExerciseHours;

public sealed record LogViewModel(LoggingCohort Cohort, LogForm Form, IReadOnlyList<LearnerOption> Learners, IReadOnlyList<GroupOption> Groups, IReadOnlyList<ModuleOption> Modules, DateOnly Today);
