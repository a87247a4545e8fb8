using Bootcamp.Domain.Centres;
using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Scheduling;
using static Bootcamp.UnitTests.Scheduling.Schedules;

namespace Bootcamp.UnitTests.Scheduling;

public sealed class ScheduleGeneratorTests
{
    [Test]
    public void Three_evenings_a_week_give_sessions_on_sunday_tuesday_and_thursday_from_17_30_to_21_00()
    {
        var schedule = ScheduleGenerator.Generate(Request(ThreeEvenings, Day(2027, 1, 4), Module(1, 6 * 210)));

        Assert.That(schedule.Sessions.Select(s => s.Date), Is.EqualTo(new[]
        {
            Day(2027, 1, 5), Day(2027, 1, 7), Day(2027, 1, 10), Day(2027, 1, 12), Day(2027, 1, 14), Day(2027, 1, 17),
        }));
        Assert.That(schedule.Sessions.Select(s => (s.LocalStart, s.LocalEnd)), Is.All.EqualTo((Evening, EveningEnd)));
        Assert.That(schedule.EndDate, Is.EqualTo(Day(2027, 1, 17)));
    }

    [Test]
    public void Full_time_weekdays_give_a_session_every_weekday_and_none_at_the_weekend()
    {
        var schedule = ScheduleGenerator.Generate(Request(FullTimeWeekdays, Day(2027, 1, 4), Module(1, 10 * 420)));

        Assert.That(schedule.Sessions, Has.Count.EqualTo(10));
        Assert.That(schedule.Sessions.Select(s => s.Date.DayOfWeek), Has.None.EqualTo(DayOfWeek.Saturday).And.None.EqualTo(DayOfWeek.Sunday));
        Assert.That(schedule.Sessions.Select(s => s.Minutes), Is.All.EqualTo(420));
        Assert.That(schedule.EndDate, Is.EqualTo(Day(2027, 1, 15)));
    }

    [Test]
    public void Public_holidays_of_the_centre_are_skipped_and_reported_with_their_name()
    {
        var centre = new TrainingCentre("Berlin Kreuzberg", "Berlin", "DE", "Europe/Berlin", null);
        centre.AddHoliday("New Year's Day", Day(2027, 1, 1), Day(2027, 1, 1), HolidayKind.PublicHoliday);
        centre.AddHoliday("Epiphany", Day(2027, 1, 6), Day(2027, 1, 6), HolidayKind.PublicHoliday);
        var request = Request(FullTimeWeekdays, Day(2026, 12, 28), Module(1, 8 * 420)) with { Closed = ClosedDays.For(centre.Holidays, []) };

        var schedule = ScheduleGenerator.Generate(request);

        Assert.That(schedule.Skipped, Is.EqualTo(new[]
        {
            new SkippedDay(Day(2027, 1, 1), "Public holiday: New Year's Day"),
            new SkippedDay(Day(2027, 1, 6), "Public holiday: Epiphany"),
        }));
        Assert.That(schedule.Sessions.Select(s => s.Date), Does.Not.Contain(Day(2027, 1, 1)).And.Not.Contain(Day(2027, 1, 6)));
        Assert.That(schedule.EndDate, Is.EqualTo(Day(2027, 1, 8)), "two holidays push the eighth session two weekdays later");
    }

    [Test]
    public void A_closure_of_several_days_skips_every_lecture_day_in_it_and_lectures_resume_after_it()
    {
        var centre = new TrainingCentre("Berlin Kreuzberg", "Berlin", "DE", "Europe/Berlin", null);
        centre.AddHoliday("Winter closure", Day(2026, 12, 24), Day(2027, 1, 1), HolidayKind.Closure);
        var request = Request(FullTimeWeekdays, Day(2026, 12, 21), Module(1, 5 * 420)) with { Closed = ClosedDays.For(centre.Holidays, []) };

        var schedule = ScheduleGenerator.Generate(request);

        Assert.That(schedule.Skipped.Select(s => s.Date), Is.EqualTo(new[]
        {
            Day(2026, 12, 24), Day(2026, 12, 25), Day(2026, 12, 28), Day(2026, 12, 29), Day(2026, 12, 30), Day(2026, 12, 31), Day(2027, 1, 1),
        }));
        Assert.That(schedule.Skipped.Select(s => s.Reason), Is.All.EqualTo("Centre closed: Winter closure"));
        Assert.That(schedule.Sessions.Select(s => s.Date), Is.EqualTo(new[]
        {
            Day(2026, 12, 21), Day(2026, 12, 22), Day(2026, 12, 23), Day(2027, 1, 4), Day(2027, 1, 5),
        }));
    }

