using Bootcamp.Domain.Common;

namespace Bootcamp.Domain.Logging;

public enum ExerciseKind
{
    Solo,
    Group,
}

/// <summary>Hands-on exercise time of one learner on one day. A group entry writes one row per member, sharing a GroupEntryId.</summary>
public sealed class ExerciseLog
{
    public const int MaxMinutesPerDay = 12 * 60;

    private ExerciseLog()
    {
        Description = null!;
        LoggedBy = null!;
    }

    public ExerciseLog(int cohortId, int learnerId, int moduleId, DateOnly date, int minutes, ExerciseKind kind,
        int? projectGroupId, Guid? groupEntryId, string description, string loggedBy, DateTime loggedAtUtc)
    {
        CohortId = cohortId;
        LearnerId = learnerId;
        ProjectGroupId = projectGroupId;
        GroupEntryId = groupEntryId;
        LoggedBy = loggedBy;
        LoggedAtUtc = loggedAtUtc;
        Description = description;
        Change(moduleId, date, minutes, kind, description, loggedBy, loggedAtUtc);
    }

    public int Id { get; private set; }
    public int CohortId { get; private set; }
    public int LearnerId { get; private set; }
    public int ModuleId { get; private set; }
    public DateOnly Date { get; private set; }
    public int Minutes { get; private set; }
    public ExerciseKind Kind { get; private set; }
    public int? ProjectGroupId { get; private set; }
    public Guid? GroupEntryId { get; private set; }
    public string Description { get; private set; }
    public string LoggedBy { get; private set; }
    public DateTime LoggedAtUtc { get; private set; }
    public int Version { get; private set; }

    public void Change(int moduleId, DateOnly date, int minutes, ExerciseKind kind, string description, string changedBy, DateTime changedAtUtc)
    {
        if (minutes <= 0 || minutes > MaxMinutesPerDay)
            throw new DomainException(nameof(Minutes), "Hours must be more than 0 and at most 12 in a day.");
        if (minutes % 15 != 0)
            throw new DomainException(nameof(Minutes), ExerciseEntryRules.QuarterHours);
        ModuleId = moduleId;
        Date = date;
        Minutes = minutes;
        Kind = kind;
        Description = description.Trim();
        LoggedBy = changedBy;
        LoggedAtUtc = changedAtUtc;
        Version++;
    }
}
