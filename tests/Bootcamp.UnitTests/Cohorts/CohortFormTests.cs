using Bootcamp.Domain.Cohorts;
using Bootcamp.Web.Features.Cohorts;

namespace Bootcamp.UnitTests.Cohorts;

public sealed class CohortFormTests
{
    private static CohortForm Form(params (DayOfWeek Day, string? Start, string? End)[] days)
    {
        var form = new CohortForm { Code = "BER-FSW-08", StartDate = new DateOnly(2027, 1, 4) };
        foreach (var (day, start, end) in days)
        {
            var entry = form.Days.Single(d => d.Day == day);
            entry.Lectures = true;
            entry.Start = start is null ? null : TimeOnly.Parse(start);
            entry.End = end is null ? null : TimeOnly.Parse(end);
        }
        return form;
    }

    private static IReadOnlyList<string> PatternErrors(CohortForm form) => form.PatternProblems();

    [Test]
    public void The_week_starts_on_Monday()
    {
        Assert.That(new CohortForm().Days.Select(d => d.Day).First(), Is.EqualTo(DayOfWeek.Monday));
        Assert.That(new CohortForm().Days, Has.Count.EqualTo(7));
    }

    [Test]
    public void A_pattern_without_days_is_refused() =>
        Assert.That(PatternErrors(Form()), Is.EqualTo(new[] { "Choose at least one lecture day." }));

    [Test]
    public void An_end_before_the_start_is_refused() =>
        Assert.That(PatternErrors(Form((DayOfWeek.Monday, "18:00", "17:00"))).Single(), Does.StartWith("Monday:").And.Contain("before it starts"));

    [Test]
    public void A_lecture_of_zero_length_is_refused() =>
        Assert.That(PatternErrors(Form((DayOfWeek.Tuesday, "18:00", "18:00"))), Has.Count.EqualTo(1));

    [Test]
    public void A_ticked_day_needs_both_times() =>
        Assert.That(PatternErrors(Form((DayOfWeek.Friday, "18:00", null))).Single(), Is.EqualTo("Friday: enter a start and an end time."));

    [Test]
    public void Unticked_days_are_left_out_of_the_slots()
    {
        var form = Form((DayOfWeek.Monday, "17:30", "21:00"));
        form.Days.Single(d => d.Day == DayOfWeek.Sunday).Start = new TimeOnly(9, 0);
        Assert.That(PatternErrors(form), Is.Empty);
        Assert.That(form.Slots(), Is.EqualTo(new[] { new LectureSlot(DayOfWeek.Monday, new TimeOnly(17, 30), new TimeOnly(21, 0)) }));
    }

    [Test]
    public void WeekOf_ticks_the_days_of_an_existing_pattern()
    {
        var week = WeeklyPatternForm.WeekOf([new LectureSlot(DayOfWeek.Wednesday, new TimeOnly(9, 0), new TimeOnly(12, 0))]);
        Assert.That(week.Where(d => d.Lectures).Select(d => (d.Day, d.Start, d.End)).Single(),
            Is.EqualTo((DayOfWeek.Wednesday, (TimeOnly?)new TimeOnly(9, 0), (TimeOnly?)new TimeOnly(12, 0))));
    }
}
