using Bootcamp.Domain.Common;
using Bootcamp.Domain.SoftSkills;

namespace Bootcamp.UnitTests.SoftSkills;

public sealed class SoftSkillTests
{
    private static readonly string[] Levels = ["Never", "Rarely", "Often", "Usually", "Always"];

    [Test]
    public void A_skill_keeps_its_name_and_a_descriptor_per_level()
    {
        var skill = new SoftSkill(1, 1, "  Teamwork ", Levels);

        Assert.That(skill.Name, Is.EqualTo("Teamwork"));
        Assert.That(skill.Descriptors, Is.EqualTo(Levels));
    }

    [Test]
    public void A_skill_without_a_descriptor_for_a_level_is_refused_at_that_level()
    {
        var ex = Assert.Throws<DomainException>(() => new SoftSkill(1, 1, "Teamwork", ["Never", "Rarely", " ", "Usually", "Always"]));

        Assert.That(ex!.Field, Is.EqualTo("Descriptors[2]"));
        Assert.That(ex.Message, Is.EqualTo("Describe level 3."));
    }

    [Test]
    public void A_skill_needs_a_name_of_at_most_60_characters()
    {
        Assert.That(() => new SoftSkill(1, 1, "", Levels), Throws.TypeOf<DomainException>().With.Message.EqualTo("A skill needs a name."));
        Assert.That(() => new SoftSkill(1, 1, new string('x', 61), Levels), Throws.TypeOf<DomainException>().With.Message.EqualTo("Keep the skill's name to 60 characters."));
    }

    [Test]
    public void A_rating_outside_1_to_5_is_refused_by_the_entity_too()
    {
        Assert.That(() => new SoftSkillAssessment(1, 1, 1, 1, 6, null, "i", new(2026, 1, 1)),
            Throws.TypeOf<DomainException>().With.Message.EqualTo("A rating is 1 to 5."));
        Assert.That(() => new PeerRating(1, 1, 0), Throws.TypeOf<DomainException>());
    }

    [Test]
    public void The_default_rubric_describes_five_levels_of_each_skill()
    {
        var rubric = DefaultRubric.For(7).ToList();

        Assert.That(rubric.Select(s => s.Name), Is.EqualTo(new[] { "Teamwork", "Communication", "Problem solving", "Time management", "Adaptability" }));
        Assert.That(rubric.Select(s => s.Position), Is.EqualTo(new[] { 1, 2, 3, 4, 5 }));
        Assert.That(rubric, Has.All.Matches<SoftSkill>(s => s!.Descriptors.Count == 5 && s.ProgrammeId == 7));
    }
}
