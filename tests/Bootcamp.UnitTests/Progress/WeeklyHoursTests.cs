using Bootcamp.Domain.Progress;

namespace Bootcamp.UnitTests.Progress;

public sealed class WeeklyHoursTests
{
    private static readonly DateOnly Week1 = CohortFactsBuilder.Start;
    private static readonly DateOnly Week2 = Week1.AddDays(7);
    private static readonly DateOnly Week3 = Week1.AddDays(14);

    [Test]
    public void Weeks_run_from_the_monday_of_the_start_to_the_week_of_the_end()
    {
        var weeks = WeeklyHours.For(new CohortFactsBuilder().Build(), [new LearnerFactsBuilder().Build()]);

        Assert.That(weeks.Select(w => w.WeekStart), Is.EqualTo(new[] { Week1, Week2, Week3, Week1.AddDays(21) }));
    }

    [Test]
    public void Hours_logged_by_every_learner_are_summed_per_week()
    {
        var learners = new[]
        {
            new LearnerFactsBuilder(1).Logged(Week1, 3).Logged(Week1.AddDays(6), 2).Build(),
            new LearnerFactsBuilder(2).Logged(Week1.AddDays(2), 4).Logged(Week2, 1).Build(),
        };

        var weeks = WeeklyHours.For(new CohortFactsBuilder().Build(), learners);

        Assert.That(weeks.Select(w => w.LoggedMinutes), Is.EqualTo(new[] { 9 * 60, 60, 0, 0 }));
    }

    [Test]
    public void The_plan_per_week_counts_the_learners_enrolled_that_week()
    {
        var learners = new[]
        {
            new LearnerFactsBuilder(1).Build(),
            new LearnerFactsBuilder(2).EnrolledOn(Week3).Build(),
        };

        var weeks = WeeklyHours.For(new CohortFactsBuilder().Build(), learners);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(weeks.Select(w => w.PlannedMinutes), Is.EqualTo(new[] { 20 * 60, 20 * 60, 40 * 60, 40 * 60 }));
            Assert.That(weeks.Select(w => w.Learners), Is.EqualTo(new[] { 1, 1, 2, 2 }));
        }
    }

    [Test]
    public void A_withdrawn_learner_is_planned_only_for_the_days_before_withdrawal()
    {
        var learners = new[] { new LearnerFactsBuilder().WithdrawnOn(Week2.AddDays(2)).Build() };

        var weeks = WeeklyHours.For(new CohortFactsBuilder().Build(), learners);

        Assert.That(weeks.Select(w => w.PlannedMinutes), Is.EqualTo(new[] { 20 * 60, 8 * 60, 0, 0 }));
    }

    [Test]
    public void Weeks_after_today_are_marked_as_future()
    {
        var weeks = WeeklyHours.For(new CohortFactsBuilder().On(Week2.AddDays(3)).Build(), [new LearnerFactsBuilder().Build()]);

        Assert.That(weeks.Select(w => w.IsFuture), Is.EqualTo(new[] { false, false, true, true }));
    }
}
