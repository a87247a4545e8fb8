using Bootcamp.Domain.Logging;
using Bootcamp.Web.Features.Shared;

namespace Bootcamp.Web.Features.ExerciseHours;

/// <summary>The weekly grid; <see cref="Logged"/> are the minutes already stored per learner and day, summed per row and per day below.</summary>
public sealed record GridViewModel(LoggingCohort Cohort, DateOnly Week, IReadOnlyList<DateOnly> Days, IReadOnlyList<LearnerOption> Learners,
    IReadOnlyDictionary<LearnerDay, int> Logged, IReadOnlyList<ModuleOption> Modules, GridForm Form, DateOnly Today)
{
    public int LoggedBy(int learnerId) => Logged.Where(l => l.Key.LearnerId == learnerId).Sum(l => l.Value);

    public int LoggedOn(DateOnly day) => Logged.Where(l => l.Key.Date == day).Sum(l => l.Value);

    public int LoggedInAll => Logged.Values.Sum();
}
