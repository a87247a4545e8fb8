using Bootcamp.Domain.Common;
using Bootcamp.Domain.Logging;
using Bootcamp.Domain.SoftSkills;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.SoftSkills;

/// <summary>
/// Opens and closes peer rounds and enters a member's paper form once. The once is checked inside the write
/// transaction (and by a unique index), so the same form typed in twice at the same moment is still stored once.
/// </summary>
public sealed class PeerWriter(BootcampDb db, string who, DateTime nowUtc)
{
    public async Task OpenAsync(int cohortId, int groupId, int pointId, CancellationToken cancellationToken)
    {
        if (!await db.AssessmentPoints.AnyAsync(p => p.Id == pointId && p.CohortId == cohortId, cancellationToken))
            throw new DomainException("PointId", "Choose one of the cohort's assessment points.");
        if (!await db.ProjectGroups.AnyAsync(g => g.Id == groupId && g.CohortId == cohortId, cancellationToken))
            throw new DomainException("GroupId", "Choose one of the cohort's project groups.");
        if (await db.PeerRounds.AnyAsync(r => r.GroupId == groupId && r.PointId == pointId && r.ClosedAtUtc == null, cancellationToken))
            throw new DomainException("GroupId", "This group already has an open round for this assessment point.");
        db.PeerRounds.Add(new PeerRound(cohortId, groupId, pointId, who, nowUtc));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<bool> CloseAsync(int cohortId, int roundId, CancellationToken cancellationToken)
    {
        var round = await db.PeerRounds.SingleOrDefaultAsync(r => r.Id == roundId && r.CohortId == cohortId, cancellationToken);
        if (round is null)
            return false;
        round.Close(nowUtc);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Stores the rater's form, or returns what is wrong with it and stores nothing.</summary>
    public async Task<IReadOnlyList<EntryProblem>> SubmitAsync(int cohortId, int roundId, int raterId, IReadOnlyList<PeerScore> scores, int programmeId,
        CancellationToken cancellationToken)
    {
        await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
        var round = await db.PeerRounds.AsNoTracking().SingleAsync(r => r.Id == roundId && r.CohortId == cohortId, cancellationToken);
        var members = await db.ProjectGroupMembers.Where(m => m.GroupId == round.GroupId).Select(m => m.LearnerId).ToListAsync(cancellationToken);
        var submitted = await db.PeerSubmissions.Where(s => s.RoundId == roundId).Select(s => s.RaterLearnerId).ToListAsync(cancellationToken);
        var skills = await db.SoftSkills.Where(s => s.ProgrammeId == programmeId).Select(s => s.Id).ToListAsync(cancellationToken);
        var problems = RatingRules.CheckPeer(raterId, scores, new PeerRoundState(round.IsOpen, members.ToHashSet(), submitted.ToHashSet(), skills.ToHashSet()));
        if (problems.Count > 0)
            return problems;
        db.PeerSubmissions.Add(new PeerSubmission(roundId, cohortId, raterId, scores.Select(s => new PeerRating(s.LearnerId, s.SkillId, s.Score!.Value)), who, nowUtc));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return [];
    }
}
