using Bootcamp.Domain.Logging;

namespace Bootcamp.Domain.SoftSkills;

/// <summary>One cell of an instructor's rating grid: a learner in a skill, with the rating (empty: not rated) and a comment.</summary>
public sealed record RatingCell(int LearnerId, int SkillId, int? Score, string? Comment);

/// <summary>One member's rating of a member of their group (themselves included) in a skill, as the paper form says.</summary>
public sealed record PeerScore(int LearnerId, int SkillId, int? Score);

/// <summary>A peer round as the rules see it: open or not, its group's members, who has already rated, the rubric's skills.</summary>
public sealed record PeerRoundState(bool Open, IReadOnlySet<int> Members, IReadOnlySet<int> Submitted, IReadOnlySet<int> Skills);

/// <summary>
/// Issue 10, soft skills: ratings are 1 to 5 against the programme's rubric, with a comment of reasonable length; a
/// grid is saved whole or not at all, so every cell is checked before anything is written. Problems come back as
/// values, one per field, with the index of the cell (-1 for the whole form).
/// </summary>
public static class RatingRules
{
    public static IReadOnlyList<EntryProblem> CheckGrid(IReadOnlyList<RatingCell> cells, IReadOnlySet<int> learners, IReadOnlySet<int> skills)
    {
        var problems = new List<EntryProblem>();
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            if (!skills.Contains(cell.SkillId))
                problems.Add(new(i, nameof(RatingCell.SkillId), "This skill is not in the programme's rubric."));
            else if (!learners.Contains(cell.LearnerId))
                problems.Add(new(i, nameof(RatingCell.LearnerId), "This learner is not in this cohort or group."));
            if (cell.Score is { } score && score is < SoftSkillAssessment.MinScore or > SoftSkillAssessment.MaxScore)
                problems.Add(new(i, nameof(RatingCell.Score), OutOfRange));
            if (cell.Comment?.Trim().Length > SoftSkillAssessment.MaxCommentLength)
                problems.Add(new(i, nameof(RatingCell.Comment), $"Keep the comment to {SoftSkillAssessment.MaxCommentLength} characters."));
            else if (cell.Score is null && !string.IsNullOrWhiteSpace(cell.Comment))
                problems.Add(new(i, nameof(RatingCell.Score), "Give a rating with the comment."));
        }
        problems.AddRange(Twice(cells, c => (c.LearnerId, c.SkillId)).Select(i => new EntryProblem(i, nameof(RatingCell.Score), "This learner is rated twice in this skill.")));
        return problems;
    }

    public static IReadOnlyList<EntryProblem> CheckPeer(int raterId, IReadOnlyList<PeerScore> scores, PeerRoundState round)
    {
        if (!round.Open)
            return [new(-1, "Round", "This round is closed: no more ratings can be entered.")];
        if (!round.Members.Contains(raterId))
            return [new(-1, "Rater", "Only a member of the group rates in its round.")];
        if (round.Submitted.Contains(raterId))
            return [new(-1, "Rater", "This member's ratings were already entered: each member rates once per round.")];
        var problems = new List<EntryProblem>();
        for (var i = 0; i < scores.Count; i++)
        {
            var score = scores[i];
            if (!round.Skills.Contains(score.SkillId))
                problems.Add(new(i, nameof(PeerScore.SkillId), "This skill is not in the programme's rubric."));
            else if (!round.Members.Contains(score.LearnerId))
                problems.Add(new(i, nameof(PeerScore.LearnerId), "Only members of the group are rated in its round."));
            else if (score.Score is not { } value)
                problems.Add(new(i, nameof(PeerScore.Score), "Rate every member in every skill."));
            else if (value is < SoftSkillAssessment.MinScore or > SoftSkillAssessment.MaxScore)
                problems.Add(new(i, nameof(PeerScore.Score), OutOfRange));
        }
        problems.AddRange(Twice(scores, s => (s.LearnerId, s.SkillId)).Select(i => new EntryProblem(i, nameof(PeerScore.Score), "This member is rated twice in this skill.")));
        var given = scores.Select(s => (s.LearnerId, s.SkillId)).ToHashSet();
        if (problems.Count == 0 && round.Members.SelectMany(m => round.Skills.Select(s => (m, s))).Any(pair => !given.Contains(pair)))
            problems.Add(new(-1, "Scores", "Rate every member in every skill."));
        return problems;
    }

    /// <summary>The indexes of the second and later rows about the same learner and skill.</summary>
    private static IEnumerable<int> Twice<T>(IReadOnlyList<T> rows, Func<T, (int, int)> key) =>
        rows.Select((row, index) => (Key: key(row), Index: index)).GroupBy(x => x.Key).SelectMany(g => g.Skip(1).Select(x => x.Index));

    private static string OutOfRange => $"A rating is {SoftSkillAssessment.MinScore} to {SoftSkillAssessment.MaxScore}.";
}
