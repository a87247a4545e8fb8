namespace Bootcamp.Domain.Projects;

/// <summary>One score a member of a group gave a member (themselves or a peer) in one skill.</summary>
public sealed record GivenScore(int RaterLearnerId, int LearnerId, int Score);

/// <summary>What a member's group said of them: the mean of their peers' scores and of their own, 1 to 5, with how many scores each.</summary>
public sealed record PeerView(int LearnerId, decimal? PeerAverage, int PeerScores, decimal? SelfAverage);

/// <summary>
/// Issue 10: the instructor's contribution adjustment may be "informed by peer ratings". The grading form shows
/// what the group's self and peer rounds said beside each member; it never turns them into an adjustment, which
/// stays the instructor's judgement. Self scores are kept apart, since people rate themselves differently.
/// </summary>
public static class PeerViews
{
    public static IReadOnlyDictionary<int, PeerView> For(IEnumerable<int> members, IReadOnlyList<GivenScore> scores) =>
        members.Distinct().ToDictionary(id => id, id =>
        {
            var peers = scores.Where(s => s.LearnerId == id && s.RaterLearnerId != id).Select(s => (decimal)s.Score).ToList();
            var self = scores.Where(s => s.LearnerId == id && s.RaterLearnerId == id).Select(s => (decimal)s.Score).ToList();
            return new PeerView(id, peers.Count == 0 ? null : Math.Round(peers.Average(), 1), peers.Count, self.Count == 0 ? null : Math.Round(self.Average(), 1));
        });
}
