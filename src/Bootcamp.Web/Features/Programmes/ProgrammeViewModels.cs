using System.Globalization;
using Bootcamp.Domain.Programmes;
using Bootcamp.Web.Features.Shared;

namespace Bootcamp.Web.Features.Programmes;

public sealed record ProgrammeRow(int Id, string Code, string Name, string Track, int DurationWeeks, int Modules, int LectureMinutes, int ExerciseMinutes, int Cohorts);

public sealed record ModuleRow(int Id, int Position, string Title, int LectureMinutes, int ExerciseMinutes, string? BadgeName, IReadOnlyList<string> Topics);

/// <summary>A version of a programme's criteria; version 1 (the programme's first) has no day, no author and no time.</summary>
public sealed record CriteriaVersionRow(int Number, DateOnly? InForceFrom, GraduationCriteria Criteria, string? ChangedBy, DateTime? ChangedAtUtc);

public sealed record ProgrammeDetails(
    int Id, string Code, string Name, string Track, int DurationWeeks, string Description,
    GraduationCriteria FirstCriteria, IReadOnlyList<CriteriaVersionRow> Revisions, IReadOnlyList<ModuleRow> Modules, int Cohorts)
{
    /// <summary>Every version in order: the programme's first criteria, then its revisions.</summary>
    public IReadOnlyList<CriteriaVersionRow> CriteriaVersions => [new(1, null, FirstCriteria, null, null), .. Revisions];

    /// <summary>The criteria new cohorts are judged by: the latest version.</summary>
    public CriteriaVersionRow LatestCriteria => CriteriaVersions[^1];

    public int LectureMinutes => Modules.Sum(m => m.LectureMinutes);
    public int ExerciseMinutes => Modules.Sum(m => m.ExerciseMinutes);
}

/// <summary>
/// The programme form. <paramref name="VersionsCriteria"/>: the programme has cohorts or revisions, so changed criteria
/// become a new version with its first start day, and <paramref name="LatestVersion"/> is the one in force last.
/// </summary>
public sealed record ProgrammeFormViewModel(int? Id, string? CurrentName, ProgrammeForm Form, bool VersionsCriteria = false, int LatestVersion = 1);

public sealed record ModuleFormViewModel(int ProgrammeId, string ProgrammeCode, string ProgrammeName, int? ModuleId, ModuleForm Form);


public static class CriteriaWords
{
    /// <summary>The graduation criteria as sentences a learner could read.</summary>
    public static IReadOnlyList<string> Describe(GraduationCriteria c)
    {
        var words = new List<string>
        {
            $"Attend at least {c.MinAttendancePercent}% of held lectures (excused absences are not held against the learner).",
            c.MinGroupSharePercent > 0
                ? $"Log at least {Hours.Of(c.MinExerciseMinutes)} of hands-on exercise, of which at least {c.MinGroupSharePercent}% in group work."
                : $"Log at least {Hours.Of(c.MinExerciseMinutes)} of hands-on exercise.",
        };
        if (c.RequireAllProjectsPassed)
            words.Add("Pass every group project.");
        if (c.MinSoftSkillAverage > 0)
            words.Add(c.SoftSkillSource == SoftSkillSource.InstructorAverage
                ? $"Average at least {c.MinSoftSkillAverage.ToString("0.0", CultureInfo.InvariantCulture)} of 5 in every soft skill over the instructor's ratings at the assessment points."
                : $"Average at least {c.MinSoftSkillAverage.ToString("0.0", CultureInfo.InvariantCulture)} of 5 in every soft skill at the final assessment.");
        if (c.RequireAllBadges)
            words.Add("Earn every module's badge.");
        return words;
    }
}
