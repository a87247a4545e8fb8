using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Programmes;
using Bootcamp.Domain.Projects;
using Bootcamp.Domain.SoftSkills;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bootcamp.Web.Data.Configurations;

public sealed class SoftSkillConfiguration : IEntityTypeConfiguration<SoftSkill>
{
    public void Configure(EntityTypeBuilder<SoftSkill> builder)
    {
        builder.HasOne<Programme>().WithMany().HasForeignKey(s => s.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.ProgrammeId, s.Name }).IsUnique();
        builder.Property(s => s.Name).HasMaxLength(SoftSkill.MaxNameLength);
        builder.Property(s => s.Descriptors).HasMaxLength(SoftSkill.Levels * (SoftSkill.MaxDescriptorLength + 8));
    }
}

public sealed class AssessmentPointConfiguration : IEntityTypeConfiguration<AssessmentPoint>
{
    public void Configure(EntityTypeBuilder<AssessmentPoint> builder)
    {
        builder.HasOne<Cohort>().WithMany().HasForeignKey(p => p.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.CohortId, p.Date });
        builder.Property(p => p.Name).HasMaxLength(AssessmentPoint.MaxNameLength);
    }
}

public sealed class SoftSkillAssessmentConfiguration : IEntityTypeConfiguration<SoftSkillAssessment>
{
    public void Configure(EntityTypeBuilder<SoftSkillAssessment> builder)
    {
        builder.HasIndex(a => new { a.CohortId, a.LearnerId, a.SkillId, a.PointId }).IsUnique();
        builder.HasOne<Cohort>().WithMany().HasForeignKey(a => a.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Learner>().WithMany().HasForeignKey(a => a.LearnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SoftSkill>().WithMany().HasForeignKey(a => a.SkillId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AssessmentPoint>().WithMany().HasForeignKey(a => a.PointId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Comment).HasMaxLength(SoftSkillAssessment.MaxCommentLength);
    }
}

public sealed class PeerRoundConfiguration : IEntityTypeConfiguration<PeerRound>
{
    public void Configure(EntityTypeBuilder<PeerRound> builder)
    {
        builder.HasOne<Cohort>().WithMany().HasForeignKey(r => r.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ProjectGroup>().WithMany().HasForeignKey(r => r.GroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AssessmentPoint>().WithMany().HasForeignKey(r => r.PointId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.GroupId, r.PointId });
    }
}

public sealed class PeerSubmissionConfiguration : IEntityTypeConfiguration<PeerSubmission>
{
    public void Configure(EntityTypeBuilder<PeerSubmission> builder)
    {
        builder.HasOne<PeerRound>().WithMany().HasForeignKey(s => s.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Learner>().WithMany().HasForeignKey(s => s.RaterLearnerId).OnDelete(DeleteBehavior.Restrict);
        // Each member rates once per round: the rule says so, and the index keeps two saves at once from both landing.
        builder.HasIndex(s => new { s.RoundId, s.RaterLearnerId }).IsUnique();
        builder.HasMany(s => s.Ratings).WithOne().HasForeignKey(r => r.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Ratings).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class PeerRatingConfiguration : IEntityTypeConfiguration<PeerRating>
{
    public void Configure(EntityTypeBuilder<PeerRating> builder)
    {
        builder.ToTable("PeerRatings");
        builder.HasOne<Learner>().WithMany().HasForeignKey(r => r.LearnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SoftSkill>().WithMany().HasForeignKey(r => r.SkillId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.SubmissionId, r.LearnerId, r.SkillId }).IsUnique();
    }
}
