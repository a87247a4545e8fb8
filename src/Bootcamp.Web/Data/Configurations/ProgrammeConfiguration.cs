using Bootcamp.Domain.Programmes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bootcamp.Web.Data.Configurations;

public sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> builder)
    {
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.Code).HasMaxLength(20);
        builder.Property(p => p.Description).HasMaxLength(2000);
        builder.ComplexProperty(p => p.Criteria, c => c.Property(x => x.MinSoftSkillAverage).HasPrecision(3, 1));
        builder.ComplexProperty(p => p.MicroCredential, c =>
        {
            foreach (var text in new[] { nameof(MicroCredentialProfile.AwardingBody), nameof(MicroCredentialProfile.LearningOutcomes),
                         nameof(MicroCredentialProfile.AssessmentType), nameof(MicroCredentialProfile.ParticipationForm), nameof(MicroCredentialProfile.QualityAssurance) })
                c.Property(text).HasMaxLength(MicroCredentialProfile.MaxTextLength).HasDefaultValue("");
        });
        builder.HasMany(p => p.Modules).WithOne().HasForeignKey(m => m.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Modules).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(p => p.CriteriaVersions).WithOne().HasForeignKey(v => v.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.CriteriaVersions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class CriteriaVersionConfiguration : IEntityTypeConfiguration<CriteriaVersion>
{
    public void Configure(EntityTypeBuilder<CriteriaVersion> builder)
    {
        builder.HasIndex(v => new { v.ProgrammeId, v.Number }).IsUnique();
        builder.Property(v => v.ChangedBy).HasMaxLength(256);
        builder.ComplexProperty(v => v.Criteria, c => c.Property(x => x.MinSoftSkillAverage).HasPrecision(3, 1));
    }
}

public sealed class ModuleConfiguration : IEntityTypeConfiguration<Module>
{
    public void Configure(EntityTypeBuilder<Module> builder)
    {
        builder.HasIndex(m => new { m.ProgrammeId, m.Position });
        builder.Property(m => m.Topics).HasMaxLength(4000);
    }
}
