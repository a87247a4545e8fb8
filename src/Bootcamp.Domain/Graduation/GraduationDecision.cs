using Bootcamp.Domain.Common;

namespace Bootcamp.Domain.Graduation;

/// <summary>
/// Staff's graduation decision for one learner of a cohort, with the figures it was made on. The figures are a
/// snapshot: when the evidence changes later the board shows the difference, the decision itself stays as made.
/// </summary>
public sealed class GraduationDecision
{
    public const int MaxReasonLength = 1000;

    private List<DecisionFigure> _figures = [];

    private GraduationDecision()
    {
        DecidedBy = null!;
    }

    private GraduationDecision(int cohortId, int learnerId, bool graduated, bool isOverride, string? reason, DateOnly decidedOn, string decidedBy,
        DateTime decidedAtUtc, IReadOnlyList<DecisionFigure> figures)
    {
        CohortId = cohortId;
        LearnerId = learnerId;
        Graduated = graduated;
        IsOverride = isOverride;
        Reason = reason;
        DecidedOn = decidedOn;
        DecidedBy = decidedBy;
        DecidedAtUtc = decidedAtUtc;
        _figures = [.. figures];
    }

    public int Id { get; private set; }
    public int CohortId { get; private set; }
    public int LearnerId { get; private set; }
    public bool Graduated { get; private set; }
    /// <summary>Graduated while missing a criterion, or not graduated while meeting every one.</summary>
    public bool IsOverride { get; private set; }
    public string? Reason { get; private set; }
    /// <summary>The centre's local date of the decision.</summary>
    public DateOnly DecidedOn { get; private set; }
    public string DecidedBy { get; private set; }
    public DateTime DecidedAtUtc { get; private set; }
    public IReadOnlyList<DecisionFigure> Figures => _figures;

    /// <summary>
    /// Decides from the learner's current standing. The figures say what they say; a decision against them is allowed
    /// but must give its reason, which the report prints beside it.
    /// </summary>
    public static GraduationDecision Make(int cohortId, GraduationStanding standing, bool graduate, string? reason, DateOnly today, string decidedBy, DateTime decidedAtUtc)
    {
        if (!standing.Progress.CohortEnded)
            throw new DomainException(nameof(Graduated), "Graduation is decided once the cohort's last lecture is over.");
        var isOverride = graduate != standing.MeetsAll;
        var trimmed = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (isOverride && trimmed is null)
            throw new DomainException(nameof(Reason), graduate
                ? "Give a reason for graduating a learner who does not meet every criterion."
                : "Give a reason for not graduating a learner who meets every criterion.");
        if (trimmed?.Length > MaxReasonLength)
            throw new DomainException(nameof(Reason), $"Keep the reason under {MaxReasonLength} characters.");
        return new GraduationDecision(cohortId, standing.LearnerId, graduate, isOverride, trimmed, today, decidedBy, decidedAtUtc, standing.Snapshot());
    }

    /// <summary>What the enrolment records as the reason for its status: the override's reason, else the assessment in words.</summary>
    public string EnrolmentNote(GraduationStanding standing) => Reason ?? standing.Assessment.Summary;
}
