using System.Globalization;
using Bootcamp.Domain.Common;
using Bootcamp.Domain.Logging;
using Bootcamp.Domain.Projects;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Projects;

/// <summary>Where a group's grade stands against the correction window: first graded by whom and on which day, and the window's last day.</summary>
public sealed record GradeWindow(FirstRecording First, DateOnly FirstOn, DateOnly LastOpenDay, bool Open);

/// <summary>
/// Grades a group: the team grade and every member's contribution adjustment in one write, audited per member
/// (who, when, before, after). A grade is evidence like logged hours, so changing it follows the same correction
/// window (issue 4, <see cref="CorrectionWindow"/>): the instructor who graded may change it for
/// <see cref="Corrections.Days"/> days; after that only centre staff, with a reason. The window is checked inside
/// the write transaction, and a refusal saves nothing.
/// </summary>
public sealed class GradeWriter(BootcampDb db, Corrections corrections, ProjectCohort cohort, string who, DateTime nowUtc)
{
    public async Task<GradeWindow?> WindowAsync(int groupId, CancellationToken cancellationToken)
    {
        var group = await db.ProjectGroups.AsNoTracking().Where(g => g.Id == groupId)
            .Select(g => new { g.GradePercent, g.GradedBy, g.GradedAtUtc, g.GradedOn }).SingleAsync(cancellationToken);
        if (group.GradePercent is null)
            return null;
        // A grade imported without its author (the demo data's) counts from its grading day, and only staff may change it.
        var first = (await corrections.FirstRecordingsAsync(AuditedRecord.ProjectGrade, [groupId], cancellationToken)).GetValueOrDefault(groupId)
            ?? new FirstRecording(group.GradedBy ?? "", group.GradedAtUtc ?? TimeZoneInfo.ConvertTimeToUtc(group.GradedOn!.Value.ToDateTime(TimeOnly.MinValue), cohort.TimeZone));
        var firstOn = cohort.Logging.LocalDate(first.RecordedAtUtc);
        return new(first, firstOn, CorrectionWindow.LastOpenDay(firstOn, corrections.Days), CorrectionWindow.IsOpen(firstOn, cohort.Today, corrections.Days));
    }

    public async Task<IReadOnlyList<FieldProblem>> GradeAsync(int groupId, int passMarkPercent, GradeForm form, CancellationToken cancellationToken)
    {
        await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
        var group = await db.ProjectGroups.Include(g => g.Members).SingleAsync(g => g.Id == groupId, cancellationToken);
        if (await WindowAsync(groupId, cancellationToken) is { } window)
        {
            var problems = corrections.Check(window.First, cohort.Logging, who, form.Reason, cohort.Today)
                .Select(p => new FieldProblem(p.Field == nameof(CorrectionRequest.Reason) ? nameof(GradeForm.Reason) : "", p.Message))
                .ToList();
            if (problems.Count > 0)
                return problems;
        }
        var before = group.Members.ToDictionary(m => m.LearnerId, m => Describe(group.GradePercent, m.ContributionAdjustment, passMarkPercent));
        var adjustments = form.Rows.GroupBy(r => r.LearnerId).ToDictionary(g => g.Key, g => g.First().Adjustment ?? 0);
        try
        {
            group.Grade(form.TeamGrade ?? -1, adjustments, who, nowUtc, cohort.Today);
        }
        catch (DomainException ex)
        {
            return [new FieldProblem(ex.Field == nameof(ProjectGroup.GradePercent) ? nameof(GradeForm.TeamGrade) : "", ex.Message)];
        }
        foreach (var member in group.Members)
        {
            var after = Describe(group.GradePercent, member.ContributionAdjustment, passMarkPercent);
            var old = before[member.LearnerId];
            if (old != after)
                db.AuditEntries.Add(new AuditEntry(cohort.Id, member.LearnerId, null, AuditedRecord.ProjectGrade, group.Id,
                    old is null ? AuditAction.Created : AuditAction.Changed, old, after, form.Reason, who, nowUtc));
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return [];
    }

    /// <summary>A member's grade as the audit trail shows it: "team 72%, contribution +5: 77% (passed, pass mark 60%)".</summary>
    public static string? Describe(int? teamGradePercent, int adjustmentPoints, int passMarkPercent) =>
        ProjectScore.For(teamGradePercent, adjustmentPoints, passMarkPercent) is { } r
            ? string.Create(CultureInfo.InvariantCulture,
                $"team {r.TeamGradePercent}%, contribution {ProjectScore.Signed(r.AdjustmentPoints)}: {r.ResultPercent}% ({(r.Passed ? "passed" : "not passed")}, pass mark {passMarkPercent}%)")
            : null;
}
