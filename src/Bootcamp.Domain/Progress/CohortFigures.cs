using Bootcamp.Domain.Learners;

namespace Bootcamp.Domain.Progress;

/// <summary>
/// A cohort at a glance, summed from the progress engine's learners (never recomputed from the facts), for the
/// dashboard, the workbook's summary and the PDF. Rates are null while there is nothing to divide by.
/// </summary>
public sealed record CohortFigures(
    int Enrolled,
    int Active,
    int Withdrawn,
    int Deferred,
    int Graduated,
    int NotGraduated,
    int Attended,
    int CountedSessions,
    int LoggedMinutes,
    int PlannedMinutes,
    int AtRisk,
    int OnTrack,
    bool Ended)
{
    /// <summary>Attended over counted lectures of all learners, 0 to 1 (late counts as attended, excused is left out).</summary>
    public decimal? AttendanceRate => CountedSessions == 0 ? null : (decimal)Attended / CountedSessions;

    /// <summary>Exercise logged over the plan for the days each learner was enrolled, 0 to 1 and beyond.</summary>
    public decimal? HoursAgainstPlan => PlannedMinutes == 0 ? null : (decimal)LoggedMinutes / PlannedMinutes;

    /// <summary>
    /// Learners still enrolled whom the pace says will meet every criterion, over those still enrolled; for an ended
    /// cohort the decisions replace the forecast, so it is null there.
    /// </summary>
    public decimal? GraduationForecast => Ended || Active == 0 ? null : (decimal)OnTrack / Active;

    /// <summary>
    /// For an ended cohort: graduated over the learners who stayed to a decision or left (deferred learners continue
    /// in a later cohort and count there).
    /// </summary>
    public decimal? GraduationRate => !Ended || Enrolled - Deferred == 0 ? null : (decimal)Graduated / (Enrolled - Deferred);

    public static CohortFigures Of(CohortFacts cohort, IReadOnlyList<LearnerProgress> learners)
    {
        int Count(EnrolmentStatus status) => learners.Count(l => l.Enrolment.Status == status);
        var active = learners.Where(l => l.Enrolment.Status == EnrolmentStatus.Enrolled).ToList();
        return new CohortFigures(
            learners.Count,
            active.Count,
            Count(EnrolmentStatus.Withdrawn),
            Count(EnrolmentStatus.Deferred),
            Count(EnrolmentStatus.Graduated),
            Count(EnrolmentStatus.NotGraduated),
            learners.Sum(l => l.Attendance.Attended),
            learners.Sum(l => l.Attendance.Counted),
            learners.Sum(l => l.Exercise.LoggedMinutes),
            learners.Sum(l => l.Exercise.PlannedSinceEnrolmentMinutes),
            active.Count(l => l.IsAtRisk),
            active.Count(l => !l.IsAtRisk),
            cohort.Today > cohort.EndDate);
    }
}
