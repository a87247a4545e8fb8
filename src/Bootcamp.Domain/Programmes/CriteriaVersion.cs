using Bootcamp.Domain.Common;

namespace Bootcamp.Domain.Programmes;

/// <summary>
/// A revision of a programme's graduation criteria, for cohorts that start on or after <see cref="InForceFrom"/>.
/// The programme's own <see cref="Programme.Criteria"/> are version 1, in force from the start; a cohort is judged by
/// the version in force on the day it started, so a change never moves the goalposts of a running cohort.
/// </summary>
public sealed class CriteriaVersion
{
    private CriteriaVersion()
    {
        Criteria = null!;
        ChangedBy = null!;
    }

    internal CriteriaVersion(int number, DateOnly inForceFrom, GraduationCriteria criteria, string changedBy, DateTime changedAtUtc)
    {
        Number = number;
        InForceFrom = inForceFrom;
        Criteria = criteria;
        ChangedBy = changedBy;
        ChangedAtUtc = changedAtUtc;
    }

    public int Id { get; private set; }
    public int ProgrammeId { get; private set; }

    /// <summary>2, 3, ...: version 1 is the programme's own criteria.</summary>
    public int Number { get; private set; }
    public DateOnly InForceFrom { get; private set; }
    public GraduationCriteria Criteria { get; private set; }
    public string ChangedBy { get; private set; }
    public DateTime ChangedAtUtc { get; private set; }
}

/// <summary>The criteria a cohort is judged by, with the version's number and the first start day it covers (null: from the start).</summary>
public sealed record CriteriaInForce(int Version, DateOnly? InForceFrom, GraduationCriteria Criteria)
{
    /// <summary>
    /// The version in force for a cohort that started on <paramref name="cohortStart"/>: the highest-numbered revision
    /// in force by that day, else the programme's first criteria.
    /// </summary>
    public static CriteriaInForce For(GraduationCriteria first, IEnumerable<CriteriaVersion> revisions, DateOnly cohortStart) =>
        revisions.Where(v => v.InForceFrom <= cohortStart).MaxBy(v => v.Number) is { } revision
            ? new(revision.Number, revision.InForceFrom, revision.Criteria)
            : new(1, null, first);

    public static void Check(GraduationCriteria criteria)
    {
        if (criteria.MinAttendancePercent is < 0 or > 100)
            throw new DomainException(nameof(criteria.MinAttendancePercent), "Attendance is a percentage from 0 to 100.");
        if (criteria.MinExerciseMinutes is < 0 or > Programme.MaxRequiredExerciseMinutes)
            throw new DomainException(nameof(criteria.MinExerciseMinutes), $"Exercise hours are 0 to {Programme.MaxRequiredExerciseMinutes / 60}.");
        if (criteria.MinGroupSharePercent is < 0 or > 100)
            throw new DomainException(nameof(criteria.MinGroupSharePercent), "The group share is a percentage from 0 to 100.");
        if (criteria.MinSoftSkillAverage is < 0 or > 5)
            throw new DomainException(nameof(criteria.MinSoftSkillAverage), "Soft skills are scored 1 to 5, so the average is 0 to 5.");
    }
}
