using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Programmes;
using Bootcamp.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bootcamp.Web.Data.Configurations;

public sealed class GroupProjectConfiguration : IEntityTypeConfiguration<GroupProject>
{
    public void Configure(EntityTypeBuilder<GroupProject> builder)
    {
        builder.HasIndex(p => p.CohortId);
        builder.Property(p => p.Brief).HasMaxLength(2000);
        builder.HasOne<Cohort>().WithMany().HasForeignKey(p => p.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Module>().WithMany().HasForeignKey(p => p.ModuleId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(p => p.Milestones).WithOne().HasForeignKey(m => m.GroupProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Milestones).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class ProjectMilestoneConfiguration : IEntityTypeConfiguration<ProjectMilestone>
{
    public void Configure(EntityTypeBuilder<ProjectMilestone> builder) => builder.HasIndex(m => m.GroupProjectId);
}

public sealed class ProjectGroupConfiguration : IEntityTypeConfiguration<ProjectGroup>
{
    public void Configure(EntityTypeBuilder<ProjectGroup> builder)
    {
        builder.HasIndex(g => g.CohortId);
        builder.HasOne<Cohort>().WithMany().HasForeignKey(g => g.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<GroupProject>().WithMany().HasForeignKey(g => g.GroupProjectId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(g => g.Members).WithOne().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(g => g.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class ProjectGroupMemberConfiguration : IEntityTypeConfiguration<ProjectGroupMember>
{
    public void Configure(EntityTypeBuilder<ProjectGroupMember> builder)
    {
        builder.HasKey(m => new { m.GroupId, m.LearnerId });
        builder.HasIndex(m => m.LearnerId);
        builder.HasOne<Learner>().WithMany().HasForeignKey(m => m.LearnerId).OnDelete(DeleteBehavior.Restrict);
    }
}
