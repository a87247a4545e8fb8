using Bootcamp.Domain.Common;
using Bootcamp.Domain.Projects;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Projects;

/// <summary>
/// Records a group's submission for a milestone and its review. The group was found through the user's scope by
/// the caller; the milestone must be one of the group's project. The submission is dated by the centre's today,
/// which lateness is judged on.
/// </summary>
public sealed class MilestoneWriter(BootcampDb db, string who, DateTime nowUtc, DateOnly today)
{
    public async Task SubmitAsync(int groupId, SubmitForm form, CancellationToken cancellationToken)
    {
        await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
        var group = await MilestoneGroupAsync(groupId, form.MilestoneId, cancellationToken);
        var submission = await db.MilestoneSubmissions.SingleOrDefaultAsync(s => s.GroupId == groupId && s.MilestoneId == form.MilestoneId, cancellationToken);
        if (submission is null)
            db.MilestoneSubmissions.Add(new MilestoneSubmission(group.CohortId, groupId, form.MilestoneId, form.Link ?? "", form.Note, who, nowUtc, today));
        else
            submission.Submit(form.Link ?? "", form.Note, who, nowUtc, today);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task ReviewAsync(int groupId, ReviewForm form, CancellationToken cancellationToken)
    {
        await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
        await MilestoneGroupAsync(groupId, form.MilestoneId, cancellationToken);
        var submission = await db.MilestoneSubmissions.SingleOrDefaultAsync(s => s.GroupId == groupId && s.MilestoneId == form.MilestoneId, cancellationToken)
            ?? throw new DomainException(nameof(ReviewForm.Note), "Nothing was submitted for this milestone yet.");
        submission.Review(form.Note, who, nowUtc);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<ProjectGroup> MilestoneGroupAsync(int groupId, int milestoneId, CancellationToken cancellationToken)
    {
        var group = await db.ProjectGroups.AsNoTracking().SingleAsync(g => g.Id == groupId, cancellationToken);
        if (!await db.ProjectMilestones.AnyAsync(m => m.Id == milestoneId && m.GroupProjectId == group.GroupProjectId, cancellationToken))
            throw new DomainException(nameof(SubmitForm.MilestoneId), "This milestone is not one of the group's project; reload the page.");
        return group;
    }
}
