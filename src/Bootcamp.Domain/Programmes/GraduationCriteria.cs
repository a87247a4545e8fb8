namespace Bootcamp.Domain.Programmes;

/// <summary>
/// What a learner must reach to graduate. Defaults follow DESIGN.md: 80% attendance of held lectures,
/// 400 h of exercise with a quarter in group work, every project passed, soft skills averaging 3 of 5,
/// every badge earned. <see cref="SoftSkillSource"/> says which instructor ratings the soft-skill average reads.
/// </summary>
public sealed record GraduationCriteria(
    int MinAttendancePercent,
    int MinExerciseMinutes,
    int MinGroupSharePercent,
    bool RequireAllProjectsPassed,
    decimal MinSoftSkillAverage,
    bool RequireAllBadges,
    SoftSkillSource SoftSkillSource = SoftSkillSource.InstructorFinal)
{
    public static GraduationCriteria Default { get; } = new(80, 400 * 60, 25, true, 3.0m, true);
}
