using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Logging;
using Bootcamp.Domain.Programmes;
using Bootcamp.Domain.Projects;
using Bootcamp.Domain.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bootcamp.Web.Data.Configurations;

public sealed class AttendanceConfiguration : IEntityTypeConfiguration<Attendance>
{
    public void Configure(EntityTypeBuilder<Attendance> builder)
    {
        builder.HasIndex(a => new { a.SessionId, a.LearnerId }).IsUnique();
        builder.HasIndex(a => a.LearnerId);
        builder.HasOne<LectureSession>().WithMany().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Learner>().WithMany().HasForeignKey(a => a.LearnerId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Property(a => a.RecordedAtUtc).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        builder.Ignore(a => a.CountsAsAttended);
    }
}

public sealed class ExerciseLogConfiguration : IEntityTypeConfiguration<ExerciseLog>
{
    public void Configure(EntityTypeBuilder<ExerciseLog> builder)
    {
        builder.HasIndex(e => new { e.CohortId, e.LearnerId, e.Date });
        builder.HasIndex(e => new { e.CohortId, e.Date });
        builder.HasIndex(e => new { e.LearnerId, e.Date });
        builder.HasIndex(e => e.GroupEntryId);
        builder.HasOne<Cohort>().WithMany().HasForeignKey(e => e.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Learner>().WithMany().HasForeignKey(e => e.LearnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Module>().WithMany().HasForeignKey(e => e.ModuleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ProjectGroup>().WithMany().HasForeignKey(e => e.ProjectGroupId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(e => e.Description).HasMaxLength(300);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Property(e => e.LoggedAtUtc).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
    }
}

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.HasIndex(a => new { a.CohortId, a.LearnerId, a.ChangedAtUtc });
        builder.HasIndex(a => new { a.SessionId, a.ChangedAtUtc });
        builder.HasIndex(a => new { a.Record, a.RecordId });
        builder.Property(a => a.OldValue).HasMaxLength(1000);
        builder.Property(a => a.NewValue).HasMaxLength(1000);
        builder.Property(a => a.Reason).HasMaxLength(500);
        builder.Property(a => a.ChangedAtUtc).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
    }
}
