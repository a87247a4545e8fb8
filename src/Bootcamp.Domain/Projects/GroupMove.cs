using Bootcamp.Domain.Common;

namespace Bootcamp.Domain.Projects;

/// <summary>
/// One change of a learner's group in a project: who, when, from which group to which (null: no group) and why.
/// Forming the groups writes one per learner from no group, so a group's history starts with its formation.
/// </summary>
public sealed class GroupMove
{
    public const int MaxReasonLength = 400;

    private GroupMove()
    {
        Reason = null!;
        MovedBy = null!;
    }

    public GroupMove(int cohortId, int groupProjectId, int learnerId, int? fromGroupId, int? toGroupId, string reason, string movedBy, DateTime movedAtUtc)
    {
        if (fromGroupId == toGroupId)
            throw new DomainException(nameof(ToGroupId), "The learner is already in that group.");
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainException(nameof(Reason), "Say why the learner changes group.");
        if (reason.Trim().Length > MaxReasonLength)
            throw new DomainException(nameof(Reason), $"A reason is at most {MaxReasonLength} characters.");
        CohortId = cohortId;
        GroupProjectId = groupProjectId;
        LearnerId = learnerId;
        FromGroupId = fromGroupId;
        ToGroupId = toGroupId;
        Reason = reason.Trim();
        MovedBy = movedBy;
        MovedAtUtc = movedAtUtc;
    }

    public long Id { get; private set; }
    public int CohortId { get; private set; }
    public int GroupProjectId { get; private set; }
    public int LearnerId { get; private set; }
    public int? FromGroupId { get; private set; }
    public int? ToGroupId { get; private set; }
    public string Reason { get; private set; }
    public string MovedBy { get; private set; }
    public DateTime MovedAtUtc { get; private set; }
}
