using Bootcamp.Domain.Programmes;

namespace Bootcamp.Domain.Progress;

/// <summary>
/// DESIGN.md, "Who sees personal data": a partner sees a learner's name, status and figures, but soft skills only as
/// met or not met; admins, the learner's centre and the cohort's instructors see the ratings.
/// </summary>
public static class ProgressDisclosure
{
    public const string SoftSkillsNotMet = "Soft skills: not met.";

    /// <summary>The risks as a reader without the soft-skill detail sees them: every soft-skill risk becomes one "not met", where the first one stood.</summary>
    public static IReadOnlyList<Risk> WithoutSoftSkillDetail(IReadOnlyList<Risk> risks)
    {
        var shown = new List<Risk>(risks.Count);
        foreach (var risk in risks)
        {
            if (risk.Criterion != GraduationCriterion.SoftSkills)
                shown.Add(risk);
            else if (!shown.Any(r => r.Criterion == GraduationCriterion.SoftSkills))
                shown.Add(new Risk(GraduationCriterion.SoftSkills, SoftSkillsNotMet));
        }
        return shown;
    }
}
