using Bootcamp.Domain.Learners;
using Bootcamp.Domain.SoftSkills;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Shared;
using Bootcamp.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.SoftSkills;

/// <summary>
/// Reads the soft-skill pages' view models. Ratings, points, rounds and groups come through the user's scope; the
/// rubric belongs to the programme, which is not scoped.
/// </summary>
public sealed class SoftSkillsQuery(BootcampDb db, UserScope scope)
{
    public async Task<RubricViewModel?> RubricAsync(int programmeId, SkillForm? form, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.AsNoTracking().Where(p => p.Id == programmeId)
            .Select(p => new { p.Id, p.Code, p.Name, p.Criteria.SoftSkillSource })
            .SingleOrDefaultAsync(cancellationToken);
        if (programme is null)
            return null;
        var skills = await SkillsAsync(programmeId, cancellationToken);
        var ids = skills.Select(s => s.Id).ToList();
        var rated = await scope.SoftSkillAssessments().Where(a => ids.Contains(a.SkillId)).Select(a => a.SkillId).Distinct().ToListAsync(cancellationToken);
        return new RubricViewModel(programme.Id, programme.Code, programme.Name, programme.SoftSkillSource, skills, rated.ToHashSet(), form ?? new SkillForm());
    }

    public async Task<List<SkillView>> SkillsAsync(int programmeId, CancellationToken cancellationToken) =>
        (await db.SoftSkills.AsNoTracking().Where(s => s.ProgrammeId == programmeId).OrderBy(s => s.Position)
            .Select(s => new { s.Id, s.Position, s.Name, s.Descriptors })
            .ToListAsync(cancellationToken))
        .Select(s => new SkillView(s.Id, s.Position, s.Name, s.Descriptors))
        .ToList();

    /// <summary>The cohort's points in date order; the last is the final assessment.</summary>
    public async Task<List<PointView>> PointsAsync(int cohortId, CancellationToken cancellationToken)
    {
        var ratings = scope.SoftSkillAssessments();
        var points = await scope.AssessmentPoints().AsNoTracking().Where(p => p.CohortId == cohortId)
            .OrderBy(p => p.Date).ThenBy(p => p.Id)
            .Select(p => new { p.Id, p.Name, p.Date, Ratings = ratings.Count(a => a.PointId == p.Id) })
            .ToListAsync(cancellationToken);
        return [.. points.Select((p, i) => new PointView(p.Id, p.Name, p.Date, p.Ratings, i == points.Count - 1))];
    }

    public async Task<PointsViewModel> PointsPageAsync(LoggingCohort cohort, PointForm? form, CancellationToken cancellationToken) =>
        new(cohort, await PointsAsync(cohort.Id, cancellationToken), form ?? new PointForm());

    public Task<List<Choice>> GroupsAsync(int cohortId, CancellationToken cancellationToken) =>
        scope.ProjectGroups().AsNoTracking().Where(g => g.CohortId == cohortId).OrderBy(g => g.Name)
            .Select(g => new Choice(g.Id, g.Name)).ToListAsync(cancellationToken);

