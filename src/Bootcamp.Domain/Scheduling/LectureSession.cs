using Bootcamp.Domain.Common;

namespace Bootcamp.Domain.Scheduling;

public enum SessionStatus
{
    Scheduled,
    Cancelled,
}

/// <summary>One frontal lecture of a cohort. Times are UTC instants; the centre's time zone gives local time.</summary>
public sealed class LectureSession
{
    private LectureSession()
    {
    }

    public LectureSession(int cohortId, int moduleId, string? topic, DateTime startUtc, DateTime endUtc, int? roomId, int? instructorId)
    {
        CohortId = cohortId;
        ModuleId = moduleId;
        Topic = topic;
        RoomId = roomId;
        InstructorId = instructorId;
        Status = SessionStatus.Scheduled;
        Move(startUtc, endUtc, roomId);
    }

    /// <summary>The field a date outside the calendar range is reported under: the session's day, not its instants.</summary>
    public const string DateField = "Date";

    public int Id { get; private set; }
    public int CohortId { get; private set; }
    public int ModuleId { get; private set; }
    public string? Topic { get; private set; }
    public DateTime StartUtc { get; private set; }
    public DateTime EndUtc { get; private set; }
    public int? RoomId { get; private set; }
    public int? InstructorId { get; private set; }
    public SessionStatus Status { get; private set; }
    public string? CancellationReason { get; private set; }
    /// <summary>Why staff kept this session despite a conflict they were warned about.</summary>
    public string? ConflictOverrideReason { get; private set; }

    public int Minutes => (int)(EndUtc - StartUtc).TotalMinutes;

    /// <summary>Held means it took place: scheduled and already started. Cancelled sessions never count.</summary>
    public bool IsHeldBy(DateTime nowUtc) => Status == SessionStatus.Scheduled && StartUtc <= nowUtc;

    /// <summary>
    /// Puts the session at a new time and room. A conflict accepted before was about the old slot, so the acceptance
    /// ends here; the caller checks the new slot and records a new reason if staff accept a conflict there.
    /// </summary>
    public void Move(DateTime startUtc, DateTime endUtc, int? roomId)
    {
        if (startUtc.Kind != DateTimeKind.Utc || endUtc.Kind != DateTimeKind.Utc)
            throw new DomainException(nameof(StartUtc), "Session times must be UTC instants.");
        CalendarRange.Check(DateField, DateOnly.FromDateTime(startUtc), "The session's date");
        if (endUtc <= startUtc)
            throw new DomainException(nameof(EndUtc), "A session must end after it starts.");
        StartUtc = startUtc;
        EndUtc = endUtc;
        RoomId = roomId;
        ConflictOverrideReason = null;
    }

    public void AssignInstructor(int? instructorId) => InstructorId = instructorId;

    public void OverrideConflicts(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainException(nameof(ConflictOverrideReason), "Say why the conflict is accepted.");
        ConflictOverrideReason = reason.Trim();
    }

    public void Cancel(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainException(nameof(CancellationReason), "Give a reason for the cancellation.");
        Status = SessionStatus.Cancelled;
        CancellationReason = reason.Trim();
    }

    /// <summary>
    /// Undoes a cancellation made by mistake: the session is scheduled again at its time, room and instructor. Whether
    /// those are still free is the caller's check against the network's bookings; the old reason lives on in the history.
    /// </summary>
    public void Restore()
    {
        if (Status != SessionStatus.Cancelled)
            throw new DomainException(nameof(Status), "Only a cancelled session can be restored.");
        Status = SessionStatus.Scheduled;
        CancellationReason = null;
    }
}
