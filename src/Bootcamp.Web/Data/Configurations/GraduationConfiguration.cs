using System.Text.Json;
using System.Text.Json.Serialization;
using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Graduation;
using Bootcamp.Domain.Learners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bootcamp.Web.Data.Configurations;

public sealed class GraduationDecisionConfiguration : IEntityTypeConfiguration<GraduationDecision>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public void Configure(EntityTypeBuilder<GraduationDecision> builder)
    {
        builder.HasIndex(d => new { d.CohortId, d.LearnerId });
        builder.HasOne<Cohort>().WithMany().HasForeignKey(d => d.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Learner>().WithMany().HasForeignKey(d => d.LearnerId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(d => d.Reason).HasMaxLength(GraduationDecision.MaxReasonLength);
        // The snapshot is read and written whole, never queried by figure, so it is one JSON column rather than a table.
        builder.Property<List<DecisionFigure>>("_figures")
            .HasColumnName(nameof(GraduationDecision.Figures))
            .HasMaxLength(4000)
            .HasConversion(
                figures => JsonSerializer.Serialize(figures, Json),
                json => JsonSerializer.Deserialize<List<DecisionFigure>>(json, Json) ?? new List<DecisionFigure>(),
                new ValueComparer<List<DecisionFigure>>((a, b) => a!.SequenceEqual(b!), f => f.Aggregate(0, (h, x) => HashCode.Combine(h, x)), f => f.ToList()));
        builder.Ignore(d => d.Figures);
    }
}
