namespace Bootcamp.Domain.Logging;

public enum AuditedRecord
{
    Attendance,
    ExerciseLog,
    GraduationDecision,
    BadgeAward,
    ProjectGrade,
    Credential,
    SoftSkillRating,
    /// <summary>A learner's enrolment: withdrawn, or reinstated after a withdrawal entered by mistake.</summary>
    Enrolment,
}

public enum AuditAction
{
    Created,
    Changed,
    Deleted,
}

/// <summary>One create, change or delete of logged evidence, a project grade, a graduation decision or an enrolment's status: who, when, the values before and after, and why.</summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
        ChangedBy = null!;
    }

    public AuditEntry(int cohortId, int learnerId, int? sessionId, AuditedRecord record, int recordId, AuditAction action,
        string? oldValue, string? newValue, string? reason, string changedBy, DateTime changedAtUtc)
    {
        CohortId = cohortId;
        LearnerId = learnerId;
        SessionId = sessionId;
        Record = record;
        RecordId = recordId;
        Action = action;
        OldValue = oldValue;
        NewValue = newValue;
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        ChangedBy = changedBy;
        ChangedAtUtc = changedAtUtc;
    }

    public long Id { get; private set; }
    public int CohortId { get; private set; }
    public int LearnerId { get; private set; }
    public int? SessionId { get; private set; }
    public AuditedRecord Record { get; private set; }
    public int RecordId { get; private set; }
    public AuditAction Action { get; private set; }
    public string? OldValue { get; private set; }
    public string? NewValue { get; private set; }
    public string? Reason { get; private set; }
    public string ChangedBy { get; private set; }
    public DateTime ChangedAtUtc { get; private set; }
}
