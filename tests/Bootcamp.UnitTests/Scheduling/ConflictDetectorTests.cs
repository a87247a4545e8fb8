using Bootcamp.Domain.Scheduling;
using static Bootcamp.UnitTests.Scheduling.Schedules;

namespace Bootcamp.UnitTests.Scheduling;

public sealed class ConflictDetectorTests
{
    private static BookedSession Berlin(string cohort, DateTime startUtc, int minutes = 210, int? id = null) =>
        new(id, 1, cohort, "Europe/Berlin", startUtc, startUtc.AddMinutes(minutes));

    private static BookedSession Toronto(string cohort, DateTime startUtc, int minutes = 210) =>
        new(null, 2, cohort, "America/Toronto", startUtc, startUtc.AddMinutes(minutes));

    /// <summary>Tuesday 1 December 2026, 17:30 in Berlin (CET, +1).</summary>
    private static readonly DateTime BerlinEvening = Utc(2026, 12, 1, 16, 30);

    [Test]
    public void A_room_booked_by_two_cohorts_at_overlapping_times_is_a_conflict_that_may_be_overridden()
    {
        var planned = Berlin("BER-FSW-07", BerlinEvening) with { RoomId = 5, RoomName = "Hopper" };
        var booked = Berlin("BER-DAN-03", BerlinEvening.AddHours(2), id: 40) with { RoomId = 5, RoomName = "Hopper" };

        var conflict = ConflictDetector.Overlaps([planned], [booked]).Single();

        Assert.That(conflict.Kind, Is.EqualTo(ConflictKind.RoomDoubleBooked));
        Assert.That((conflict.Session, conflict.Other), Is.EqualTo((planned, booked)));
        Assert.That(conflict.CanOverride, Is.True);
        Assert.That(conflict.Message, Is.EqualTo(
            "Room Hopper is booked twice: BER-FSW-07 on Tue 1 Dec 2026, 17:30–21:00 (Europe/Berlin time) and BER-DAN-03 on Tue 1 Dec 2026, 19:30–23:00 (Europe/Berlin time)."));
    }

    [Test]
    public void Two_sessions_in_the_same_room_back_to_back_are_not_a_conflict()
    {
        var first = Berlin("BER-FSW-07", BerlinEvening) with { RoomId = 5, InstructorId = 1 };
        var next = Berlin("BER-DAN-03", BerlinEvening.AddMinutes(210), 60, id: 40) with { RoomId = 5, InstructorId = 1 };
        var fullDayWeekBefore = Berlin("BER-QAA-01", BerlinEvening.AddDays(-7), 600, id: 41) with { RoomId = 5, InstructorId = 1 };

        Assert.That(ConflictDetector.Overlaps([first], [next, fullDayWeekBefore]), Is.Empty);
        Assert.That(ConflictDetector.Overlaps([next], [first, fullDayWeekBefore]), Is.Empty);
    }

    [Test]
    public void Sessions_in_different_rooms_at_the_same_time_are_not_a_conflict()
    {
        var planned = Berlin("BER-FSW-07", BerlinEvening) with { RoomId = 5 };
        var booked = Berlin("BER-DAN-03", BerlinEvening, id: 40) with { RoomId = 6 };

        Assert.That(ConflictDetector.Overlaps([planned], [booked]), Is.Empty);
    }

    [Test]
    public void An_instructor_teaching_in_Berlin_and_Toronto_at_overlapping_instants_is_a_conflict_shown_in_both_local_times()
    {
        var berlin = Berlin("BER-FSW-07", BerlinEvening) with { InstructorId = 3, InstructorName = "Amira Haddad" };
        var toronto = Toronto("TOR-CYB-04", Utc(2026, 12, 1, 16, 0), 180) with { InstructorId = 3, InstructorName = "Amira Haddad" };

        var conflict = ConflictDetector.Overlaps([berlin], [toronto]).Single();

        Assert.That(conflict.Kind, Is.EqualTo(ConflictKind.InstructorDoubleBooked));
        Assert.That(conflict.CanOverride, Is.True);
        Assert.That(conflict.Message, Does.Contain("Amira Haddad would teach BER-FSW-07 on Tue 1 Dec 2026, 17:30–21:00 (Europe/Berlin time)"));
        Assert.That(conflict.Message, Does.Contain("TOR-CYB-04 on Tue 1 Dec 2026, 11:00–14:00 (America/Toronto time)"));
    }

