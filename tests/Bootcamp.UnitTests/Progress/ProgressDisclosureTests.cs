using Bootcamp.Domain.Programmes;
using Bootcamp.Domain.Progress;

namespace Bootcamp.UnitTests.Progress;

public sealed class ProgressDisclosureTests
{
    [Test]
    public void Soft_skill_risks_become_one_not_met_where_the_first_stood_and_the_others_stay()
    {
        Risk[] risks =
        [
            new(GraduationCriterion.Attendance, "Attendance is 70% of held lectures, below the 80% minimum."),
            new(GraduationCriterion.SoftSkills, "Teamwork averaged 2 of 5 at the final assessment, needs 3."),
            new(GraduationCriterion.Projects, "'Shop' graded 40%, pass mark 50%."),
            new(GraduationCriterion.SoftSkills, "Communication averaged 2.5 of 5 at the final assessment, needs 3."),
        ];

        Assert.That(ProgressDisclosure.WithoutSoftSkillDetail(risks), Is.EqualTo(new Risk[]
        {
            risks[0],
            new(GraduationCriterion.SoftSkills, "Soft skills: not met."),
            risks[2],
        }));
    }

    [Test]
    public void Risks_without_soft_skills_are_left_as_they_are()
    {
        Risk[] risks = [new(GraduationCriterion.GroupWork, "Needs 20 h more group work, only 10 h of exercise left in the plan.")];

        Assert.That(ProgressDisclosure.WithoutSoftSkillDetail(risks), Is.EqualTo(risks));
    }
}
