using Bootcamp.Domain.Common;
using Bootcamp.Domain.Logging;
using Bootcamp.Domain.SoftSkills;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.SoftSkills;

/// <summary>
/// Saves an instructor's rating grid whole or not at all, with an audit entry per rating created, changed or cleared
/// (who, when, before, after), and keeps the cohort's assessment points. The cohort, learners and skills are the ones
/// the page found through the user's scope.
/// </summary>
public sealed class RatingWriter(BootcampDb db, string who, DateTime nowUtc, DateOnly today)
{
    public async Task<IReadOnlyList<EntryProblem>> SaveGridAsync(int cohortId, PointView point, IReadOnlyList<RatingCell> cells,
        IReadOnlySet<int> learners, IReadOnlyDictionary<int, string> skills, CancellationToken cancellationToken)
    {
        var problems = RatingRules.CheckGrid(cells, learners, skills.Keys.ToHashSet());
        if (problems.Count > 0)
            return problems;
        await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
        var ids = cells.Select(c => c.LearnerId).Distinct().ToList();
        var stored = (await db.SoftSkillAssessments
                .Where(a => a.CohortId == cohortId && a.PointId == point.Id && ids.Contains(a.LearnerId))
                .ToListAsync(cancellationToken))
            .ToDictionary(a => (a.LearnerId, a.SkillId));
        var created = new List<SoftSkillAssessment>();
        var audit = new List<AuditEntry>();
        foreach (var cell in cells)
        {
            var skill = skills[cell.SkillId];
            var comment = string.IsNullOrWhiteSpace(cell.Comment) ? null : cell.Comment.Trim();
            if (stored.GetValueOrDefault((cell.LearnerId, cell.SkillId)) is { } rating)
            {
                var before = rating.Describe(skill, point.Name);
                if (cell.Score is not { } score)
                {
                    db.SoftSkillAssessments.Remove(rating);
                    audit.Add(Entry(cohortId, rating, AuditAction.Deleted, before, null));
                }
                else if (score != rating.Score || comment != rating.Comment)
                {
                    rating.Rate(score, comment, who, today);
                    audit.Add(Entry(cohortId, rating, AuditAction.Changed, before, rating.Describe(skill, point.Name)));
                }
            }
            else if (cell.Score is { } score)
            {
                var added = new SoftSkillAssessment(cohortId, cell.LearnerId, cell.SkillId, point.Id, score, comment, who, today);
                db.SoftSkillAssessments.Add(added);
                created.Add(added);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        // New ratings get their ids from the save above, and their entries name them.
        audit.AddRange(created.Select(r => Entry(cohortId, r, AuditAction.Created, null, r.Describe(skills[r.SkillId], point.Name))));
        db.AuditEntries.AddRange(audit);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return [];
    }

    private AuditEntry Entry(int cohortId, SoftSkillAssessment rating, AuditAction action, string? before, string? after) =>
        new(cohortId, rating.LearnerId, null, AuditedRecord.SoftSkillRating, rating.Id, action, before, after, null, who, nowUtc);

    public async Task AddPointAsync(int cohortId, PointForm form, CancellationToken cancellationToken)
    {
        db.AssessmentPoints.Add(new AssessmentPoint(cohortId, form.Name ?? "", form.Date!.Value));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Renames or moves a point; its ratings stay with it. False when the point is not the cohort's.</summary>
    public async Task<bool> UpdatePointAsync(int cohortId, PointForm form, CancellationToken cancellationToken)
    {
        var point = await db.AssessmentPoints.SingleOrDefaultAsync(p => p.Id == form.PointId && p.CohortId == cohortId, cancellationToken);
        if (point is null)
            return false;
        point.Update(form.Name ?? "", form.Date!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Removes a point nobody was rated at; a rated point stays, so no rating loses its moment.</summary>
    public async Task<bool> RemovePointAsync(int cohortId, int pointId, CancellationToken cancellationToken)
    {
        var point = await db.AssessmentPoints.SingleOrDefaultAsync(p => p.Id == pointId && p.CohortId == cohortId, cancellationToken);
        if (point is null)
            return false;
        if (await db.SoftSkillAssessments.AnyAsync(a => a.PointId == pointId, cancellationToken) || await db.PeerRounds.AnyAsync(r => r.PointId == pointId, cancellationToken))
            throw new DomainException(nameof(AssessmentPoint.Name), $"Learners have been rated at {point.Name}, so it stays; change its date instead.");
        db.AssessmentPoints.Remove(point);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
