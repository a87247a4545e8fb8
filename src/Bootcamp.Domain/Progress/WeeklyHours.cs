namespace Bootcamp.Domain.Progress;

/// <summary>
/// One calendar week (Monday to Sunday) of a cohort: exercise minutes logged by all its learners against the
/// minutes the plan asks of the learners enrolled during that week.
/// </summary>
public sealed record WeekHours(DateOnly WeekStart, int LoggedMinutes, int PlannedMinutes, int Learners, bool IsFuture);

public static class WeeklyHours
{
    /// <summary>Every week from the one holding the cohort's start to the one holding its end, for a chart.</summary>
    public static IReadOnlyList<WeekHours> For(CohortFacts cohort, IReadOnlyList<LearnerFacts> learners)
    {
        var plan = ExercisePlan.For(cohort);
        var logged = learners.SelectMany(l => l.Exercise)
            .GroupBy(e => MondayOf(e.Date))
            .ToDictionary(g => g.Key, g => g.Sum(e => e.Minutes));
        var weeks = new List<WeekHours>();
        for (var monday = MondayOf(cohort.StartDate); monday <= cohort.EndDate; monday = monday.AddDays(7))
        {
            var sunday = monday.AddDays(6);
            var planned = 0;
            var present = 0;
            foreach (var enrolment in learners.Select(l => l.Enrolment))
            {
                // Plan only the days of this week that the learner belonged to the cohort.
                var first = enrolment.EnrolledOn > monday ? enrolment.EnrolledOn : monday;
                var last = enrolment.LeftOn is { } left && left <= sunday ? left.AddDays(-1) : sunday;
                if (last < first)
                    continue;
                present++;
                planned += plan.Between(first, last);
            }
            weeks.Add(new(monday, logged.GetValueOrDefault(monday), planned, present, monday > cohort.Today));
        }
        return weeks;
    }

    public static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
}
