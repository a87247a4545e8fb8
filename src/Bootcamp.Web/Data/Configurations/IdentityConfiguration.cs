using Bootcamp.Domain.Centres;
using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Partners;
using Bootcamp.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bootcamp.Web.Data.Configurations;

public sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(120);
        builder.HasOne<Partner>().WithMany().HasForeignKey(u => u.PartnerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Instructor>().WithMany().HasForeignKey(u => u.InstructorId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(u => u.Centres).WithOne().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class StaffCentreConfiguration : IEntityTypeConfiguration<StaffCentre>
{
    public void Configure(EntityTypeBuilder<StaffCentre> builder)
    {
        builder.HasKey(c => new { c.UserId, c.CentreId });
        builder.HasOne<TrainingCentre>().WithMany().HasForeignKey(c => c.CentreId).OnDelete(DeleteBehavior.Cascade);
    }
}
