using Bootcamp.Domain.Scheduling;
using static Bootcamp.UnitTests.Scheduling.Schedules;

namespace Bootcamp.UnitTests.Scheduling;

public sealed class CalendarPlannerTests
{
    private static readonly PlannedCohort Cohort = new(7, "BER-FSW-08", "Europe/Berlin", "Hopper", new Dictionary<int, string> { [3] = "Amira Haddad", [4] = "Jonas Becker" });

    [Test]
    public void A_new_calendar_is_planned_from_its_start_and_its_sessions_are_named_for_the_conflict_rules()
    {
        var request = Request(TuesdayThursdayEvenings, Day(2027, 1, 5), Module(1, 420)) with { RoomId = 5, Rota = InstructorRota.One(3) };

        var plan = CalendarPlanner.Plan(request, [], today: Day(2027, 3, 1), Cohort);

        Assert.That(plan.Problems, Is.Empty);
        Assert.That(plan.Result!.Planned.Sessions.Select(s => s.Date), Is.EqualTo(new[] { Day(2027, 1, 5), Day(2027, 1, 7) }));
        Assert.That(plan.Candidates.Select(c => (c.CohortCode, c.RoomName, c.InstructorName, c.RoomId)),
            Is.All.EqualTo(("BER-FSW-08", (string?)"Hopper", (string?)"Amira Haddad", (int?)5)));
    }

    [Test]
    public void A_rota_names_each_new_session_with_its_own_instructor()
    {
        var request = Request(TuesdayThursdayEvenings, Day(2027, 1, 5), Module(1, 4 * 210)) with { Rota = InstructorRota.TakingTurns([3, 4]) };

        var plan = CalendarPlanner.Plan(request, [], today: Day(2027, 1, 1), Cohort);

        Assert.That(plan.Result!.Planned.Sessions.Select(s => s.InstructorId), Is.EqualTo(new int?[] { 3, 4, 3, 4 }));
        Assert.That(plan.Candidates.Select(c => c.InstructorName), Is.EqualTo(new[] { "Amira Haddad", "Jonas Becker", "Amira Haddad", "Jonas Becker" }));
    }

    [Test]
    public void A_calendar_with_sessions_is_planned_again_from_today()
    {
        var stored = Stored(ScheduleGenerator.Generate(Request(TuesdayThursdayEvenings, Day(2027, 1, 5), Module(1, 4 * 210))));

        var plan = CalendarPlanner.Plan(Request(TuesdayThursdayEvenings, Day(2027, 1, 5), Module(1, 4 * 210)), stored, today: Day(2027, 1, 10), Cohort);

        Assert.That(plan.Result!.Kept.Select(s => s.Id), Is.EqualTo(new[] { 1, 2 }));
        Assert.That(plan.Result.Planned.Sessions.Select(s => s.Date), Is.EqualTo(new[] { Day(2027, 1, 12), Day(2027, 1, 14) }));
    }

    [Test]
    public void Every_problem_of_the_form_comes_back_at_once_for_its_field_and_nothing_is_planned()
    {
        var plan = CalendarPlanner.Plan(Request([], Day(9999, 1, 5), Module(1, 0)), [], Day(2027, 1, 1), Cohort);

        Assert.That(plan.Result, Is.Null);
        Assert.That(plan.Problems.Select(p => (p.Field, p.Message)), Is.EqualTo(new[]
        {
            (PatternValidation.StartDateField, "The first lecture day must be between 2000 and 2100."),
            (CalendarPlanner.FormField, "The programme has no planned lecture time yet: give its modules lecture hours first."),
        }));
    }

    [Test]
    public void A_pattern_that_cannot_place_every_hour_within_two_years_is_refused()
    {
        var plan = CalendarPlanner.Plan(Request(TuesdayThursdayEvenings, Day(2027, 1, 5), Module(1, 1000 * 210)), [], Day(2027, 1, 1), Cohort);

        Assert.That(plan.Problems.Single().Field, Is.EqualTo(PatternValidation.PatternField));
        Assert.That(plan.Problems.Single().Message, Does.StartWith("This pattern leaves").And.Contain("unplanned within two years"));
    }
}
