using Bootcamp.Domain.Common;
using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Projects;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Projects;

/// <summary>A group as the forming page posts it: its name and its members.</summary>
public sealed record NewGroup(string Name, IReadOnlyList<int> LearnerIds);

/// <summary>
/// Forms a project's groups and moves learners between them, keeping every change in <see cref="GroupMove"/>. The
/// project was found through the user's scope by the caller; the checks run again inside the write transaction, and
/// a broken rule comes back as a <see cref="DomainException"/> with nothing saved.
/// </summary>
public sealed class GroupWriter(BootcampDb db, string who, DateTime nowUtc)
{
    public const string FormedReason = "Groups formed";

    public async Task FormAsync(ProjectCohort cohort, int projectId, IReadOnlyList<NewGroup> groups, CancellationToken cancellationToken)
    {
        await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
        if (await db.ProjectGroups.AnyAsync(g => g.GroupProjectId == projectId, cancellationToken))
            throw new DomainException("", "Someone formed this project's groups meanwhile; move learners from the project page.");
        var ids = groups.SelectMany(g => g.LearnerIds).ToList();
        if (ids.Count != ids.Distinct().Count())
            throw new DomainException("", "A learner is in two groups.");
        var enrolled = await db.Enrolments.Where(e => e.CohortId == cohort.Id && e.Status == EnrolmentStatus.Enrolled && ids.Contains(e.LearnerId))
            .Select(e => e.LearnerId).ToListAsync(cancellationToken);
        if (ids.Except(enrolled).Any())
            throw new DomainException("", "A learner on this page is no longer enrolled; reload the page.");
        var made = groups.Select(g =>
        {
            var group = new ProjectGroup(cohort.Id, projectId, g.Name);
            foreach (var learner in g.LearnerIds)
                group.AddMember(learner);
            return group;
        }).ToList();
        db.ProjectGroups.AddRange(made);
        await db.SaveChangesAsync(cancellationToken);
        db.GroupMoves.AddRange(made.SelectMany(g => g.Members.Select(m => new GroupMove(cohort.Id, projectId, m.LearnerId, null, g.Id, FormedReason, who, nowUtc))));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Moves a learner to <paramref name="toGroupId"/>, or out of every group of the project when it is null.</summary>
    public async Task MoveAsync(ProjectCohort cohort, int projectId, int learnerId, int? toGroupId, string reason, CancellationToken cancellationToken)
    {
        await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
        var groups = await db.ProjectGroups.Include(g => g.Members).Where(g => g.GroupProjectId == projectId).ToListAsync(cancellationToken);
        var from = groups.FirstOrDefault(g => g.HasMember(learnerId));
        var to = toGroupId is { } id ? groups.FirstOrDefault(g => g.Id == id) ?? throw new DomainException(nameof(MoveForm.ToGroupId), "Choose a group of this project.") : null;
        var status = await db.Enrolments.Where(e => e.CohortId == cohort.Id && e.LearnerId == learnerId)
            .OrderByDescending(e => e.EnrolledOn).Select(e => (EnrolmentStatus?)e.Status).FirstOrDefaultAsync(cancellationToken);
        if (status is null)
            throw new DomainException(nameof(MoveForm.LearnerId), "Choose a learner of this cohort.");
        if (to is not null && status != EnrolmentStatus.Enrolled)
            throw new DomainException(nameof(MoveForm.LearnerId), $"Only an enrolled learner can join a group; this one is {status.Value.InSentence()}.");
        var move = new GroupMove(cohort.Id, projectId, learnerId, from?.Id, to?.Id, reason, who, nowUtc);
        from?.RemoveMember(learnerId);
        to?.AddMember(learnerId);
        db.GroupMoves.Add(move);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// A withdrawn learner leaves the groups of the cohort's projects that are not graded yet, with the move kept.
    /// A graded group keeps them: its grade is their result for work they took part in. Runs inside the caller's
    /// transaction (the withdrawal's), so the two are saved together or not at all.
    /// </summary>
    public static async Task LeaveOpenGroupsAsync(BootcampDb db, int cohortId, int learnerId, string reason, string who, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var groups = await db.ProjectGroups.Include(g => g.Members)
            .Where(g => g.CohortId == cohortId && g.GroupProjectId != null && g.GradePercent == null && g.Members.Any(m => m.LearnerId == learnerId))
            .ToListAsync(cancellationToken);
        foreach (var group in groups)
        {
            group.RemoveMember(learnerId);
            db.GroupMoves.Add(new GroupMove(cohortId, group.GroupProjectId!.Value, learnerId, group.Id, null, reason, who, nowUtc));
        }
    }
}
