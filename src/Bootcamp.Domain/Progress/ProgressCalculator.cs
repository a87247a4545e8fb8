using Bootcamp.Domain.Common;
using Bootcamp.Domain.Logging;
using Bootcamp.Domain.Programmes;
using Bootcamp.Domain.SoftSkills;

namespace Bootcamp.Domain.Progress;

/// <summary>Computes a learner's <see cref="LearnerProgress"/> from plain facts; no clock or database is read.</summary>
public static class ProgressCalculator
{
    /// <summary>
    /// The hours pace is only trusted once this much exercise was planned inside the learner's enrolment; before
    /// that one day not yet logged would project a miss, so the learner is assumed to be on plan until then.
    /// </summary>
    public const int PaceGraceMinutes = 10 * 60;

    /// <summary>Days after a module's last lecture before a missing badge counts as a risk, leaving time for its assessment.</summary>
    public const int BadgeGraceDays = 14;

    public static LearnerProgress For(CohortFacts cohort, LearnerFacts learner) =>
        For(cohort, ExercisePlan.For(cohort), learner);

    public static IReadOnlyList<LearnerProgress> ForCohort(CohortFacts cohort, IEnumerable<LearnerFacts> learners)
    {
        var plan = ExercisePlan.For(cohort);
        return [.. learners.Select(learner => For(cohort, plan, learner))];
    }

    private static LearnerProgress For(CohortFacts cohort, ExercisePlan plan, LearnerFacts learner)
    {
        var progress = new LearnerProgress(
            learner.LearnerId,
            cohort.Today,
            cohort.Today > cohort.EndDate,
            learner.Enrolment,
            Attendance(cohort, learner),
            Exercise(cohort, plan, learner),
            [.. learner.Projects.OrderBy(p => p.DueDate)],
            SoftSkills(cohort, learner.SoftSkills),
            Badges(cohort.Modules, learner.BadgeModuleIds),
            []);
        return progress with { Risks = Risks(cohort, progress) };
    }

    /// <summary>The learner's attendance over the cohort's held sessions; the badge rule passes one module's sessions.</summary>
    public static AttendanceSummary Attendance(CohortFacts cohort, LearnerFacts learner)
    {
        var heldSessions = cohort.Sessions.Where(s => s.IsHeldBy(cohort.NowUtc) && learner.Enrolment.Covers(s.Date));
        if (learner.Tally is { } tally)
        {
            var heldCount = heldSessions.Count();
            return new(heldCount, tally.Present + tally.Late, tally.Late, tally.Absent, tally.Excused, heldCount - tally.Marked);
        }
        var marks = learner.Marks.ToDictionary(m => m.SessionId, m => m.Status);
        int held = 0, attended = 0, late = 0, absent = 0, excused = 0, unrecorded = 0;
        foreach (var session in heldSessions)
        {
            held++;
            if (!marks.TryGetValue(session.SessionId, out var status))
            {
                unrecorded++;
                continue;
            }
            switch (status)
            {
                case AttendanceStatus.Present:
                    attended++;
                    break;
                case AttendanceStatus.Late:
                    attended++;
                    late++;
                    break;
                case AttendanceStatus.Absent:
                    absent++;
                    break;
                case AttendanceStatus.Excused:
                    excused++;
                    break;
            }
        }
        return new(held, attended, late, absent, excused, unrecorded);
    }

    private static ExerciseSummary Exercise(CohortFacts cohort, ExercisePlan plan, LearnerFacts learner)
    {
        var criteria = cohort.Criteria;
        var logged = learner.Tally?.LoggedMinutes ?? learner.Exercise.Sum(e => e.Minutes);
        var group = learner.Tally?.GroupMinutes ?? learner.Exercise.Where(e => e.Kind == ExerciseKind.Group).Sum(e => e.Minutes);
        var yesterday = cohort.Today.AddDays(-1);
        var plannedToDate = plan.ThroughDay(yesterday);
        var enrolment = learner.Enrolment;
        var lastDay = enrolment.LeftOn is { } left && left <= yesterday ? left.AddDays(-1) : yesterday;
        var plannedSinceEnrolment = plan.Between(enrolment.EnrolledOn, lastDay);
        var remaining = Math.Max(0, plan.TotalMinutes - plannedToDate);
        // Pace is logged over planned for the days the learner was there, so a late enrolee is judged on their own
        // weeks; the projection then applies that pace to what the plan still holds until the end date.
        int projected;
        if (enrolment.HasLeft)
            projected = logged;
        else if (plannedSinceEnrolment >= PaceGraceMinutes)
            projected = logged + (int)((decimal)logged / plannedSinceEnrolment * remaining);
        else
            projected = Math.Max(logged, plannedSinceEnrolment) + remaining;
        var requiredGroup = criteria.MinExerciseMinutes * criteria.MinGroupSharePercent / 100;
        return new(logged, group, plannedToDate, plannedSinceEnrolment, plan.TotalMinutes, criteria.MinExerciseMinutes, requiredGroup, projected);
    }

