using Bootcamp.Domain.Centres;
using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Partners;
using Bootcamp.Domain.Programmes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Bootcamp.Web.Data.Configurations;

public sealed class CohortConfiguration : IEntityTypeConfiguration<Cohort>
{
    public void Configure(EntityTypeBuilder<Cohort> builder)
    {
        builder.HasIndex(c => c.Code).IsUnique();
        builder.HasIndex(c => new { c.CentreId, c.StartDate });
        builder.HasIndex(c => c.ProgrammeId);
        builder.Property(c => c.Code).HasMaxLength(40);
        builder.HasIndex(c => c.CalendarToken).IsUnique();
        builder.HasOne<Programme>().WithMany().HasForeignKey(c => c.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TrainingCentre>().WithMany().HasForeignKey(c => c.CentreId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Room>().WithMany().HasForeignKey(c => c.DefaultRoomId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(c => c.Pattern)
            .HasMaxLength(400)
            .HasConversion(PatternText.Converter, PatternText.Comparer);
        builder.Property(c => c.CancellationReason).HasMaxLength(CohortStatusMoves.MaxReasonLength);
        builder.HasMany(c => c.Instructors).WithOne().HasForeignKey(i => i.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Sponsors).WithOne().HasForeignKey(s => s.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Instructors).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(c => c.Sponsors).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property<long>(FiguresStamps.Column);
    }
}

/// <summary>The weekly pattern stored as readable text, for example "Sun 17:30-21:00; Tue 17:30-21:00".</summary>
public static class PatternText
{
    public static ValueConverter<IReadOnlyList<LectureSlot>, string> Converter { get; } = new(
        slots => Format(slots),
        text => Parse(text));

    public static ValueComparer<IReadOnlyList<LectureSlot>> Comparer { get; } = new(
        (a, b) => a != null && b != null && a.SequenceEqual(b),
        slots => slots.Aggregate(0, (hash, slot) => HashCode.Combine(hash, slot)),
        slots => slots.ToList());

    public static string Format(IEnumerable<LectureSlot> slots) =>
        string.Join("; ", slots.Select(s => $"{s.Day.ToString()[..3]} {s.Start:HH\\:mm}-{s.End:HH\\:mm}"));

    public static IReadOnlyList<LectureSlot> Parse(string text) =>
        [.. text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ParseSlot)];

    private static LectureSlot ParseSlot(string item)
    {
        var parts = item.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        var day = Enum.GetValues<DayOfWeek>().Single(d => d.ToString().StartsWith(parts[0], StringComparison.OrdinalIgnoreCase));
        return new LectureSlot(day, TimeOnly.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture),
            TimeOnly.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture));
    }
}

public sealed class CohortInstructorConfiguration : IEntityTypeConfiguration<CohortInstructor>
{
    public void Configure(EntityTypeBuilder<CohortInstructor> builder)
    {
        builder.HasKey(i => new { i.CohortId, i.InstructorId });
        builder.HasIndex(i => i.InstructorId);
        builder.HasOne(i => i.Instructor).WithMany().HasForeignKey(i => i.InstructorId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class CohortSponsorConfiguration : IEntityTypeConfiguration<CohortSponsor>
{
    public void Configure(EntityTypeBuilder<CohortSponsor> builder)
    {
        builder.HasKey(s => new { s.CohortId, s.PartnerId });
        builder.HasIndex(s => s.PartnerId);
        builder.HasOne<Partner>().WithMany().HasForeignKey(s => s.PartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class InstructorConfiguration : IEntityTypeConfiguration<Instructor>
{
    public void Configure(EntityTypeBuilder<Instructor> builder)
    {
        builder.HasIndex(i => i.Email).IsUnique();
        builder.HasIndex(i => i.CalendarToken).IsUnique();
        builder.HasOne<TrainingCentre>().WithMany().HasForeignKey(i => i.HomeCentreId).OnDelete(DeleteBehavior.SetNull);
    }
}
