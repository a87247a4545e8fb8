using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Scheduling;
using static Bootcamp.UnitTests.Scheduling.Schedules;

namespace Bootcamp.UnitTests.Scheduling;

public sealed class PatternValidationTests
{
    private static readonly DateOnly Monday = Day(2027, 1, 4);

    [Test]
    public void A_good_pattern_on_an_open_day_has_no_problems()
    {
        Assert.That(PatternValidation.Problems([.. ThreeEvenings], Monday, ClosedDays.None), Is.Empty);
    }

    [Test]
    public void A_lecture_that_ends_before_it_starts_is_refused_with_both_times()
    {
        var problems = PatternValidation.Problems([new LectureSlot(DayOfWeek.Tuesday, new TimeOnly(21, 0), new TimeOnly(17, 30))], Monday, ClosedDays.None);

        Assert.That(problems, Is.EqualTo(new[] { new PatternProblem("Pattern", "Tuesday: the lecture ends at 17:30, before it starts at 21:00.") }));
    }

    [Test]
    public void A_pattern_without_days_is_refused()
    {
        var problems = PatternValidation.Problems([], Monday, ClosedDays.None);

        Assert.That(problems, Is.EqualTo(new[] { new PatternProblem("Pattern", "Choose at least one lecture day.") }));
    }

    [Test]
    public void A_lecture_of_zero_length_is_refused()
    {
        var problems = PatternValidation.Problems([new LectureSlot(DayOfWeek.Sunday, new TimeOnly(17, 30), new TimeOnly(17, 30))], Monday, ClosedDays.None);

        Assert.That(problems, Is.EqualTo(new[] { new PatternProblem("Pattern", "Sunday: the lecture starts and ends at 17:30; give it a length.") }));
    }

    [Test]
    public void A_start_date_on_a_holiday_is_refused_on_the_start_date_field()
    {
        var problems = PatternValidation.Problems([.. ThreeEvenings], Day(2027, 1, 1), Closed(Holiday(Day(2027, 1, 1), "New Year's Day")));

        Assert.That(problems.Select(p => p.Field), Is.EqualTo(new[] { "StartDate" }));
        Assert.That(problems[0].Message, Is.EqualTo("The start date Fri 1 Jan 2027 is a day without lectures (Public holiday: New Year's Day). Choose another start date."));
    }
}
