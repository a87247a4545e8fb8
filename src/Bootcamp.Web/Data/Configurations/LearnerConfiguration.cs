using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Learners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bootcamp.Web.Data.Configurations;

public sealed class LearnerConfiguration : IEntityTypeConfiguration<Learner>
{
    public void Configure(EntityTypeBuilder<Learner> builder)
    {
        builder.HasIndex(l => l.Email).IsUnique();
        builder.HasIndex(l => new { l.LastName, l.FirstName });
        builder.Ignore(l => l.FullName);
    }
}

public sealed class EnrolmentConfiguration : IEntityTypeConfiguration<Enrolment>
{
    public void Configure(EntityTypeBuilder<Enrolment> builder)
    {
        builder.HasIndex(e => new { e.CohortId, e.LearnerId }).IsUnique();
        builder.HasIndex(e => e.LearnerId);
        builder.HasOne<Cohort>().WithMany().HasForeignKey(e => e.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Learner>().WithMany().HasForeignKey(e => e.LearnerId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(e => e.IsActive);
    }
}
