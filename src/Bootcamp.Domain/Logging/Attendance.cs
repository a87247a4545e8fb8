using Bootcamp.Domain.Common;

namespace Bootcamp.Domain.Logging;

public enum AttendanceStatus
{
    Present,
    Late,
    Absent,
    Excused,
}

/// <summary>A learner's attendance at one lecture session.</summary>
public sealed class Attendance
{
    private Attendance()
    {
        RecordedBy = null!;
    }

    public Attendance(int sessionId, int learnerId, AttendanceStatus status, string? reason, string recordedBy, DateTime recordedAtUtc)
    {
        SessionId = sessionId;
        LearnerId = learnerId;
        RecordedBy = recordedBy;
        Change(status, reason, recordedBy, recordedAtUtc);
    }

    public int Id { get; private set; }
    public int SessionId { get; private set; }
    public int LearnerId { get; private set; }
    public AttendanceStatus Status { get; private set; }
    public string? Reason { get; private set; }
    public string RecordedBy { get; private set; }
    public DateTime RecordedAtUtc { get; private set; }
    /// <summary>Optimistic concurrency: bumped on every change.</summary>
    public int Version { get; private set; }

    public bool CountsAsAttended => Status is AttendanceStatus.Present or AttendanceStatus.Late;

    public void Change(AttendanceStatus status, string? reason, string recordedBy, DateTime recordedAtUtc)
    {
        if (status == AttendanceStatus.Excused && string.IsNullOrWhiteSpace(reason))
            throw new DomainException(nameof(Reason), "An excused absence needs a reason.");
        Status = status;
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        RecordedBy = recordedBy;
        RecordedAtUtc = recordedAtUtc;
        Version++;
    }
}
