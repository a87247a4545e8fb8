using Bootcamp.Domain.Common;

namespace Bootcamp.Domain.SoftSkills;

/// <summary>
/// A round of self and peer ratings inside one project group, opened by an instructor for one assessment point. Each
/// member rates every member (themselves included) once; the ratings are shown beside the instructor's, never folded
/// into them.
/// </summary>
public sealed class PeerRound
{
    private PeerRound()
    {
        OpenedBy = null!;
    }

    public PeerRound(int cohortId, int groupId, int pointId, string openedBy, DateTime openedAtUtc)
    {
        CohortId = cohortId;
        GroupId = groupId;
        PointId = pointId;
        OpenedBy = openedBy;
        OpenedAtUtc = openedAtUtc;
    }

    public int Id { get; private set; }
    public int CohortId { get; private set; }
    public int GroupId { get; private set; }
    public int PointId { get; private set; }
    public string OpenedBy { get; private set; }
    public DateTime OpenedAtUtc { get; private set; }
    public DateTime? ClosedAtUtc { get; private set; }

    public bool IsOpen => ClosedAtUtc is null;

    public void Close(DateTime nowUtc)
    {
        if (!IsOpen)
            throw new DomainException(nameof(ClosedAtUtc), "This round is already closed.");
        ClosedAtUtc = nowUtc;
    }
}

/// <summary>One member's ratings in a round, entered once from the member's paper form.</summary>
public sealed class PeerSubmission
{
    private readonly List<PeerRating> _ratings = [];

    private PeerSubmission()
    {
        EnteredBy = null!;
    }

    public PeerSubmission(int roundId, int cohortId, int raterLearnerId, IEnumerable<PeerRating> ratings, string enteredBy, DateTime enteredAtUtc)
    {
        RoundId = roundId;
        CohortId = cohortId;
        RaterLearnerId = raterLearnerId;
        EnteredBy = enteredBy;
        EnteredAtUtc = enteredAtUtc;
        _ratings.AddRange(ratings);
    }

    public int Id { get; private set; }
    public int RoundId { get; private set; }
    public int CohortId { get; private set; }
    public int RaterLearnerId { get; private set; }
    public string EnteredBy { get; private set; }
    public DateTime EnteredAtUtc { get; private set; }
    public IReadOnlyList<PeerRating> Ratings => _ratings;
}

/// <summary>What one member said of one member (themselves or a peer) in one skill.</summary>
public sealed class PeerRating
{
    private PeerRating()
    {
    }

    public PeerRating(int learnerId, int skillId, int score)
    {
        SoftSkillAssessment.CheckScore(score);
        LearnerId = learnerId;
        SkillId = skillId;
        Score = score;
    }

    public int Id { get; private set; }
    public int SubmissionId { get; private set; }
    public int LearnerId { get; private set; }
    public int SkillId { get; private set; }
    public int Score { get; private set; }
}
