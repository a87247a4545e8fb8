using Bootcamp.Web.Features.Shared;

namespace Bootcamp.Web.Features.ExerciseHours;

/// <summary><paramref name="GroupRows"/> counts the rows one group entry made, this one included; 1 for a solo entry.</summary>
public sealed record EditViewModel(LoggingCohort Cohort, int Id, string Learner, string? Group, int GroupRows, EditForm Form, IReadOnlyList<ModuleOption> Modules, string LastChange);
