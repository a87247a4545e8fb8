using Bootcamp.Domain.Common;
using Bootcamp.Domain.Programmes;

namespace Bootcamp.UnitTests.Programmes;

public sealed class ProgrammeCriteriaTests
{
    private static Programme NewProgramme() => new("TST", "Test programme", "Testing", 30, "");

    [Test]
    public void New_programme_starts_with_the_default_criteria()
    {
        Assert.That(NewProgramme().Criteria, Is.EqualTo(GraduationCriteria.Default));
    }

    [Test]
    public void Valid_criteria_replace_the_old_ones()
    {
        var programme = NewProgramme();
        var criteria = new GraduationCriteria(90, 300 * 60, 0, false, 2.5m, false);
        programme.SetCriteria(criteria);
        Assert.That(programme.Criteria, Is.EqualTo(criteria));
    }

    [TestCase(101, 0, 0, 3, nameof(GraduationCriteria.MinAttendancePercent))]
    [TestCase(80, -60, 0, 3, nameof(GraduationCriteria.MinExerciseMinutes))]
    [TestCase(80, 0, -1, 3, nameof(GraduationCriteria.MinGroupSharePercent))]
    [TestCase(80, 0, 25, 5.5, nameof(GraduationCriteria.MinSoftSkillAverage))]
    public void Criteria_out_of_range_are_refused_naming_the_field_and_the_old_ones_stay(int attendance, int minutes, int groupShare, double softSkills, string field)
    {
        var programme = NewProgramme();
        var ex = Assert.Throws<DomainException>(() => programme.SetCriteria(new GraduationCriteria(attendance, minutes, groupShare, true, (decimal)softSkills, true)));
        Assert.That(ex!.Field, Is.EqualTo(field));
        Assert.That(programme.Criteria, Is.EqualTo(GraduationCriteria.Default));
    }
}
