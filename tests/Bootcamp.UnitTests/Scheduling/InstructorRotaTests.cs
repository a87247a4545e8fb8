using Bootcamp.Domain.Scheduling;
using static Bootcamp.UnitTests.Scheduling.Schedules;

namespace Bootcamp.UnitTests.Scheduling;

public sealed class InstructorRotaTests
{
    /// <summary>Two modules of two evenings each on Tuesdays and Thursdays from Tuesday 5 January 2027.</summary>
    private static IReadOnlyList<PlannedSession> FourEvenings() =>
        ScheduleGenerator.Generate(Request(TuesdayThursdayEvenings, Day(2027, 1, 5), Module(1, 2 * 210), Module(2, 2 * 210))).Sessions;

    [Test]
    public void One_instructor_teaches_every_lecture()
    {
        var sessions = InstructorRota.One(7).Assign(FourEvenings());

        Assert.That(sessions.Select(s => s.InstructorId), Is.All.EqualTo(7));
    }

    [Test]
    public void By_module_each_module_gets_its_instructor_and_a_module_without_one_gets_none()
    {
        var sessions = InstructorRota.PerModule(new Dictionary<int, int> { [2] = 8 }).Assign(FourEvenings());

        Assert.That(sessions.Select(s => (s.ModuleId, s.InstructorId)), Is.EqualTo(new (int, int?)[] { (1, null), (1, null), (2, 8), (2, 8) }));
    }

    [Test]
    public void By_weekday_Tuesdays_and_Thursdays_have_their_own_instructors()
    {
        var sessions = InstructorRota.PerWeekday(new Dictionary<DayOfWeek, int> { [DayOfWeek.Tuesday] = 7, [DayOfWeek.Thursday] = 8 }).Assign(FourEvenings());

        Assert.That(sessions.Select(s => (s.Date.DayOfWeek, s.InstructorId)), Is.EqualTo(new (DayOfWeek, int?)[]
        {
            (DayOfWeek.Tuesday, 7), (DayOfWeek.Thursday, 8), (DayOfWeek.Tuesday, 7), (DayOfWeek.Thursday, 8),
        }));
    }

    [Test]
    public void Taking_turns_goes_round_the_instructors_in_order_one_lecture_day_each()
    {
        var sessions = InstructorRota.TakingTurns([7, 8, 9]).Assign(FourEvenings());

        Assert.That(sessions.Select(s => s.InstructorId), Is.EqualTo(new int?[] { 7, 8, 9, 7 }));
    }

    [Test]
    public void Taking_turns_keeps_one_instructor_for_both_slots_of_a_day()
    {
        var twoSlotSaturday = new[]
        {
            new Bootcamp.Domain.Cohorts.LectureSlot(DayOfWeek.Saturday, new TimeOnly(9, 0), new TimeOnly(12, 0)),
            new Bootcamp.Domain.Cohorts.LectureSlot(DayOfWeek.Saturday, new TimeOnly(13, 0), new TimeOnly(16, 0)),
        };
        var planned = ScheduleGenerator.Generate(Request(twoSlotSaturday, Day(2027, 1, 9), Module(1, 4 * 180))).Sessions;

        var sessions = InstructorRota.TakingTurns([7, 8]).Assign(planned);

        Assert.That(sessions.Select(s => (s.Date, s.InstructorId)), Is.EqualTo(new (DateOnly, int?)[]
        {
            (Day(2027, 1, 9), 7), (Day(2027, 1, 9), 7), (Day(2027, 1, 16), 8), (Day(2027, 1, 16), 8),
        }));
    }

    [Test]
    public void The_rota_names_each_instructor_once_in_the_order_first_named()
    {
        Assert.That(InstructorRota.TakingTurns([8, 7, 8]).Instructors, Is.EqualTo(new[] { 8, 7 }));
        Assert.That(InstructorRota.PerWeekday(new Dictionary<DayOfWeek, int> { [DayOfWeek.Sunday] = 9, [DayOfWeek.Monday] = 7, [DayOfWeek.Thursday] = 7 }).Instructors,
            Is.EqualTo(new[] { 7, 9 }));
        Assert.That(InstructorRota.One(null).Instructors, Is.Empty);
    }
}
