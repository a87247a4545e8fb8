using Bootcamp.Domain.Common;

namespace Bootcamp.Domain.Projects;

/// <summary>A member's project result: the team grade, their contribution adjustment, the result and whether it passes.</summary>
public sealed record MemberResult(int TeamGradePercent, int AdjustmentPoints, int ResultPercent, bool Passed);

/// <summary>
/// Issue 10: "the learner's project result = team grade adjusted by contribution, passed or not against the pass
/// mark". The adjustment is in points added to the team grade, so an instructor can say "+5 for carrying the
/// back end" in the unit the grade is in; it is capped at <see cref="MaxAdjustment"/> either way so that one
/// member's judgement never outweighs the team's work, and the result stays a grade (0 to 100).
/// The one computation of a project result: progress, the graduation board, reports and the project page use it.
/// </summary>
public static class ProjectScore
{
    public const int MinGrade = 0;
    public const int MaxGrade = 100;
    public const int MaxAdjustment = 30;

    public static int Result(int teamGradePercent, int adjustmentPoints) =>
        Math.Clamp(teamGradePercent + adjustmentPoints, MinGrade, MaxGrade);

    public static bool Passed(int resultPercent, int passMarkPercent) => resultPercent >= passMarkPercent;

    /// <summary>The member's result, or null while the team is not graded.</summary>
    public static MemberResult? For(int? teamGradePercent, int adjustmentPoints, int passMarkPercent)
    {
        if (teamGradePercent is not { } team)
            return null;
        var result = Result(team, adjustmentPoints);
        return new(team, adjustmentPoints, result, Passed(result, passMarkPercent));
    }

    public static string? GradeProblem(int percent) =>
        percent is < MinGrade or > MaxGrade ? $"A grade is {MinGrade} to {MaxGrade} percent." : null;

    public static string? AdjustmentProblem(int points) =>
        points is < -MaxAdjustment or > MaxAdjustment ? $"A contribution adjustment is -{MaxAdjustment} to +{MaxAdjustment} points." : null;

    public static void CheckGrade(string field, int percent)
    {
        if (GradeProblem(percent) is { } problem)
            throw new DomainException(field, problem);
    }

    public static void CheckAdjustment(string field, int points)
    {
        if (AdjustmentProblem(points) is { } problem)
            throw new DomainException(field, problem);
    }

    /// <summary>How the adjustment reads beside a grade: "+5", "-10", "0".</summary>
    public static string Signed(int points) => points > 0 ? $"+{points}" : points.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
