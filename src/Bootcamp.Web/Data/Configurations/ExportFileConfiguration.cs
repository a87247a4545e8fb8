using Bootcamp.Web.Features.Exports;
using Bootcamp.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bootcamp.Web.Data.Configurations;

public sealed class ExportFileConfiguration : IEntityTypeConfiguration<ExportFile>
{
    public void Configure(EntityTypeBuilder<ExportFile> builder)
    {
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.HasIndex(f => new { f.OwnerUserId, f.CreatedAtUtc });
        builder.HasIndex(f => f.ExpiresAtUtc);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(f => f.OwnerUserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(f => f.Kind).HasMaxLength(32);
        builder.Property(f => f.Format).HasMaxLength(16);
        // A request names its cohorts by id: 2,000 cohorts of the whole network fit.
        builder.Property(f => f.Request).HasMaxLength(16_000);
        builder.Property(f => f.FileName).HasMaxLength(200);
        builder.Property(f => f.ContentType).HasMaxLength(100);
        builder.Property(f => f.ProgressText).HasMaxLength(ExportFile.MaxProgressTextLength);
        builder.Property(f => f.FailureReason).HasMaxLength(ExportFile.MaxFailureLength);
        builder.Property(f => f.JobId).HasMaxLength(64);
        builder.Property(f => f.CreatedAtUtc).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        builder.Property(f => f.StartedAtUtc).HasConversion(v => v, v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : null);
        builder.Property(f => f.FinishedAtUtc).HasConversion(v => v, v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : null);
        builder.Property(f => f.ExpiresAtUtc).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
    }
}

public sealed class ExportFileChunkConfiguration : IEntityTypeConfiguration<ExportFileChunk>
{
    public void Configure(EntityTypeBuilder<ExportFileChunk> builder)
    {
        builder.HasKey(c => new { c.FileId, c.Index });
        builder.HasOne<ExportFile>().WithMany().HasForeignKey(c => c.FileId).OnDelete(DeleteBehavior.Cascade);
    }
}
