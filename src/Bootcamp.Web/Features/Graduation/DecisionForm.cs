using System.ComponentModel.DataAnnotations;
using Bootcamp.Domain.Graduation;

namespace Bootcamp.Web.Features.Graduation;

public enum DecisionOutcome
{
    Graduated,
    NotGraduated,
}

/// <summary>The board's decision form: one row per learner who can be decided; a row left without an outcome is not decided.</summary>
public sealed class DecisionForm
{
    /// <summary>The button that graduates every undecided learner who meets every criterion, whatever the rows say.</summary>
    public const string GraduateQualified = "GraduateQualified";

    public List<DecisionRow> Rows { get; set; } = [];

    public string? Command { get; set; }

    public IReadOnlyList<DecisionRequest> Requests() =>
        [.. Rows.Select((row, i) => (row, i))
            .Where(x => x.row.Outcome is not null)
            .Select(x => new DecisionRequest(x.i, x.row.LearnerId, x.row.Outcome == DecisionOutcome.Graduated, x.row.Reason))];
}

public sealed class DecisionRow
{
    public int LearnerId { get; set; }

    public DecisionOutcome? Outcome { get; set; }

    [StringLength(GraduationDecision.MaxReasonLength)]
    public string? Reason { get; set; }
}