    /// <summary>
    /// Only the instructor's ratings are evidence here; self and peer ratings are shown beside them on the rating pages
    /// and never averaged in (issue 10). The programme says whether the final point's rating or the average over the
    /// points counts; before the final point the same reading of the points so far feeds the forecast.
    /// </summary>
    private static SoftSkillSummary SoftSkills(CohortFacts cohort, IReadOnlyList<SkillScore> scores)
    {
        var rated = cohort.Points.Where(p => scores.Any(s => s.PointId == p.PointId)).ToList();
        if (rated.Count == 0)
            return SoftSkillSummary.None;
        var latest = rated[^1];
        var final = cohort.Points[^1];
        var counted = cohort.Criteria.SoftSkillSource == SoftSkillSource.InstructorAverage
            ? rated.Select(p => p.PointId).ToHashSet()
            : [latest.PointId];
        var averages = cohort.Skills.Select(skill =>
        {
            var ratings = scores.Where(s => s.SkillId == skill.SkillId && counted.Contains(s.PointId)).Select(s => (decimal)s.Score).ToList();
            return new SkillAverage(skill.Name, ratings.Count == 0 ? null : ratings.Average());
        });
        return new(latest.Name, latest.PointId == final.PointId, [.. averages]);
    }

    private static BadgeSummary Badges(IReadOnlyList<ModuleTarget> modules, IReadOnlySet<int> earned)
    {
        var withBadge = modules.Where(m => m.BadgeName is not null).ToList();
        var missing = withBadge.Where(m => !earned.Contains(m.ModuleId)).Select(m => new MissingBadge(m.ModuleId, m.Title, m.BadgeName!));
        return new(withBadge.Count(m => earned.Contains(m.ModuleId)), withBadge.Count, [.. missing]);
    }

    private static List<Risk> Risks(CohortFacts cohort, LearnerProgress progress)
    {
        var risks = new List<Risk>();
        // A learner who left the cohort will not reach any criterion here; flagging them would only hide the ones who still can.
        if (progress.Enrolment.HasLeft)
            return risks;
        var criteria = cohort.Criteria;

        if (criteria.MinAttendancePercent > 0 && progress.Attendance.Rate is { } rate && rate * 100 < criteria.MinAttendancePercent)
            risks.Add(new(GraduationCriterion.Attendance,
                $"Attendance is {Wording.Percent(rate)} of held lectures, below the {criteria.MinAttendancePercent}% minimum."));

        var exercise = progress.Exercise;
        if (exercise.RequiredMinutes > 0 && exercise.ProjectedMinutes < exercise.RequiredMinutes)
            risks.Add(new(GraduationCriterion.ExerciseHours, progress.CohortEnded
                ? $"{Wording.Hours(exercise.LoggedMinutes)} logged, needs {Wording.Hours(exercise.RequiredMinutes)}; the cohort ended on {Wording.Date(cohort.EndDate)}."
                : $"On pace for {Wording.WholeHours(exercise.ProjectedMinutes)} by {Wording.Date(cohort.EndDate)}, needs {Wording.Hours(exercise.RequiredMinutes)} " +
                  $"({Wording.Hours(exercise.LoggedMinutes)} logged, {Wording.Hours(exercise.PlannedSinceEnrolmentMinutes)} planned since enrolment)."));

        var groupStillNeeded = exercise.RequiredGroupMinutes - exercise.GroupMinutes;
        var planLeft = Math.Max(0, exercise.PlannedTotalMinutes - exercise.PlannedToDateMinutes);
        if (groupStillNeeded > planLeft)
            risks.Add(new(GraduationCriterion.GroupWork,
                $"Needs {Wording.Hours(groupStillNeeded)} more group work, only {Wording.Hours(planLeft)} of exercise left in the plan."));

        if (criteria.RequireAllProjectsPassed)
            foreach (var project in progress.Projects.Where(p => p.IsGraded && !p.Passed))
                risks.Add(new(GraduationCriterion.Projects,
                    $"'{project.Title}' graded {project.GradePercent}%, pass mark {project.PassMarkPercent}%."));

        if (criteria.MinSoftSkillAverage > 0 && progress.SoftSkills.LatestPoint is { } point)
            foreach (var skill in progress.SoftSkills.Averages.Where(a => a.Average < criteria.MinSoftSkillAverage))
                risks.Add(new(GraduationCriterion.SoftSkills,
                    $"{skill.Skill} {Wording.SoftSkillReading(criteria.SoftSkillSource, skill.Average!.Value, point)}, needs {Wording.Score(criteria.MinSoftSkillAverage)}."));

        if (criteria.RequireAllBadges)
            risks.AddRange(OverdueBadges(cohort, progress));

        return risks;
    }

    private static IEnumerable<Risk> OverdueBadges(CohortFacts cohort, LearnerProgress progress)
    {
        foreach (var badge in progress.Badges.Missing)
        {
            var sessions = cohort.Sessions.Where(s => s.ModuleId == badge.ModuleId && !s.Cancelled).ToList();
            if (sessions.Count == 0)
                continue;
            var ended = sessions.Max(s => s.Date);
            if (ended.AddDays(BadgeGraceDays) < cohort.Today)
                yield return new(GraduationCriterion.Badges,
                    $"Badge '{badge.BadgeName}' of {badge.ModuleTitle} not earned; the module ended on {Wording.Date(ended)}.");
        }
    }
}
