using Bootcamp.Domain.Cohorts;

namespace Bootcamp.UnitTests.Cohorts;

public sealed class LecturePatternTests
{
    private static LectureSlot Slot(DayOfWeek day, string start, string end) => new(day, TimeOnly.Parse(start), TimeOnly.Parse(end));

    [Test]
    public void A_pattern_of_separate_slots_has_no_problems()
    {
        var slots = new[] { Slot(DayOfWeek.Monday, "09:00", "12:00"), Slot(DayOfWeek.Wednesday, "09:00", "12:00"), Slot(DayOfWeek.Wednesday, "13:00", "15:00") };

        Assert.That(LecturePattern.Problems(slots), Is.Empty);
    }

    [Test]
    public void An_empty_pattern_asks_for_a_lecture_day()
    {
        Assert.That(LecturePattern.Problems([]), Is.EqualTo(new[] { "Choose at least one lecture day." }));
    }

    [Test]
    public void A_slot_that_ends_when_it_starts_needs_a_length()
    {
        var problems = LecturePattern.Problems([Slot(DayOfWeek.Tuesday, "09:00", "09:00")]);

        Assert.That(problems, Has.Count.EqualTo(1));
        Assert.That(problems[0], Does.Contain("Tuesday").And.Contain("give it a length"));
    }

    [Test]
    public void A_slot_that_ends_before_it_starts_is_reported_with_both_times()
    {
        var problems = LecturePattern.Problems([Slot(DayOfWeek.Friday, "14:00", "10:00")]);

        Assert.That(problems, Has.Count.EqualTo(1));
        Assert.That(problems[0], Does.Contain("Friday").And.Contain("10:00").And.Contain("14:00"));
    }

    [Test]
    public void Overlapping_slots_on_the_same_day_are_reported()
    {
        var problems = LecturePattern.Problems([Slot(DayOfWeek.Monday, "09:00", "12:00"), Slot(DayOfWeek.Monday, "11:00", "13:00")]);

        Assert.That(problems, Is.EqualTo(new[] { "Monday: two lecture slots overlap." }));
    }

    [Test]
    public void A_slot_that_starts_when_the_previous_ends_does_not_overlap()
    {
        Assert.That(LecturePattern.Problems([Slot(DayOfWeek.Monday, "13:00", "15:00"), Slot(DayOfWeek.Monday, "09:00", "13:00")]), Is.Empty);
    }

    [Test]
    public void The_same_times_on_different_days_do_not_overlap()
    {
        Assert.That(LecturePattern.Problems([Slot(DayOfWeek.Monday, "09:00", "12:00"), Slot(DayOfWeek.Thursday, "09:00", "12:00")]), Is.Empty);
    }

    [Test]
    public void Every_problem_is_reported_not_only_the_first()
    {
        var problems = LecturePattern.Problems([
            Slot(DayOfWeek.Monday, "09:00", "09:00"),
            Slot(DayOfWeek.Tuesday, "12:00", "10:00"),
            Slot(DayOfWeek.Wednesday, "09:00", "12:00"),
            Slot(DayOfWeek.Wednesday, "10:00", "11:00"),
        ]);

        Assert.That(problems, Has.Count.EqualTo(3));
    }
}
