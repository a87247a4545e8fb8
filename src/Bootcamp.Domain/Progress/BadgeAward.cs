namespace Bootcamp.Domain.Progress;

/// <summary>A module's micro-credential earned by a learner in a cohort.</summary>
public sealed class BadgeAward(int cohortId, int learnerId, int moduleId, DateOnly awardedOn, string awardedBy)
{
    public int Id { get; private set; }
    public int CohortId { get; private set; } = cohortId;
    public int LearnerId { get; private set; } = learnerId;
    public int ModuleId { get; private set; } = moduleId;
    public DateOnly AwardedOn { get; private set; } = awardedOn;
    public string AwardedBy { get; private set; } = awardedBy;
}
