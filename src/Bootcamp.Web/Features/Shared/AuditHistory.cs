using Bootcamp.Domain.Logging;
using Bootcamp.Web.Data;
using Bootcamp.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Shared;

public sealed record AuditRow(DateTime ChangedAtLocal, string ChangedBy, string Learner, AuditedRecord Record, AuditAction Action, string? OldValue, string? NewValue, string? Reason);

/// <summary>Reads audit entries, newest first, with the names of the learners and of the people who acted.</summary>
public static class AuditHistory
{
    public static string RecordName(AuditedRecord record) => record switch
    {
        AuditedRecord.Attendance => "Attendance",
        AuditedRecord.ExerciseLog => "Exercise hours",
        AuditedRecord.GraduationDecision => "Graduation",
        AuditedRecord.BadgeAward => "Badge",
        AuditedRecord.ProjectGrade => "Project grade",
        AuditedRecord.Credential => "Credential",
        AuditedRecord.SoftSkillRating => "Soft-skill rating",
        AuditedRecord.Enrolment => "Enrolment",
        _ => record.ToString(),
    };

    public static async Task<IReadOnlyList<AuditRow>> ReadAsync(BootcampDb db, UserScope scope, IQueryable<AuditEntry> entries, LoggingCohort cohort, CancellationToken cancellationToken)
    {
        var learners = scope.Learners();
        var rows = await entries.AsNoTracking()
            .OrderByDescending(a => a.ChangedAtUtc).ThenByDescending(a => a.Id)
            .Take(500)
            .Select(a => new
            {
                a.ChangedAtUtc, a.ChangedBy, a.Record, a.Action, a.OldValue, a.NewValue, a.Reason,
                Learner = learners.Where(l => l.Id == a.LearnerId).Select(l => l.FirstName + " " + l.LastName).First(),
            })
            .ToListAsync(cancellationToken);
        var names = await People.NamesAsync(db, rows.Select(r => r.ChangedBy), cancellationToken);
        return rows.Select(r => new AuditRow(cohort.LocalTime(r.ChangedAtUtc), names[r.ChangedBy], r.Learner, r.Record, r.Action, r.OldValue, r.NewValue, r.Reason)).ToList();
    }
}
