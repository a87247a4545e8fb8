using Bootcamp.Domain.Common;

namespace Bootcamp.Domain.SoftSkills;

public enum SoftSkill
{
    Teamwork,
    Communication,
    ProblemSolving,
    TimeManagement,
    Adaptability,
}

public enum AssessmentPoint
{
    Initial,
    Midpoint,
    Final,
}

public enum AssessorKind
{
    Instructor,
    Peer,
}

/// <summary>A rubric score from 1 to 5 for one learner, one skill, at one assessment point.</summary>
public sealed class SoftSkillAssessment
{
    public const int MinScore = 1;
    public const int MaxScore = 5;

    private SoftSkillAssessment()
    {
        AssessedBy = null!;
    }

    public SoftSkillAssessment(int cohortId, int learnerId, SoftSkill skill, AssessmentPoint point, int score,
        AssessorKind assessorKind, string assessedBy, DateOnly assessedOn, string? comment)
    {
        if (score is < MinScore or > MaxScore)
            throw new DomainException(nameof(Score), $"A score is {MinScore} to {MaxScore}.");
        CohortId = cohortId;
        LearnerId = learnerId;
        Skill = skill;
        Point = point;
        Score = score;
        AssessorKind = assessorKind;
        AssessedBy = assessedBy;
        AssessedOn = assessedOn;
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
    }

    public int Id { get; private set; }
    public int CohortId { get; private set; }
    public int LearnerId { get; private set; }
    public SoftSkill Skill { get; private set; }
    public AssessmentPoint Point { get; private set; }
    public int Score { get; private set; }
    public AssessorKind AssessorKind { get; private set; }
    public string AssessedBy { get; private set; }
    public DateOnly AssessedOn { get; private set; }
    public string? Comment { get; private set; }
}
