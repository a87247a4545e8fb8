using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Programmes;
using Bootcamp.Domain.Progress;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bootcamp.Web.Data.Configurations;

public sealed class BadgeAwardConfiguration : IEntityTypeConfiguration<BadgeAward>
{
    public void Configure(EntityTypeBuilder<BadgeAward> builder)
    {
        // One standing award per learner and module; revoked ones stay beside it as history.
        builder.HasIndex(b => new { b.CohortId, b.LearnerId, b.ModuleId }).IsUnique().HasFilter("\"RevokedAtUtc\" IS NULL");
        builder.Property(b => b.Reason).HasMaxLength(BadgeAward.MaxReasonLength);
        builder.Property(b => b.RevocationReason).HasMaxLength(BadgeAward.MaxReasonLength);
        builder.HasOne<Cohort>().WithMany().HasForeignKey(b => b.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Learner>().WithMany().HasForeignKey(b => b.LearnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Module>().WithMany().HasForeignKey(b => b.ModuleId).OnDelete(DeleteBehavior.Restrict);
    }
}