    /// <summary>Learners of the cohort who are rated: enrolled, or graduated or not at its end (withdrawn and deferred learners are not); with a group, only its members.</summary>
    public async Task<List<Choice>> LearnersAsync(int cohortId, int? groupId, CancellationToken cancellationToken)
    {
        var enrolments = scope.Enrolments().Where(e => e.CohortId == cohortId
            && e.Status != EnrolmentStatus.Withdrawn && e.Status != EnrolmentStatus.Deferred);
        var learners = scope.Learners().Where(l => enrolments.Any(e => e.LearnerId == l.Id));
        if (groupId is { } id)
        {
            var members = scope.ProjectGroups().Where(g => g.Id == id && g.CohortId == cohortId).SelectMany(g => g.Members.Select(m => m.LearnerId));
            learners = learners.Where(l => members.Contains(l.Id));
        }
        return await learners.AsNoTracking().OrderBy(l => l.LastName).ThenBy(l => l.FirstName)
            .Select(l => new Choice(l.Id, l.FirstName + " " + l.LastName)).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The grid at <paramref name="pointId"/> (by default the latest point already reached, else the first) for the
    /// cohort or one of its groups; null when the group is not the cohort's. A posted form is shown as posted.
    /// </summary>
    public async Task<RateViewModel?> RatePageAsync(LoggingCohort cohort, int? pointId, int? groupId, DateOnly today, RatingGridForm? posted,
        CancellationToken cancellationToken)
    {
        var points = await PointsAsync(cohort.Id, cancellationToken);
        var groups = await GroupsAsync(cohort.Id, cancellationToken);
        if (groupId is { } g && groups.All(x => x.Id != g))
            return null;
        var point = points.FirstOrDefault(p => p.Id == pointId) ?? points.LastOrDefault(p => p.Date <= today) ?? points.FirstOrDefault();
        var skills = await SkillsAsync(cohort.ProgrammeId, cancellationToken);
        var learners = await LearnersAsync(cohort.Id, groupId, cancellationToken);
        var form = posted ?? new RatingGridForm { PointId = point?.Id ?? 0, GroupId = groupId };
        if (posted is null && point is not null)
        {
            var ids = learners.Select(l => l.Id).ToList();
            var stored = (await scope.SoftSkillAssessments().AsNoTracking()
                    .Where(a => a.CohortId == cohort.Id && a.PointId == point.Id && ids.Contains(a.LearnerId))
                    .Select(a => new { a.LearnerId, a.SkillId, a.Score, a.Comment })
                    .ToListAsync(cancellationToken))
                .ToDictionary(a => (a.LearnerId, a.SkillId));
            form.Cells = [.. learners.SelectMany(l => skills.Select(s =>
            {
                var rating = stored.GetValueOrDefault((l.Id, s.Id));
                return new RatingCellForm { LearnerId = l.Id, SkillId = s.Id, Score = rating?.Score, Comment = rating?.Comment };
            }))];
        }
        var peer = point is null ? new Dictionary<(int, int), PeerCell>() : await PeerCellsAsync(cohort.Id, point.Id, cancellationToken);
        return new RateViewModel(cohort, points, groups, skills, learners, peer, form);
    }

    /// <summary>Self and peer ratings of every round at the point, per learner and skill, kept apart from the instructor's.</summary>
    private async Task<Dictionary<(int Learner, int Skill), PeerCell>> PeerCellsAsync(int cohortId, int pointId, CancellationToken cancellationToken)
    {
        var rounds = scope.PeerRounds().Where(r => r.CohortId == cohortId && r.PointId == pointId).Select(r => r.Id);
        var ratings = await scope.PeerSubmissions().AsNoTracking()
            .Where(s => s.CohortId == cohortId && rounds.Contains(s.RoundId))
            .SelectMany(s => s.Ratings, (s, r) => new { s.RaterLearnerId, r.LearnerId, r.SkillId, r.Score })
            .ToListAsync(cancellationToken);
        return ratings.GroupBy(r => (r.LearnerId, r.SkillId)).ToDictionary(g => g.Key, g =>
        {
            var self = g.Where(r => r.RaterLearnerId == r.LearnerId).Select(r => (decimal)r.Score).ToList();
            var peers = g.Where(r => r.RaterLearnerId != r.LearnerId).Select(r => (decimal)r.Score).ToList();
            return new PeerCell(self.Count == 0 ? null : self.Average(), peers.Count == 0 ? null : peers.Average(), peers.Count);
        });
    }

    public async Task<PeerViewModel> PeerPageAsync(LoggingCohort cohort, OpenRoundForm form, CancellationToken cancellationToken) =>
        new(cohort, await RoundsAsync(cohort.Id, null, cancellationToken), await GroupsAsync(cohort.Id, cancellationToken),
            await PointsAsync(cohort.Id, cancellationToken), form);

    private async Task<List<RoundView>> RoundsAsync(int cohortId, int? roundId, CancellationToken cancellationToken)
    {
        var groups = scope.ProjectGroups();
        var points = scope.AssessmentPoints();
        var submissions = scope.PeerSubmissions();
        return await scope.PeerRounds().AsNoTracking()
            .Where(r => r.CohortId == cohortId && (roundId == null || r.Id == roundId))
            .OrderByDescending(r => r.OpenedAtUtc)
            .Select(r => new RoundView(r.Id,
                groups.Where(g => g.Id == r.GroupId).Select(g => g.Name).First(),
                points.Where(p => p.Id == r.PointId).Select(p => p.Name).First(),
                r.OpenedBy, r.OpenedAtUtc, r.ClosedAtUtc == null,
                groups.Where(g => g.Id == r.GroupId).Select(g => g.Members.Count).First(),
                submissions.Count(s => s.RoundId == r.Id)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The round's page, with the form of <paramref name="raterId"/> when that member has not rated yet; null when the round is not the cohort's.</summary>
    public async Task<PeerFormViewModel?> PeerFormPageAsync(LoggingCohort cohort, int roundId, int? raterId, PeerEntryForm? posted, CancellationToken cancellationToken)
    {
        var round = (await RoundsAsync(cohort.Id, roundId, cancellationToken)).SingleOrDefault();
        if (round is null)
            return null;
        var groupId = await scope.PeerRounds().Where(r => r.Id == roundId).Select(r => r.GroupId).SingleAsync(cancellationToken);
        var members = await LearnersAsync(cohort.Id, groupId, cancellationToken);
        var submitted = (await scope.PeerSubmissions().Where(s => s.RoundId == roundId).Select(s => s.RaterLearnerId).ToListAsync(cancellationToken)).ToHashSet();
        var skills = await SkillsAsync(cohort.ProgrammeId, cancellationToken);
        var rater = members.FirstOrDefault(m => m.Id == (posted?.RaterId ?? raterId));
        var form = posted ?? new PeerEntryForm
        {
            RoundId = roundId,
            RaterId = rater?.Id ?? 0,
            Scores = [.. members.SelectMany(m => skills.Select(s => new PeerScoreForm { LearnerId = m.Id, SkillId = s.Id }))],
        };
        return new PeerFormViewModel(cohort, round, members, submitted, skills, rater, form);
    }
}
