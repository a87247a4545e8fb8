using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Subscriptions;
using Bootcamp.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bootcamp.Web.Data.Configurations;

public sealed class ReportSubscriptionConfiguration : IEntityTypeConfiguration<ReportSubscription>
{
    public void Configure(EntityTypeBuilder<ReportSubscription> builder)
    {
        builder.HasIndex(s => s.UserId);
        builder.Property(s => s.TimeZoneId).HasMaxLength(64);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Cohorts).WithOne().HasForeignKey(c => c.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Cohorts).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(s => s.Schedule);
    }
}

public sealed class SubscribedCohortConfiguration : IEntityTypeConfiguration<SubscribedCohort>
{
    public void Configure(EntityTypeBuilder<SubscribedCohort> builder)
    {
        builder.HasKey(c => new { c.SubscriptionId, c.CohortId });
        builder.HasIndex(c => c.CohortId);
        builder.HasOne<Cohort>().WithMany().HasForeignKey(c => c.CohortId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class SubscriptionRunConfiguration : IEntityTypeConfiguration<SubscriptionRun>
{
    public void Configure(EntityTypeBuilder<SubscriptionRun> builder)
    {
        builder.HasIndex(r => new { r.SubscriptionId, r.DueAtUtc });
        builder.Property(r => r.Problem).HasMaxLength(SubscriptionRun.MaxProblemLength);
        builder.Property(r => r.EmailProblem).HasMaxLength(SubscriptionRun.MaxProblemLength);
        builder.HasOne<ReportSubscription>().WithMany().HasForeignKey(r => r.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
    }
}
