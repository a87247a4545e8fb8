using Bootcamp.Domain.Common;
using Bootcamp.Domain.Scheduling;
using static Bootcamp.UnitTests.Scheduling.Schedules;

namespace Bootcamp.UnitTests.Scheduling;

public sealed class ScheduleShiftTests
{
    /// <summary>Ids 1 to 5 on Tuesday 5, Thursday 7, Sunday 10, Tuesday 12 and Thursday 14 January 2027, 17:30 Berlin.</summary>
    private static List<ExistingSession> Stored() =>
        Schedules.Stored(ScheduleGenerator.Generate(Request(ThreeEvenings, Day(2027, 1, 4), Module(1, 5 * 210))));

    [Test]
    public void Every_session_from_the_date_on_moves_by_the_given_days_and_earlier_ones_stay()
    {
        var result = ScheduleShift.Shift(Stored(), Day(2027, 1, 10), 7, Berlin);

        Assert.That(result.Moved.Select(s => s.Id), Is.EqualTo(new[] { 3, 4, 5 }));
        Assert.That(result.Moved.Select(s => LocalDate(s.StartUtc, Berlin)), Is.EqualTo(new[] { Day(2027, 1, 17), Day(2027, 1, 19), Day(2027, 1, 21) }));
        Assert.That(result.Moved.Select(s => LocalStart(s.StartUtc, Berlin)), Is.All.EqualTo(Evening));
        Assert.That(result.Moved.Select(s => s.Minutes), Is.All.EqualTo(210));
        Assert.That(result.Skipped, Is.Empty);
    }

    [Test]
    public void A_shift_by_a_week_across_the_daylight_saving_change_keeps_the_local_start_time()
    {
        var session = new ExistingSession(1, 1, null, Utc(2026, 3, 26, 16, 30), Utc(2026, 3, 26, 20, 0), null, null);

        var moved = ScheduleShift.Shift([session], Day(2026, 3, 26), 7, Berlin).Moved.Single();

        Assert.That(moved.StartUtc, Is.EqualTo(Utc(2026, 4, 2, 15, 30)));
        Assert.That(moved.EndUtc, Is.EqualTo(Utc(2026, 4, 2, 19, 0)));
    }

    [Test]
    public void Skipping_holidays_keeps_the_order_and_the_last_session_continues_the_weekly_rhythm()
    {
        var closed = Closed(Holiday(Day(2027, 1, 14), "Staff day"));

        var result = ScheduleShift.Shift(Stored(), Day(2027, 1, 5), 7, Berlin, closed);

        Assert.That(result.Moved.Select(s => (s.Id, LocalDate(s.StartUtc, Berlin))), Is.EqualTo(new[]
        {
            (1, Day(2027, 1, 12)), (2, Day(2027, 1, 17)), (3, Day(2027, 1, 19)), (4, Day(2027, 1, 21)), (5, Day(2027, 1, 24)),
        }));
        Assert.That(result.Skipped, Is.EqualTo(new[] { new SkippedDay(Day(2027, 1, 14), "Public holiday: Staff day") }));
    }

    [Test]
    public void Without_skipping_holidays_a_session_may_land_on_one()
    {
        var closed = Closed(Holiday(Day(2027, 1, 14), "Staff day"));

        var withoutSkipping = ScheduleShift.Shift(Stored(), Day(2027, 1, 5), 7, Berlin);
        var skipping = ScheduleShift.Shift(Stored(), Day(2027, 1, 5), 7, Berlin, closed);

        Assert.That(withoutSkipping.Moved.Select(s => LocalDate(s.StartUtc, Berlin)), Does.Contain(Day(2027, 1, 14)));
        Assert.That(skipping.Moved.Select(s => LocalDate(s.StartUtc, Berlin)), Does.Not.Contain(Day(2027, 1, 14)));
    }

    [Test]
    public void Cancelled_sessions_are_not_moved()
    {
        var stored = Stored();
        stored[3] = stored[3] with { IsCancelled = true };

        var result = ScheduleShift.Shift(stored, Day(2027, 1, 5), 2, Berlin);

        Assert.That(result.Moved.Select(s => s.Id), Is.EqualTo(new[] { 1, 2, 3, 5 }));
    }

    [Test]
    public void A_shift_by_zero_days_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => ScheduleShift.Shift(Stored(), Day(2027, 1, 5), 0, Berlin));

        Assert.That(error!.Field, Is.EqualTo("Days"));
    }

    [Test]
    public void The_end_date_after_a_shift_is_the_last_session_or_the_cohorts_later_end()
    {
        var moved = ScheduleShift.Shift(Stored(), Day(2027, 1, 10), 7, Berlin, cohortEnd: Day(2027, 1, 14));
        var kept = ScheduleShift.Shift(Stored(), Day(2027, 1, 10), 7, Berlin, cohortEnd: Day(2027, 3, 1));

        Assert.That(moved.EndDate, Is.EqualTo(Day(2027, 1, 21)));
        Assert.That(kept.EndDate, Is.EqualTo(Day(2027, 3, 1)));
    }

    [Test]
    public void Cancelled_sessions_do_not_set_the_end_date()
    {
        var sessions = Stored();
        sessions[^1] = sessions[^1] with { IsCancelled = true };

        var result = ScheduleShift.Shift(sessions, Day(2027, 1, 12), 7, Berlin);

        Assert.That(result.EndDate, Is.EqualTo(Day(2027, 1, 19)));
    }
}