    [Test]
    public void Break_days_marked_by_staff_are_skipped_with_the_break_as_the_reason()
    {
        var projectWeek = new CohortBreak(1, "Project week", Day(2027, 1, 11), Day(2027, 1, 17));
        var request = Request(ThreeEvenings, Day(2027, 1, 4), Module(1, 5 * 210)) with { Closed = ClosedDays.For([], [projectWeek]) };

        var schedule = ScheduleGenerator.Generate(request);

        Assert.That(schedule.Skipped, Is.EqualTo(new[]
        {
            new SkippedDay(Day(2027, 1, 12), "Cohort break: Project week"),
            new SkippedDay(Day(2027, 1, 14), "Cohort break: Project week"),
            new SkippedDay(Day(2027, 1, 17), "Cohort break: Project week"),
        }));
        Assert.That(schedule.Sessions.Select(s => s.Date), Is.EqualTo(new[]
        {
            Day(2027, 1, 5), Day(2027, 1, 7), Day(2027, 1, 10), Day(2027, 1, 19), Day(2027, 1, 21),
        }));
    }

    [Test]
    public void The_older_overload_with_a_closed_day_function_still_skips_those_days()
    {
        var schedule = ScheduleGenerator.Generate(
            [Module(1, 3 * 210)], ThreeEvenings, Day(2027, 1, 4), Berlin, d => d == Day(2027, 1, 7) ? "Staff training" : null);

        Assert.That(schedule.Skipped, Is.EqualTo(new[] { new SkippedDay(Day(2027, 1, 7), "Staff training") }));
        Assert.That(schedule.Sessions.Select(s => s.Date), Is.EqualTo(new[] { Day(2027, 1, 5), Day(2027, 1, 10), Day(2027, 1, 12) }));
    }

    [Test]
    public void A_module_ending_mid_slot_gets_a_shorter_last_session_and_the_next_module_starts_in_the_next_slot()
    {
        var schedule = ScheduleGenerator.Generate(Request(ThreeEvenings, Day(2027, 1, 4), Module(1, 300), Module(2, 210)));

        Assert.That(schedule.Sessions.Select(s => (s.ModuleId, s.Date, s.LocalStart, s.LocalEnd)), Is.EqualTo(new[]
        {
            (1, Day(2027, 1, 5), Evening, EveningEnd),
            (1, Day(2027, 1, 7), Evening, new TimeOnly(19, 0)),
            (2, Day(2027, 1, 10), Evening, EveningEnd),
        }));
    }

    [Test]
    public void A_module_longer_than_one_session_fills_several_sessions_and_cycles_through_its_topics_in_order()
    {
        var schedule = ScheduleGenerator.Generate(Request(ThreeEvenings, Day(2027, 1, 4), Module(1, 5 * 210, "HTML", "CSS")));

        Assert.That(schedule.Sessions.Select(s => s.ModuleId), Is.All.EqualTo(1));
        Assert.That(schedule.Sessions.Select(s => s.Topic), Is.EqualTo(new[] { "HTML", "CSS", "HTML", "CSS", "HTML" }));
        Assert.That(schedule.Sessions.Sum(s => s.Minutes), Is.EqualTo(5 * 210));
    }

    [Test]
    public void Modules_are_taught_in_the_order_given_and_each_gets_exactly_its_lecture_time()
    {
        var schedule = ScheduleGenerator.Generate(Request(FullTimeWeekdays, Day(2027, 1, 4), Module(30, 900), Module(10, 420), Module(20, 100)));

        Assert.That(schedule.Sessions.Select(s => s.ModuleId).Distinct(), Is.EqualTo(new[] { 30, 10, 20 }));
        Assert.That(schedule.Sessions.GroupBy(s => s.ModuleId).Select(g => g.Sum(s => s.Minutes)), Is.EqualTo(new[] { 900, 420, 100 }));
        Assert.That(schedule.UnplannedMinutes, Is.Zero);
    }

    [Test]
    public void Every_session_is_labelled_with_the_default_room_and_instructor()
    {
        var request = Request(ThreeEvenings, Day(2027, 1, 4), Module(1, 4 * 210)) with { RoomId = 7, InstructorId = 3 };

        var schedule = ScheduleGenerator.Generate(request);

        Assert.That(schedule.Sessions.Select(s => (s.RoomId, s.InstructorId)), Is.All.EqualTo(((int?)7, (int?)3)));
    }

