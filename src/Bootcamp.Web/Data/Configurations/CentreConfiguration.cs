using Bootcamp.Domain.Centres;
using Bootcamp.Domain.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bootcamp.Web.Data.Configurations;

public sealed class CentreConfiguration : IEntityTypeConfiguration<TrainingCentre>
{
    public void Configure(EntityTypeBuilder<TrainingCentre> builder)
    {
        builder.ToTable("Centres");
        builder.HasIndex(c => c.Name).IsUnique();
        builder.Property(c => c.CountryCode).HasMaxLength(2);
        builder.Property(c => c.TimeZoneId).HasMaxLength(64);
        builder.HasOne<Partner>().WithMany().HasForeignKey(c => c.OperatorPartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Rooms).WithOne().HasForeignKey(r => r.CentreId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Holidays).WithOne().HasForeignKey(h => h.CentreId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Rooms).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(c => c.Holidays).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class RoomConfiguration : IEntityTypeConfiguration<Room>
{
    public void Configure(EntityTypeBuilder<Room> builder) => builder.HasIndex(r => new { r.CentreId, r.Name }).IsUnique();
}

public sealed class HolidayConfiguration : IEntityTypeConfiguration<Holiday>
{
    public void Configure(EntityTypeBuilder<Holiday> builder) => builder.HasIndex(h => new { h.CentreId, h.FirstDay });
}

public sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> builder)
    {
        builder.HasIndex(p => p.Name).IsUnique();
        builder.Property(p => p.CountryCode).HasMaxLength(2);
    }
}
