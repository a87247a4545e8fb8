using Bootcamp.Domain.Programmes;
using Bootcamp.Domain.Progress;

namespace Bootcamp.Web.Features.Progress;

/// <summary>A short label per criterion at risk, for a table cell; the risks' own messages stay one click away (issue 12).</summary>
public static class RiskLabels
{
    /// <summary>One label per criterion, in the order the risks came: "Behind on hours", "2 failed projects".</summary>
    public static IReadOnlyList<string> For(IReadOnlyList<Risk> risks) =>
        [.. risks.GroupBy(r => r.Criterion).Select(g => Label(g.Key, g.Count()))];

    public static string Label(GraduationCriterion criterion, int count) => criterion switch
    {
        GraduationCriterion.Attendance => "Low attendance",
        GraduationCriterion.ExerciseHours => "Behind on hours",
        GraduationCriterion.GroupWork => "Short of group work",
        GraduationCriterion.Projects => count == 1 ? "Failed project" : $"{count} failed projects",
        GraduationCriterion.SoftSkills => "Soft skills below the bar",
        GraduationCriterion.Badges => count == 1 ? "Badge overdue" : $"{count} badges overdue",
        _ => criterion.ToString(),
    };
}
