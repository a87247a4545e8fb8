namespace Bootcamp.Domain.Programmes;

/// <summary>The criteria of <see cref="GraduationCriteria"/>, named so that shortfalls and risks can say which one they are about.</summary>
public enum GraduationCriterion
{
    Attendance,
    ExerciseHours,
    GroupWork,
    Projects,
    SoftSkills,
    Badges,
}
