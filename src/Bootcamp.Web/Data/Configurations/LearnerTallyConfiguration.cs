using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Learners;
using Bootcamp.Web.Features.Progress;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bootcamp.Web.Data.Configurations;

public sealed class LearnerTallyConfiguration : IEntityTypeConfiguration<LearnerTally>
{
    public void Configure(EntityTypeBuilder<LearnerTally> builder)
    {
        builder.HasKey(t => new { t.CohortId, t.LearnerId });
        builder.HasIndex(t => t.LearnerId);
        builder.HasOne<Cohort>().WithMany().HasForeignKey(t => t.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Learner>().WithMany().HasForeignKey(t => t.LearnerId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(t => t.FirstMarkedUtc).HasConversion(v => v, v => v == null ? null : DateTime.SpecifyKind(v.Value, DateTimeKind.Utc));
        builder.Property(t => t.LastMarkedUtc).HasConversion(v => v, v => v == null ? null : DateTime.SpecifyKind(v.Value, DateTimeKind.Utc));
        builder.Ignore(t => t.IsEmpty);
    }
}