    private static IEnumerable<TestCaseData> DaylightSavingWeeks()
    {
        yield return new TestCaseData("Europe/Berlin", Day(2026, 3, 24), Utc(2026, 3, 24, 16, 30), Utc(2026, 3, 26, 16, 30), Utc(2026, 3, 31, 15, 30))
            .SetName("Berlin_in_late_March_keeps_17_30_local_while_the_offset_goes_from_plus_one_to_plus_two");
        yield return new TestCaseData("Europe/Berlin", Day(2026, 10, 20), Utc(2026, 10, 20, 15, 30), Utc(2026, 10, 22, 15, 30), Utc(2026, 10, 27, 16, 30))
            .SetName("Berlin_in_late_October_keeps_17_30_local_while_the_offset_goes_from_plus_two_to_plus_one");
        yield return new TestCaseData("America/Toronto", Day(2026, 3, 3), Utc(2026, 3, 3, 22, 30), Utc(2026, 3, 5, 22, 30), Utc(2026, 3, 10, 21, 30))
            .SetName("Toronto_in_March_keeps_17_30_local_while_the_offset_goes_from_minus_five_to_minus_four");
        yield return new TestCaseData("America/Toronto", Day(2026, 10, 27), Utc(2026, 10, 27, 21, 30), Utc(2026, 10, 29, 21, 30), Utc(2026, 11, 3, 22, 30))
            .SetName("Toronto_in_November_keeps_17_30_local_while_the_offset_goes_from_minus_four_to_minus_five");
    }

    [TestCaseSource(nameof(DaylightSavingWeeks))]
    public void Evening_lectures_stay_at_17_30_local_across_a_daylight_saving_change(string zoneId, DateOnly start, DateTime first, DateTime second, DateTime third)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var request = new ScheduleRequest([Module(1, 3 * 210)], TuesdayThursdayEvenings, start, zone);

        var sessions = ScheduleGenerator.Generate(request).Sessions;

        Assert.That(sessions.Select(s => s.StartUtc), Is.EqualTo(new[] { first, second, third }));
        Assert.That(sessions.Select(s => s.StartUtc.Kind), Is.All.EqualTo(DateTimeKind.Utc));
        Assert.That(sessions.Select(s => LocalStart(s.StartUtc, zone)), Is.All.EqualTo(Evening));
        Assert.That(sessions.Select(s => s.EndUtc - s.StartUtc), Is.All.EqualTo(TimeSpan.FromMinutes(210)));
    }

    [Test]
    public void A_lecture_in_the_spring_forward_gap_starts_at_the_same_instant_an_hour_later_on_the_clock()
    {
        var request = new ScheduleRequest([Module(1, 90)], [new LectureSlot(DayOfWeek.Sunday, new TimeOnly(2, 30), new TimeOnly(4, 0))], Day(2026, 3, 29), Berlin);

        var session = ScheduleGenerator.Generate(request).Sessions.Single();

        Assert.That(session.StartUtc, Is.EqualTo(Utc(2026, 3, 29, 1, 30)));
        Assert.That(LocalStart(session.StartUtc, Berlin), Is.EqualTo(new TimeOnly(3, 30)));
        Assert.That(session.EndUtc, Is.EqualTo(Utc(2026, 3, 29, 2, 0)));
    }

    [Test]
    public void A_programme_of_39_weeks_full_time_ends_on_the_friday_of_its_39th_week()
    {
        var modules = Enumerable.Range(1, 9).Select(i => Module(i, (i == 9 ? 19 : 22) * 420, $"Topic {i}a", $"Topic {i}b")).ToArray();

        var schedule = ScheduleGenerator.Generate(Request(FullTimeWeekdays, Day(2027, 1, 4), modules));

        Assert.That(schedule.Sessions, Has.Count.EqualTo(39 * 5));
        Assert.That(schedule.Sessions.Sum(s => s.Minutes), Is.EqualTo(39 * 5 * 420));
        Assert.That(schedule.EndDate, Is.EqualTo(Day(2027, 1, 4).AddDays(39 * 7 - 3)));
        Assert.That(schedule.Sessions.Select(s => s.ModuleId), Is.Ordered);
        Assert.That(schedule.UnplannedMinutes, Is.Zero);
    }

    [Test]
    public void A_programme_of_39_weeks_with_holidays_ends_as_many_lecture_days_later_as_were_skipped()
    {
        var closed = Closed(Holiday(Day(2027, 3, 26), "Good Friday"), Holiday(Day(2027, 3, 29), "Easter Monday"), Holiday(Day(2027, 5, 6), "Ascension Day"));
        var request = Request(ThreeEvenings, Day(2027, 1, 4), Module(1, 39 * 3 * 210)) with { Closed = closed };

        var schedule = ScheduleGenerator.Generate(request);

        Assert.That(schedule.Skipped.Select(s => s.Date), Is.EqualTo(new[] { Day(2027, 5, 6) }), "Good Friday and Easter Monday are not lecture days in this pattern");
        Assert.That(schedule.Sessions, Has.Count.EqualTo(39 * 3));
        Assert.That(schedule.EndDate, Is.EqualTo(Day(2027, 10, 5)), "the 117th evening moves from Sunday 3 October to Tuesday 5 October");
    }
}
