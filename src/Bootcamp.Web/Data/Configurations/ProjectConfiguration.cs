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
        builder.Property(p => p.Brief).HasMaxLength(GroupProject.MaxBriefLength);
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
        builder.HasIndex(g => g.GroupProjectId);
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

public sealed class ProjectTemplateConfiguration : IEntityTypeConfiguration<ProjectTemplate>
{
    public void Configure(EntityTypeBuilder<ProjectTemplate> builder)
    {
        builder.HasIndex(t => t.ProgrammeId);
        builder.Property(t => t.Brief).HasMaxLength(GroupProject.MaxBriefLength);
        builder.Property(t => t.Milestones).HasMaxLength(4000);
        builder.HasOne<Programme>().WithMany().HasForeignKey(t => t.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Module>().WithMany().HasForeignKey(t => t.ModuleId).OnDelete(DeleteBehavior.SetNull);
    }
}

public sealed class MilestoneSubmissionConfiguration : IEntityTypeConfiguration<MilestoneSubmission>
{
    public void Configure(EntityTypeBuilder<MilestoneSubmission> builder)
    {
        builder.HasIndex(s => new { s.GroupId, s.MilestoneId }).IsUnique();
        builder.HasIndex(s => s.CohortId);
        builder.HasIndex(s => s.MilestoneId);
        builder.Property(s => s.Note).HasMaxLength(MilestoneSubmission.MaxNoteLength);
        builder.Property(s => s.ReviewNote).HasMaxLength(MilestoneSubmission.MaxNoteLength);
        builder.HasOne<Cohort>().WithMany().HasForeignKey(s => s.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ProjectGroup>().WithMany().HasForeignKey(s => s.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ProjectMilestone>().WithMany().HasForeignKey(s => s.MilestoneId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class GroupMoveConfiguration : IEntityTypeConfiguration<GroupMove>
{
    public void Configure(EntityTypeBuilder<GroupMove> builder)
    {
        builder.HasIndex(m => new { m.GroupProjectId, m.MovedAtUtc });
        builder.HasIndex(m => m.CohortId);
        builder.HasIndex(m => m.LearnerId);
        builder.HasOne<Cohort>().WithMany().HasForeignKey(m => m.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<GroupProject>().WithMany().HasForeignKey(m => m.GroupProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Learner>().WithMany().HasForeignKey(m => m.LearnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ProjectGroup>().WithMany().HasForeignKey(m => m.FromGroupId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<ProjectGroup>().WithMany().HasForeignKey(m => m.ToGroupId).OnDelete(DeleteBehavior.SetNull);
    }
}
