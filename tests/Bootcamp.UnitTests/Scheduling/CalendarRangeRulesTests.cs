using Bootcamp.Domain.Common;
using Bootcamp.Domain.Scheduling;
using static Bootcamp.UnitTests.Scheduling.Schedules;

namespace Bootcamp.UnitTests.Scheduling;

/// <summary>Issue 8, finding 5: the scheduling entities and rules keep to the years the app schedules in.</summary>
public sealed class CalendarRangeRulesTests
{
    [Test]
    public void A_session_in_year_1_is_refused_for_its_date()
    {
        var ex = Assert.Throws<DomainException>(() => new LectureSession(1, 1, null, Utc(1, 1, 1, 10), Utc(1, 1, 1, 12), null, null));
        Assert.That((ex!.Field, ex.Message), Is.EqualTo((LectureSession.DateField, "The session's date must be between 2000 and 2100.")));
    }

    [Test]
    public void A_session_moved_to_9999_is_refused_and_stays_where_it_was()
    {
        var session = new LectureSession(1, 1, null, Utc(2027, 1, 5, 16, 30), Utc(2027, 1, 5, 20, 0), null, null);
        Assert.Throws<DomainException>(() => session.Move(Utc(9999, 12, 31, 10), Utc(9999, 12, 31, 12), null));
        Assert.That(session.StartUtc, Is.EqualTo(Utc(2027, 1, 5, 16, 30)));
    }

    [TestCase(9999, 12, 30, 9999, 12, 31, "FirstDay")]
    [TestCase(2027, 1, 4, 9999, 12, 31, "LastDay")]
    [TestCase(1, 1, 1, 2027, 1, 4, "FirstDay")]
    public void A_break_outside_the_calendar_years_is_refused(int y1, int m1, int d1, int y2, int m2, int d2, string field)
    {
        var ex = Assert.Throws<DomainException>(() => new CohortBreak(1, "Far", Day(y1, m1, d1), Day(y2, m2, d2)));
        Assert.That(ex!.Field, Is.EqualTo(field));
    }

    [Test]
    public void Generating_from_year_9999_is_refused()
    {
        var ex = Assert.Throws<DomainException>(() => ScheduleGenerator.Generate(Request(ThreeEvenings, Day(9999, 12, 1), Module(1, 420))));
        Assert.That(ex!.Message, Is.EqualTo("The first lecture day must be between 2000 and 2100."));
    }

    [Test]
    public void Generating_near_the_end_of_2100_stops_there_and_leaves_the_rest_unplanned()
    {
        var schedule = ScheduleGenerator.Generate(Request(ThreeEvenings, Day(2100, 12, 20), Module(1, 100 * 210)));
        Assert.That(schedule.Sessions.Select(s => s.Date), Is.All.LessThanOrEqualTo(Day(2100, 12, 31)));
        Assert.That(schedule.UnplannedMinutes, Is.GreaterThan(0));
    }

    [Test]
    public void Shifting_from_year_9999_is_refused_for_the_date()
    {
        var ex = Assert.Throws<DomainException>(() => ScheduleShift.Shift([], Day(9999, 12, 1), 7, Berlin));
        Assert.That(ex!.Field, Is.EqualTo(ScheduleShift.FromDateField));
    }

    [Test]
    public void Shifting_past_the_end_of_2100_is_refused()
    {
        var session = new ExistingSession(1, 1, null, Utc(2100, 12, 20, 16, 30), Utc(2100, 12, 20, 20, 0), null, null);
        Assert.Throws<DomainException>(() => ScheduleShift.Shift([session], Day(2100, 12, 20), 14, Berlin));
    }

    [Test]
    public void A_stored_holiday_reaching_9999_closes_the_days_up_to_the_end_of_2100()
    {
        var closed = Closed(new ClosedPeriod(Day(2100, 12, 30), Day(9999, 12, 31), "Closed for good"));
        Assert.That(closed.IsClosed(Day(2100, 12, 31)), Is.True);
        Assert.That(closed.IsClosed(Day(2100, 12, 29)), Is.False);
    }
}
