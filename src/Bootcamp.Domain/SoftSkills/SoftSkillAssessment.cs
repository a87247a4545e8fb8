using Bootcamp.Domain.Common;

namespace Bootcamp.Domain.SoftSkills;

/// <summary>
/// An instructor's rating of one learner in one skill of the programme's rubric at one assessment point of the
/// cohort, from 1 to 5, with a comment. One per learner, skill and point: a later save changes it, and the audit
/// trail keeps what it was. Self and peer ratings are kept apart (<see cref="PeerSubmission"/>).
/// </summary>
public sealed class SoftSkillAssessment
{
    public const int MinScore = 1;
    public const int MaxScore = 5;
    public const int MaxCommentLength = 1000;

    private SoftSkillAssessment()
    {
        AssessedBy = null!;
    }

    public SoftSkillAssessment(int cohortId, int learnerId, int skillId, int pointId, int score, string? comment, string assessedBy, DateOnly assessedOn)
    {
        CohortId = cohortId;
        LearnerId = learnerId;
        SkillId = skillId;
        PointId = pointId;
        AssessedBy = assessedBy;
        Rate(score, comment, assessedBy, assessedOn);
    }

    public int Id { get; private set; }
    public int CohortId { get; private set; }
    public int LearnerId { get; private set; }
    public int SkillId { get; private set; }
    public int PointId { get; private set; }
    public int Score { get; private set; }
    public string? Comment { get; private set; }
    public string AssessedBy { get; private set; }
    public DateOnly AssessedOn { get; private set; }

    public void Rate(int score, string? comment, string assessedBy, DateOnly assessedOn)
    {
        CheckScore(score);
        var trimmed = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (trimmed?.Length > MaxCommentLength)
            throw new DomainException(nameof(Comment), $"Keep the comment to {MaxCommentLength} characters.");
        Score = score;
        Comment = trimmed;
        AssessedBy = assessedBy;
        AssessedOn = assessedOn;
    }

    public static void CheckScore(int score)
    {
        if (score is < MinScore or > MaxScore)
            throw new DomainException(nameof(Score), $"A rating is {MinScore} to {MaxScore}.");
    }

    /// <summary>The rating as the audit trail records it before and after a change.</summary>
    public string Describe(string skill, string point) =>
        Comment is null ? $"{skill} at {point}: {Score}" : $"{skill} at {point}: {Score} ({Comment})";
}
