using Bootcamp.Domain.Cohorts;
using Bootcamp.Web.Features.Cohorts;

namespace Bootcamp.UnitTests.Cohorts;

public sealed class PatternWordsTests
{
    private static LectureSlot Slot(DayOfWeek day, int fromHour, int fromMinute, int toHour, int toMinute) =>
        new(day, new TimeOnly(fromHour, fromMinute), new TimeOnly(toHour, toMinute));

    [Test]
    public void Days_with_the_same_times_are_said_together_Monday_first()
    {
        var words = PatternWords.Describe([Slot(DayOfWeek.Thursday, 17, 30, 21, 0), Slot(DayOfWeek.Monday, 17, 30, 21, 0), Slot(DayOfWeek.Wednesday, 17, 30, 21, 0)]);
        Assert.That(words, Is.EqualTo("Mondays, Wednesdays and Thursdays 17:30–21:00 (10 h 30 min a week)"));
    }

    [Test]
    public void Days_with_different_times_are_listed_apart_and_Sunday_comes_last()
    {
        var words = PatternWords.Describe([Slot(DayOfWeek.Sunday, 10, 0, 13, 0), Slot(DayOfWeek.Tuesday, 18, 0, 21, 0), Slot(DayOfWeek.Thursday, 18, 0, 21, 0)]);
        Assert.That(words, Is.EqualTo("Tuesdays and Thursdays 18:00–21:00; Sundays 10:00–13:00 (9 h a week)"));
    }

    [Test]
    public void An_empty_pattern_says_so() =>
        Assert.That(PatternWords.Describe([]), Is.EqualTo("No lecture days set"));
}