    [Test]
    public void A_lecture_of_a_cohort_the_reader_may_not_see_is_named_only_as_another_centres_lecture_at_its_time()
    {
        var berlin = Berlin("BER-FSW-07", BerlinEvening) with { InstructorId = 3, InstructorName = "Amira Haddad" };
        var hidden = Toronto("", Utc(2026, 12, 1, 16, 0), 180) with { InstructorId = 3, Hidden = true };

        var conflict = ConflictDetector.Overlaps([berlin], [hidden]).Single();

        Assert.That(conflict.Message, Is.EqualTo(
            "Amira Haddad would teach BER-FSW-07 on Tue 1 Dec 2026, 17:30–21:00 (Europe/Berlin time) and another centre's lecture on Tue 1 Dec 2026, 17:00–20:00 (Europe/Berlin time), which overlap."));
    }

    [Test]
    public void An_instructor_teaching_at_17_30_in_Berlin_and_at_17_30_in_Toronto_has_no_conflict()
    {
        var berlin = Berlin("BER-FSW-07", BerlinEvening) with { InstructorId = 3 };
        var toronto = Toronto("TOR-CYB-04", Utc(2026, 12, 1, 22, 30)) with { InstructorId = 3 };

        Assert.That(ConflictDetector.Overlaps([berlin], [toronto]), Is.Empty);
    }

    [Test]
    public void A_session_being_moved_is_not_compared_with_its_own_stored_version()
    {
        var stored = Berlin("BER-FSW-07", BerlinEvening, id: 12) with { RoomId = 5, InstructorId = 3 };
        var moved = stored with { StartUtc = BerlinEvening.AddHours(1), EndUtc = BerlinEvening.AddHours(4) };

        Assert.That(ConflictDetector.Overlaps([moved], [stored]), Is.Empty);
    }

    [Test]
    public void Two_planned_sessions_clashing_with_each_other_are_reported_once()
    {
        var first = Berlin("BER-FSW-07", BerlinEvening) with { RoomId = 5 };
        var second = Berlin("BER-DAN-03", BerlinEvening.AddHours(1)) with { RoomId = 5 };

        var conflicts = ConflictDetector.Overlaps([first, second], []);

        Assert.That(conflicts.Select(c => (c.Session, c.Other)), Is.EqualTo(new[] { (first, (BookedSession?)second) }));
    }

    [Test]
    public void A_session_on_a_centre_holiday_is_a_conflict_naming_the_holiday()
    {
        var session = Berlin("BER-FSW-07", Utc(2026, 12, 24, 16, 30));
        var closed = Closed(Holiday(Day(2026, 12, 24), "Christmas Eve"));

        var conflict = ConflictDetector.OnHolidays([session], closed).Single();

        Assert.That(conflict.Kind, Is.EqualTo(ConflictKind.OnHoliday));
        Assert.That(conflict.Other, Is.Null);
        Assert.That(conflict.CanOverride, Is.True);
        Assert.That(conflict.Message, Does.Contain("Thu 24 Dec 2026, 17:30–21:00").And.Contain("Public holiday: Christmas Eve"));
    }

    [Test]
    public void A_holiday_is_judged_by_the_local_date_of_the_centre_not_the_utc_date()
    {
        var lateEveningInToronto = Toronto("TOR-CYB-04", Utc(2026, 12, 25, 1, 0), 60);
        var closed = Closed(Holiday(Day(2026, 12, 25), "Christmas Day"));

        Assert.That(ConflictDetector.OnHolidays([lateEveningInToronto], closed), Is.Empty, "20:00 on 24 December in Toronto");
    }

