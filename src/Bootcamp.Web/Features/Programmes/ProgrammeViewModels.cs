using System.Globalization;
using Bootcamp.Domain.Programmes;
using Bootcamp.Web.Features.Shared;

namespace Bootcamp.Web.Features.Programmes;

public sealed record ProgrammeRow(int Id, string Code, string Name, string Track, int DurationWeeks, int Modules, int LectureMinutes, int ExerciseMinutes, int Cohorts);

public sealed record ModuleRow(int Id, int Position, string Title, int LectureMinutes, int ExerciseMinutes, string? BadgeName, IReadOnlyList<string> Topics);

public sealed record ProgrammeDetails(
    int Id, string Code, string Name, string Track, int DurationWeeks, string Description,
    GraduationCriteria Criteria, IReadOnlyList<ModuleRow> Modules, int Cohorts)
{
    public int LectureMinutes => Modules.Sum(m => m.LectureMinutes);
    public int ExerciseMinutes => Modules.Sum(m => m.ExerciseMinutes);
}

public sealed record ProgrammeFormViewModel(int? Id, string? CurrentName, ProgrammeForm Form);

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
            words.Add($"Average at least {c.MinSoftSkillAverage.ToString("0.0", CultureInfo.InvariantCulture)} of 5 in every soft skill at the final assessment.");
        if (c.RequireAllBadges)
            words.Add("Earn every module's badge.");
        return words;
    }
}
