using Bootcamp.Domain.Scheduling;
using static Bootcamp.UnitTests.Scheduling.Schedules;

namespace Bootcamp.UnitTests.Scheduling;

public sealed class ScheduleRegenerationTests
{
    private static readonly ScheduleRequest Original =
        Request(ThreeEvenings, Day(2027, 1, 4), Module(1, 3 * 210, "A1", "A2", "A3"), Module(2, 2 * 210)) with { RoomId = 4, InstructorId = 9 };

    /// <summary>Module 1 on 5, 7 and 10 January; module 2 on 12 and 14 January; ids 1 to 5.</summary>
    private static List<ExistingSession> Stored() => Schedules.Stored(ScheduleGenerator.Generate(Original));

    [Test]
    public void Regeneration_keeps_every_past_session_as_it_is_and_replaces_only_the_future_ones()
    {
        var stored = Stored();
        var request = Original with { Closed = Closed(Holiday(Day(2027, 1, 12), "Added late")) };

        var result = ScheduleGenerator.Regenerate(request, stored, Day(2027, 1, 11));

        Assert.That(result.Kept, Is.EqualTo(stored.Take(3)));
        Assert.That(result.Replaced.Select(s => s.Id), Is.EqualTo(new[] { 4, 5 }));
        Assert.That(result.Planned.Sessions.Select(s => (s.ModuleId, s.Date)), Is.EqualTo(new[] { (2, Day(2027, 1, 14)), (2, Day(2027, 1, 17)) }));
        Assert.That(result.Planned.Skipped.Select(s => s.Date), Is.EqualTo(new[] { Day(2027, 1, 12) }));
        Assert.That(result.EndDate, Is.EqualTo(Day(2027, 1, 17)));
    }

    [Test]
    public void A_future_session_with_attendance_is_kept_and_no_new_session_is_planned_over_it()
    {
        var stored = Stored();
        stored[2] = stored[2] with { HasAttendance = true };

        var result = ScheduleGenerator.Regenerate(Original, stored, Day(2027, 1, 6));

        Assert.That(result.Kept.Select(s => s.Id), Is.EqualTo(new[] { 1, 3 }));
        Assert.That(result.Replaced.Select(s => s.Id), Is.EqualTo(new[] { 2, 4, 5 }));
        Assert.That(result.Planned.Sessions.Select(s => (s.ModuleId, s.Date)), Is.EqualTo(new[]
        {
            (1, Day(2027, 1, 7)), (2, Day(2027, 1, 12)), (2, Day(2027, 1, 14)),
        }));
    }

    [Test]
    public void A_cancelled_past_session_is_kept_but_its_lecture_time_is_planned_again()
    {
        var stored = Stored();
        stored[1] = stored[1] with { IsCancelled = true };

        var result = ScheduleGenerator.Regenerate(Original, stored, Day(2027, 1, 11));

        Assert.That(result.Kept.Select(s => s.Id), Is.EqualTo(new[] { 1, 2, 3 }));
        Assert.That(result.Planned.Sessions.Select(s => (s.ModuleId, s.Date)), Is.EqualTo(new[]
        {
            (1, Day(2027, 1, 12)), (2, Day(2027, 1, 14)), (2, Day(2027, 1, 17)),
        }));
    }

    [Test]
    public void Topics_carry_on_after_the_kept_sessions_of_a_module()
    {
        var result = ScheduleGenerator.Regenerate(Original, Stored(), Day(2027, 1, 8));

        Assert.That(result.Planned.Sessions.Select(s => (s.ModuleId, s.Topic)), Is.EqualTo(new[] { (1, "A3"), (2, (string?)null), (2, null) }));
        Assert.That(result.Planned.Sessions.Select(s => (s.RoomId, s.InstructorId)), Is.All.EqualTo(((int?)4, (int?)9)));
    }
}
