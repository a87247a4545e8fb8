using Bootcamp.Domain.Centres;
using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Programmes;
using Bootcamp.Domain.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bootcamp.Web.Data.Configurations;

public sealed class SessionConfiguration : IEntityTypeConfiguration<LectureSession>
{
    public void Configure(EntityTypeBuilder<LectureSession> builder)
    {
        builder.ToTable("LectureSessions");
        builder.HasIndex(s => new { s.CohortId, s.StartUtc });
        builder.HasIndex(s => new { s.RoomId, s.StartUtc });
        builder.HasIndex(s => new { s.InstructorId, s.StartUtc });
        builder.HasOne<Cohort>().WithMany().HasForeignKey(s => s.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Module>().WithMany().HasForeignKey(s => s.ModuleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Room>().WithMany().HasForeignKey(s => s.RoomId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Instructor>().WithMany().HasForeignKey(s => s.InstructorId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(s => s.StartUtc).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        builder.Property(s => s.EndUtc).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        builder.Ignore(s => s.Minutes);
    }
}

public sealed class CohortBreakConfiguration : IEntityTypeConfiguration<CohortBreak>
{
    public void Configure(EntityTypeBuilder<CohortBreak> builder)
    {
        builder.HasIndex(b => new { b.CohortId, b.FirstDay });
        builder.HasOne<Cohort>().WithMany().HasForeignKey(b => b.CohortId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class SessionChangeConfiguration : IEntityTypeConfiguration<SessionChange>
{
    public void Configure(EntityTypeBuilder<SessionChange> builder)
    {
        builder.HasIndex(c => new { c.SessionId, c.ChangedAtUtc });
        builder.HasIndex(c => c.CohortId);
        builder.HasOne<LectureSession>().WithMany().HasForeignKey(c => c.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Cohort>().WithMany().HasForeignKey(c => c.CohortId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(c => c.ChangedAtUtc).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
    }
}
