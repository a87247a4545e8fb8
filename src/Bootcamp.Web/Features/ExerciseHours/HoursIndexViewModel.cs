using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Logging;
using Bootcamp.Web.Features.Shared;

namespace Bootcamp.Web.Features.ExerciseHours;

public sealed record EntryRow(int Id, DateOnly Date, string Learner, int LearnerId, string Module, int Minutes, ExerciseKind Kind, string? Group, string Description, string LoggedBy);

public sealed record LearnerTotal(int Id, string Name, EnrolmentStatus Status, int Minutes);

public sealed record HoursIndexViewModel(LoggingCohort Cohort, IReadOnlyList<LearnerTotal> Learners, IReadOnlyList<EntryRow> Recent);
