using Bootcamp.Web.Features.Shared;

namespace Bootcamp.Web.Features.ExerciseHours;

public sealed record LearnerHistoryViewModel(LoggingCohort Cohort, LearnerOption Learner, IReadOnlyList<EntryRow> Entries, IReadOnlyList<AuditRow> Audit);
