using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Common;

namespace Bootcamp.UnitTests.Cohorts;

public sealed class CohortTests
{
    private static readonly DateOnly Start = new(2026, 9, 7);
    private static readonly LectureSlot[] Pattern = [new(DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(12, 0))];

    private static Cohort NewCohort() => new("BER-FSW-08", 1, 1, Start, 24, Pattern);

    [Test]
    public void A_new_cohort_is_planned_with_its_pattern()
    {
        var cohort = NewCohort();

        Assert.That(cohort.Status, Is.EqualTo(CohortStatus.Planned));
        Assert.That(cohort.Pattern, Is.EqualTo(Pattern));
        Assert.That(cohort.CalendarToken, Has.Length.EqualTo(40));
    }

    [Test]
    public void Update_changes_code_start_capacity_room_and_pattern()
    {
        var cohort = NewCohort();
        LectureSlot[] pattern = [new(DayOfWeek.Tuesday, new TimeOnly(13, 0), new TimeOnly(17, 0)), new(DayOfWeek.Thursday, new TimeOnly(13, 0), new TimeOnly(17, 0))];

        cohort.Update(" BER-FSW-09 ", Start.AddDays(7), 30, 5, pattern);

        Assert.That(cohort.Code, Is.EqualTo("BER-FSW-09"));
        Assert.That(cohort.StartDate, Is.EqualTo(Start.AddDays(7)));
        Assert.That(cohort.Capacity, Is.EqualTo(30));
        Assert.That(cohort.DefaultRoomId, Is.EqualTo(5));
        Assert.That(cohort.Pattern, Is.EqualTo(pattern));
    }

    [TestCase(0)]
    [TestCase(201)]
    public void Capacity_outside_1_to_200_is_refused(int capacity)
    {
        var cohort = NewCohort();

        var error = Assert.Throws<DomainException>(() => cohort.Update("BER-FSW-08", Start, capacity, null, Pattern))!;
        Assert.That(error.Field, Is.EqualTo(nameof(Cohort.Capacity)));
    }

    [TestCase(1)]
    [TestCase(200)]
    public void Capacity_at_the_limits_is_accepted(int capacity)
    {
        var cohort = NewCohort();

        cohort.Update("BER-FSW-08", Start, capacity, null, Pattern);

        Assert.That(cohort.Capacity, Is.EqualTo(capacity));
    }

    [Test]
    public void A_blank_code_is_refused()
    {
        Assert.That(() => NewCohort().Update(" ", Start, 20, null, Pattern), Throws.TypeOf<DomainException>().With.Property("Field").EqualTo("Code"));
    }

    [Test]
    public void A_bad_pattern_is_refused_with_the_patterns_first_problem()
    {
        var error = Assert.Throws<DomainException>(() => NewCohort().Update("BER-FSW-08", Start, 20, null, []))!;

        Assert.That(error.Field, Is.EqualTo(nameof(Cohort.Pattern)));
        Assert.That(error.Message, Is.EqualTo("Choose at least one lecture day."));
    }

    [Test]
    public void A_refused_update_leaves_the_cohort_as_it_was()
    {
        var cohort = NewCohort();

        Assert.That(() => cohort.Update("BER-FSW-99", Start.AddDays(1), 500, 3, []), Throws.TypeOf<DomainException>());

        Assert.That(cohort.Code, Is.EqualTo("BER-FSW-08"));
        Assert.That(cohort.Capacity, Is.EqualTo(24));
        Assert.That(cohort.StartDate, Is.EqualTo(Start));
        Assert.That(cohort.Pattern, Is.EqualTo(Pattern));
    }

    [Test]
    public void The_end_date_cannot_be_before_the_start()
    {
        var cohort = NewCohort();

        Assert.That(() => cohort.SetEndDate(Start.AddDays(-1)), Throws.TypeOf<DomainException>().With.Property("Field").EqualTo("EndDate"));
        cohort.SetEndDate(Start);
        Assert.That(cohort.EndDate, Is.EqualTo(Start));
    }

    [Test]
    public void Setting_instructors_keeps_each_once_and_drops_the_others()
    {
        var cohort = NewCohort();
        cohort.SetInstructors([1, 2]);

        cohort.SetInstructors([2, 3, 3]);

        Assert.That(cohort.Instructors.Select(i => i.InstructorId), Is.EquivalentTo(new[] { 2, 3 }));
    }
}
