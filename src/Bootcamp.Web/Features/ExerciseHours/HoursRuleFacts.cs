using Bootcamp.Domain.Logging;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.ExerciseHours;

/// <summary>The facts the logging rules check a batch of hours against, for the writers and the import preview.</summary>
public sealed class HoursRuleFacts(BootcampDb db)
{
    /// <summary>
    /// The rules' view of the cohort for the given learner-days. Minutes already stored count across all of a learner's
    /// cohorts, since the 12-hour limit is about the person's day; <paramref name="leaveOut"/> are the entries being corrected.
    /// This is the one read of hours around the user's scope, and on purpose: an instructor of one cohort must not log
    /// a 13th hour that another cohort's instructor already logged. It is keyed by learners already found through the
    /// scope and returns sums only, never another cohort's rows.
    /// </summary>
    public async Task<LoggingContext> ContextAsync(LoggingCohort cohort, DateOnly today, IReadOnlyCollection<LearnerDay> days,
        IReadOnlyList<LearnerOption> learners, IReadOnlyList<ModuleOption> modules, IReadOnlyCollection<int> leaveOut, CancellationToken cancellationToken)
    {
        var stored = new Dictionary<LearnerDay, int>();
        if (days.Count > 0)
        {
            var learnerIds = days.Select(d => d.LearnerId).Distinct().ToList();
            var first = days.Min(d => d.Date);
            var last = days.Max(d => d.Date);
            var logs = db.ExerciseLogs.AsNoTracking().Where(e => learnerIds.Contains(e.LearnerId) && e.Date >= first && e.Date <= last);
            if (leaveOut.Count > 0)
                logs = logs.Where(e => !leaveOut.Contains(e.Id));
            var sums = await logs
                .GroupBy(e => new { e.LearnerId, e.Date })
                .Select(g => new { g.Key.LearnerId, g.Key.Date, Minutes = g.Sum(e => e.Minutes) })
                .ToListAsync(cancellationToken);
            foreach (var sum in sums)
                stored[new LearnerDay(sum.LearnerId, sum.Date)] = sum.Minutes;
        }
        return new LoggingContext(today, cohort.StartDate, cohort.EndDate,
            modules.Select(m => m.Id).ToHashSet(),
            learners.ToDictionary(l => l.Id, l => new LoggableLearner(l.Name, l.Enrolment)),
            stored);
    }
}
