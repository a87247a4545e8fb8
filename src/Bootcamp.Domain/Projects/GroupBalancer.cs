using Bootcamp.Domain.Progress;

namespace Bootcamp.Domain.Projects;

/// <summary>A learner and how strong their progress is today, 0 (nothing done) upwards; 1 is on plan.</summary>
public sealed record LearnerStrength(int LearnerId, decimal Strength);

/// <summary>
/// Forms project groups that mix strong and struggling learners (issue 10), from the progress engine's figures.
/// </summary>
public static class GroupBalancer
{
    /// <summary>Pace above this counts no more: a learner far ahead on hours should not pull a whole group's average up alone.</summary>
    public const decimal PaceCap = 1.5m;

    /// <summary>
    /// How strong a learner's progress is: the mean of their attendance rate, their exercise pace (hours logged over
    /// hours planned since they enrolled, capped at <see cref="PaceCap"/>) and their mean project result when one is
    /// graded. A figure with no evidence yet (no counted lecture, nothing planned) is left out of the mean rather
    /// than guessed, and a learner with no evidence at all counts as on plan (1).
    /// </summary>
    public static decimal Strength(LearnerProgress progress)
    {
        var parts = new List<decimal>();
        if (progress.Attendance.Rate is { } rate)
            parts.Add(rate);
        if (progress.Exercise.PlannedSinceEnrolmentMinutes > 0)
            parts.Add(Math.Min(PaceCap, (decimal)progress.Exercise.LoggedMinutes / progress.Exercise.PlannedSinceEnrolmentMinutes));
        var graded = progress.Projects.Where(p => p.IsGraded).ToList();
        if (graded.Count > 0)
            parts.Add(graded.Average(p => (decimal)p.GradePercent!.Value) / 100);
        return parts.Count == 0 ? 1m : Math.Round(parts.Average(), 4);
    }

    /// <summary>
    /// Deals the learners into <paramref name="groupCount"/> groups like a snake draft: strongest first, one to each
    /// group left to right, then right to left, and so on. Every group gets one of the strongest
    /// <paramref name="groupCount"/> in the first round and one from the weaker end in the last, the sizes differ by at
    /// most one, and the group that picks first in a round picks last in the next, so the totals stay close.
    /// Ties go by learner id, so the same figures always give the same groups.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<int>> Balance(IReadOnlyList<LearnerStrength> learners, int groupCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(groupCount, 1);
        var groups = Enumerable.Range(0, groupCount).Select(_ => new List<int>()).ToList();
        var ordered = learners.OrderByDescending(l => l.Strength).ThenBy(l => l.LearnerId).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var round = i / groupCount;
            var place = i % groupCount;
            groups[round % 2 == 0 ? place : groupCount - 1 - place].Add(ordered[i].LearnerId);
        }
        return groups;
    }

    /// <summary>Groups of about four to five, as the programmes' briefs ask: at least one group, never more groups than learners.</summary>
    public static int SuggestedGroupCount(int learners) => Math.Max(1, (int)Math.Round(learners / 4.5m, MidpointRounding.AwayFromZero));
}