    [Test]
    public void Sessions_before_the_cohort_starts_or_after_it_ends_are_conflicts_that_cannot_be_overridden()
    {
        var before = Berlin("BER-FSW-07", Utc(2026, 11, 30, 16, 30));
        var inside = Berlin("BER-FSW-07", BerlinEvening);
        var after = Berlin("BER-FSW-07", Utc(2027, 7, 1, 15, 30));

        var conflicts = ConflictDetector.OutsideCohortDates([before, inside, after], Day(2026, 12, 1), Day(2027, 6, 30));

        Assert.That(conflicts.Select(c => c.Session), Is.EqualTo(new[] { before, after }));
        Assert.That(conflicts.Select(c => c.Kind), Is.All.EqualTo(ConflictKind.OutsideCohortDates));
        Assert.That(conflicts.Select(c => c.CanOverride), Is.All.False);
        Assert.That(conflicts[0].Message, Does.Contain("outside the cohort's dates (Tue 1 Dec 2026 to Wed 30 Jun 2027)"));
    }

    [Test]
    public void A_cohort_without_an_end_date_only_refuses_sessions_before_its_start()
    {
        var late = Berlin("BER-FSW-07", Utc(2029, 1, 9, 16, 30));

        Assert.That(ConflictDetector.OutsideCohortDates([late], Day(2026, 12, 1), null), Is.Empty);
    }

    [Test]
    public void Check_reports_every_kind_in_order_of_the_sessions()
    {
        var onHoliday = Berlin("BER-FSW-07", Utc(2026, 12, 24, 16, 30)) with { RoomId = 5 };
        var tooEarly = Berlin("BER-FSW-07", Utc(2026, 11, 26, 16, 30)) with { InstructorId = 3 };
        var booked = new[]
        {
            Berlin("BER-DAN-03", Utc(2026, 12, 24, 17, 0), id: 1) with { RoomId = 5 },
            Toronto("TOR-CYB-04", Utc(2026, 11, 26, 18, 0)) with { InstructorId = 3 },
        };

        var conflicts = ConflictDetector.Check([onHoliday, tooEarly], booked, Closed(Holiday(Day(2026, 12, 24), "Christmas Eve")), Day(2026, 12, 1), null);

        Assert.That(conflicts.Select(c => c.Kind), Is.EqualTo(new[]
        {
            ConflictKind.InstructorDoubleBooked, ConflictKind.OutsideCohortDates, ConflictKind.RoomDoubleBooked, ConflictKind.OnHoliday,
        }));
    }

    [Test]
    public void A_39_week_calendar_checked_against_10000_sessions_finds_exactly_the_clashes_planted_in_them()
    {
        var planned = ScheduleGenerator.Generate(Request(ThreeEvenings, Day(2027, 1, 4), Module(1, 39 * 3 * 210)) with { RoomId = 1, InstructorId = 1 })
            .Sessions.Select(s => new BookedSession(null, 1, "BER-CYB-01", "Europe/Berlin", s.StartUtc, s.EndUtc) { RoomId = s.RoomId, InstructorId = s.InstructorId })
            .ToList();
        var existing = Enumerable.Range(0, 10_000)
            .Select(i => new BookedSession(i + 1, 100 + i % 50, $"C-{i % 50}", "Europe/Berlin", Utc(2027, 1, 1, 8).AddHours(i), Utc(2027, 1, 1, 8).AddHours(i).AddMinutes(50))
            {
                RoomId = 2 + i % 20,
                InstructorId = 2 + i % 30,
            })
            .Concat(planned.Where((_, i) => i % 10 == 0).Select((p, i) => new BookedSession(50_000 + i, 9, "BER-FSW-07", "Europe/Berlin", p.EndUtc.AddMinutes(-30), p.EndUtc.AddHours(1))
            {
                RoomId = 1,
                InstructorId = 77,
            }))
            .ToList();

        var conflicts = ConflictDetector.Check(planned, existing, ClosedDays.None, Day(2027, 1, 4), null);

        Assert.That(conflicts.Select(c => c.Kind), Is.All.EqualTo(ConflictKind.RoomDoubleBooked));
        Assert.That(conflicts, Has.Count.EqualTo(planned.Count(p => planned.IndexOf(p) % 10 == 0)));
    }
}
