using Bootcamp.Domain.Logging;

namespace Bootcamp.Domain.Progress;

/// <summary>
/// Milestones in the shape public bootcamp funders ask for. The "qualifying start" is the day a learner had attended
/// their fifth lecture day: funders pay for a start only once the learner has shown up for a first week of teaching,
/// not on the day they signed up.
/// </summary>
public static class FundingMilestones
{
    public const int QualifyingLectureDays = 5;

    /// <summary>
    /// The local date of the learner's fifth distinct lecture day attended (present or late) among the lectures held by
    /// <see cref="CohortFacts.NowUtc"/>; null until then.
    /// </summary>
    public static DateOnly? QualifyingStart(CohortFacts cohort, LearnerFacts learner)
    {
        var attended = learner.Marks
            .Where(m => m.Status is AttendanceStatus.Present or AttendanceStatus.Late)
            .Select(m => m.SessionId)
            .ToHashSet();
        var days = cohort.Sessions
            .Where(s => s.IsHeldBy(cohort.NowUtc) && attended.Contains(s.SessionId))
            .Select(s => s.Date)
            .Distinct()
            .Order()
            .Take(QualifyingLectureDays)
            .ToList();
        return days.Count == QualifyingLectureDays ? days[^1] : null;
    }
}
