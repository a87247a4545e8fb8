using Bootcamp.Domain.Common;
using Bootcamp.Domain.Programmes;

namespace Bootcamp.UnitTests.Programmes;

public sealed class ProgrammeTests
{
    private static Programme NewProgramme(int weeks = 36) => new("FSW", "Full-Stack Web Developer", "Web", weeks, "From HTML to deployed apps.");

    /// <summary>A programme with modules A, B, C, D whose ids are 1 to 4, as the database would give them.</summary>
    private static Programme WithFourModules()
    {
        var programme = NewProgramme();
        var id = 1;
        foreach (var title in new[] { "A", "B", "C", "D" })
            typeof(Module).GetProperty(nameof(Module.Id))!.SetValue(programme.AddModule(title, 600, 1200, null), id++);
        return programme;
    }

    private static string Order(Programme programme) => string.Concat(programme.Modules.OrderBy(m => m.Position).Select(m => m.Title));

    [TestCase(26)]
    [TestCase(39)]
    public void A_programme_of_26_to_39_weeks_is_accepted(int weeks)
    {
        Assert.That(NewProgramme(weeks).DurationWeeks, Is.EqualTo(weeks));
    }

    [TestCase(25)]
    [TestCase(40)]
    [TestCase(0)]
    public void A_programme_outside_26_to_39_weeks_is_refused(int weeks)
    {
        var error = Assert.Throws<DomainException>(() => NewProgramme(weeks))!;

        Assert.That(error.Field, Is.EqualTo(nameof(Programme.DurationWeeks)));
        Assert.That(error.Message, Does.Contain("26 to 39 weeks"));
    }

    [Test]
    public void Updating_to_a_bad_length_is_refused()
    {
        var programme = NewProgramme();

        Assert.That(() => programme.Update("FSW", "Full-Stack", "Web", 52, ""), Throws.TypeOf<DomainException>().With.Property("Field").EqualTo("DurationWeeks"));
    }

    [TestCase("")]
    [TestCase("  ")]
    public void A_programme_needs_a_code_and_a_name(string blank)
    {
        Assert.That(() => new Programme(blank, "Data Analyst", "Data", 30, ""), Throws.TypeOf<DomainException>().With.Property("Field").EqualTo("Code"));
        Assert.That(() => new Programme("DAN", blank, "Data", 30, ""), Throws.TypeOf<DomainException>().With.Property("Field").EqualTo("Name"));
    }

    [Test]
    public void A_new_programme_carries_the_default_graduation_criteria()
    {
        Assert.That(NewProgramme().Criteria, Is.EqualTo(GraduationCriteria.Default));
    }

    [Test]
    public void Modules_are_numbered_in_the_order_they_are_added()
    {
        var programme = WithFourModules();

        Assert.That(programme.Modules.Select(m => m.Position), Is.EqualTo(new[] { 1, 2, 3, 4 }));
        Assert.That(Order(programme), Is.EqualTo("ABCD"));
    }

    [Test]
    public void Planned_hours_of_the_programme_are_the_sum_of_its_modules()
    {
        var programme = NewProgramme();
        programme.AddModule("HTML and CSS", 1200, 3000, "Web Foundations");
        programme.AddModule("JavaScript", 1800, 4200, null);

        Assert.That(programme.PlannedLectureMinutes, Is.EqualTo(3000));
        Assert.That(programme.PlannedExerciseMinutes, Is.EqualTo(7200));
    }

    [Test]
    public void Moving_a_module_up_swaps_it_with_the_one_before()
    {
        var programme = WithFourModules();

        programme.MoveModule(3, -1);

        Assert.That(Order(programme), Is.EqualTo("ACBD"));
        Assert.That(programme.Modules.Select(m => m.Position).Order(), Is.EqualTo(new[] { 1, 2, 3, 4 }));
    }

    [Test]
    public void Moving_a_module_down_swaps_it_with_the_one_after()
    {
        var programme = WithFourModules();

        programme.MoveModule(1, +1);

        Assert.That(Order(programme), Is.EqualTo("BACD"));
    }

    [Test]
    public void A_larger_step_still_moves_a_module_one_place()
    {
        var programme = WithFourModules();

        programme.MoveModule(1, 3);

        Assert.That(Order(programme), Is.EqualTo("BACD"));
    }

    [TestCase(1, -1)]
    [TestCase(4, +1)]
    [TestCase(99, -1)]
    [TestCase(2, 0)]
    public void Moving_past_either_end_an_unknown_module_or_by_zero_changes_nothing(int moduleId, int direction)
    {
        var programme = WithFourModules();

        programme.MoveModule(moduleId, direction);

        Assert.That(Order(programme), Is.EqualTo("ABCD"));
    }

    [Test]
    public void Modules_moved_several_times_keep_a_dense_order_from_one()
    {
        var programme = WithFourModules();

        programme.MoveModule(4, -1);
        programme.MoveModule(4, -1);
        programme.MoveModule(4, -1);

        Assert.That(Order(programme), Is.EqualTo("DABC"));
        Assert.That(programme.Modules.Select(m => m.Position).Order(), Is.EqualTo(new[] { 1, 2, 3, 4 }));
    }

    [Test]
    public void A_module_cannot_plan_negative_time()
    {
        var programme = NewProgramme();

        Assert.That(() => programme.AddModule("SQL", -60, 0, null), Throws.TypeOf<DomainException>().With.Property("Field").EqualTo("PlannedLectureMinutes"));
        Assert.That(() => programme.AddModule("SQL", 0, -60, null), Throws.TypeOf<DomainException>().With.Property("Field").EqualTo("PlannedExerciseMinutes"));
        Assert.That(() => programme.AddModule(" ", 60, 60, null), Throws.TypeOf<DomainException>().With.Property("Field").EqualTo("Title"));
    }

    [Test]
    public void A_module_drops_a_blank_badge_and_blank_topics()
    {
        var module = NewProgramme().AddModule(" Testing ", 60, 60, "  ", ["Unit tests", " ", " Mocks "]);

        Assert.That(module.Title, Is.EqualTo("Testing"));
        Assert.That(module.BadgeName, Is.Null);
        Assert.That(module.Topics, Is.EqualTo(new[] { "Unit tests", "Mocks" }));
    }

    [TestCase(1000 * 60 + 1, 0, "PlannedLectureMinutes", "Lecture hours are 0 to 1000.")]
    [TestCase(-1, 0, "PlannedLectureMinutes", "Lecture hours are 0 to 1000.")]
    [TestCase(0, 2000 * 60 + 1, "PlannedExerciseMinutes", "Exercise hours are 0 to 2000.")]
    [TestCase(0, int.MaxValue, "PlannedExerciseMinutes", "Exercise hours are 0 to 2000.")]
    public void Module_hours_outside_their_range_are_refused(int lectureMinutes, int exerciseMinutes, string field, string message)
    {
        var error = Assert.Throws<DomainException>(() => NewProgramme().AddModule("Too much", lectureMinutes, exerciseMinutes, null))!;

        Assert.That((error.Field, error.Message), Is.EqualTo((field, message)));
    }

    [Test]
    public void An_exercise_requirement_over_5000_hours_is_refused()
    {
        var programme = NewProgramme();

        var error = Assert.Throws<DomainException>(() => programme.SetCriteria(GraduationCriteria.Default with { MinExerciseMinutes = 5000 * 60 + 1 }))!;

        Assert.That(error.Message, Is.EqualTo("Exercise hours are 0 to 5000."));
        Assert.That(programme.Criteria, Is.EqualTo(GraduationCriteria.Default));
    }
}
