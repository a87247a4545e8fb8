using System.Globalization;
using Bootcamp.Domain.Programmes;
using Bootcamp.Domain.SoftSkills;

namespace Bootcamp.Domain.Common;

/// <summary>Figures in words for messages, the same in every culture so that reports and tests read alike.</summary>
internal static class Wording
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Hours(int minutes) => (minutes / 60m).ToString("0.##", Invariant) + " h";

    /// <summary>Whole hours rounded down, for estimates where quarter hours would suggest false precision.</summary>
    public static string WholeHours(int minutes) => (minutes / 60).ToString(Invariant) + " h";

    /// <summary>Rounded down, so 79.6% never reads as the 80% it falls short of.</summary>
    public static string Percent(decimal rate) => Math.Floor(rate * 100).ToString(Invariant) + "%";

    public static string Score(decimal score) => score.ToString("0.##", Invariant);

    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", Invariant);

    /// <summary>A rating as the programme reads it: "rated 2 of 5 at the final assessment" or "averaged 2.5 of 5 over the assessments to midpoint".</summary>
    public static string SoftSkillReading(SoftSkillSource source, decimal average, string point) => source == SoftSkillSource.InstructorAverage
        ? $"averaged {Score(average)} of {SoftSkillAssessment.MaxScore} over the assessments up to {Point(point)}"
        : $"rated {Score(average)} of {SoftSkillAssessment.MaxScore} at the {Point(point)} assessment";

    public static string Point(string point) => point.ToLowerInvariant();
}
