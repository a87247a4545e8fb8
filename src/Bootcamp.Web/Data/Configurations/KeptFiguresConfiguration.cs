using Bootcamp.Domain.Cohorts;
using Bootcamp.Web.Features.Progress;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bootcamp.Web.Data.Configurations;

public sealed class KeptFiguresConfiguration : IEntityTypeConfiguration<KeptFigures>
{
    public void Configure(EntityTypeBuilder<KeptFigures> builder)
    {
        builder.HasKey(k => k.CohortId);
        builder.Property(k => k.CohortId).ValueGeneratedNever();
        builder.HasOne<Cohort>().WithMany().HasForeignKey(k => k.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(k => k.ComputedAtUtc).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        builder.Property(k => k.HoldsUntilUtc).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        builder.ComplexProperty(k => k.Figures);
        builder.Ignore(k => k.Glance);
    }
}
