using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Credentials;
using Bootcamp.Domain.Graduation;
using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Progress;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bootcamp.Web.Data.Configurations;

public sealed class IssuedCredentialConfiguration : IEntityTypeConfiguration<IssuedCredential>
{
    public void Configure(EntityTypeBuilder<IssuedCredential> builder)
    {
        builder.HasIndex(c => c.PublicId).IsUnique();
        builder.HasIndex(c => new { c.CohortId, c.LearnerId });
        builder.HasIndex(c => c.BadgeAwardId);
        builder.HasIndex(c => c.GraduationDecisionId);
        builder.Property(c => c.PublicId).HasMaxLength(64);
        builder.Property(c => c.KeyId).HasMaxLength(64);
        // A signed credential with its evidence is a few kilobytes; the limit leaves room for long learning outcomes.
        builder.Property(c => c.Jwt).HasMaxLength(64_000);
        builder.Property(c => c.RevocationReason).HasMaxLength(IssuedCredential.MaxReasonLength);
        builder.HasOne<Cohort>().WithMany().HasForeignKey(c => c.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Learner>().WithMany().HasForeignKey(c => c.LearnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<BadgeAward>().WithMany().HasForeignKey(c => c.BadgeAwardId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<GraduationDecision>().WithMany().HasForeignKey(c => c.GraduationDecisionId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class IssuerKeyConfiguration : IEntityTypeConfiguration<IssuerKey>
{
    public void Configure(EntityTypeBuilder<IssuerKey> builder)
    {
        builder.HasIndex(k => k.KeyId).IsUnique();
        builder.Property(k => k.KeyId).HasMaxLength(64);
        builder.Property(k => k.ProtectedPrivateKey).HasMaxLength(4000);
    }
}
