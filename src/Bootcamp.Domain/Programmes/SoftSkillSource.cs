namespace Bootcamp.Domain.Programmes;

/// <summary>Which instructor ratings the soft-skill criterion averages (issue 10: what the programme says).</summary>
public enum SoftSkillSource
{
    /// <summary>The instructor's rating at the cohort's final assessment point (DESIGN.md's default).</summary>
    InstructorFinal,

    /// <summary>The average of the instructor's ratings over every assessment point, once the final one is rated.</summary>
    InstructorAverage,
}
