using Bootcamp.Domain.Common;

namespace Bootcamp.Domain.Scheduling;

public enum SessionChangeKind
{
    Cancelled,
    Restored,
}

/// <summary>
/// One cancellation of a lecture or its restoring, with who, when and why. A restored session loses its
/// cancellation reason, so the history keeps it (issue 12: a mistake can be undone, and the undoing is on record).
/// </summary>
public sealed class SessionChange
{
    public const int MaxReasonLength = 400;

    private SessionChange()
    {
        Reason = null!;
        ChangedBy = null!;
    }

    public SessionChange(LectureSession session, SessionChangeKind kind, string reason, string changedBy, DateTime changedAtUtc)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainException(nameof(Reason), kind == SessionChangeKind.Restored ? "Say why the session is restored." : "Give a reason for the cancellation.");
        if (reason.Trim().Length > MaxReasonLength)
            throw new DomainException(nameof(Reason), $"A reason is at most {MaxReasonLength} characters.");
        SessionId = session.Id;
        CohortId = session.CohortId;
        Kind = kind;
        Reason = reason.Trim();
        ChangedBy = changedBy;
        ChangedAtUtc = changedAtUtc;
    }

    public long Id { get; private set; }
    public int SessionId { get; private set; }
    public int CohortId { get; private set; }
    public SessionChangeKind Kind { get; private set; }
    public string Reason { get; private set; }
    public string ChangedBy { get; private set; }
    public DateTime ChangedAtUtc { get; private set; }
}
