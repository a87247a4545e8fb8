using Bootcamp.Domain.Projects;
using Bootcamp.UnitTests.Progress;
using Bootcamp.Domain.Progress;
using static Bootcamp.Domain.Logging.AttendanceStatus;

namespace Bootcamp.UnitTests.Projects;

public sealed class GroupBalancerTests
{
    private static IReadOnlyList<LearnerStrength> Learners(params decimal[] strengths) =>
        [.. strengths.Select((s, i) => new LearnerStrength(i + 1, s))];

    [Test]
    public void Every_group_gets_one_of_the_strongest_and_one_of_the_weakest()
    {
        // Learner 1 is the strongest, learner 12 the weakest.
        var learners = Learners(1.4m, 1.3m, 1.2m, 1.1m, 1.0m, 0.9m, 0.8m, 0.7m, 0.6m, 0.5m, 0.4m, 0.3m);

        var groups = GroupBalancer.Balance(learners, 3);

        Assert.That(groups, Has.Count.EqualTo(3));
        Assert.That(groups.Select(g => g.Count(id => id <= 3)), Is.All.EqualTo(1), "one of the three strongest in each group");
        Assert.That(groups.Select(g => g.Count(id => id >= 10)), Is.All.EqualTo(1), "one of the three weakest in each group");
    }

    [Test]
    public void Snake_order_keeps_the_groups_totals_close()
    {
        var learners = Learners(1.4m, 1.3m, 1.2m, 1.1m, 1.0m, 0.9m, 0.8m, 0.7m, 0.6m, 0.5m, 0.4m, 0.3m);
        var strength = learners.ToDictionary(l => l.LearnerId, l => l.Strength);

        var totals = GroupBalancer.Balance(learners, 3).Select(g => g.Sum(id => strength[id])).ToList();

        Assert.That(totals.Max() - totals.Min(), Is.LessThanOrEqualTo(0.2m));
    }

    [Test]
    public void Group_sizes_differ_by_at_most_one_and_nobody_is_left_out()
    {
        var learners = Learners(0.9m, 0.2m, 1.1m, 0.5m, 0.7m, 1.3m, 0.4m, 0.8m, 1.0m, 0.6m, 0.3m);

        var groups = GroupBalancer.Balance(learners, 3);

        Assert.That(groups.Select(g => g.Count), Is.EquivalentTo(new[] { 4, 4, 3 }));
        Assert.That(groups.SelectMany(g => g), Is.EquivalentTo(learners.Select(l => l.LearnerId)));
    }

    [Test]
    public void Equal_strengths_are_dealt_by_learner_id_so_the_same_figures_give_the_same_groups()
    {
        var learners = Learners(1m, 1m, 1m, 1m);

        Assert.That(GroupBalancer.Balance(learners, 2), Is.EqualTo(new[] { new[] { 1, 4 }, new[] { 2, 3 } }));
        Assert.That(GroupBalancer.Balance([.. learners.Reverse()], 2), Is.EqualTo(new[] { new[] { 1, 4 }, new[] { 2, 3 } }));
    }

    [Test]
    public void About_four_to_five_learners_make_a_group()
    {
        Assert.That(GroupBalancer.SuggestedGroupCount(18), Is.EqualTo(4));
        Assert.That(GroupBalancer.SuggestedGroupCount(9), Is.EqualTo(2));
        Assert.That(GroupBalancer.SuggestedGroupCount(2), Is.EqualTo(1));
    }

    [Test]
    public void A_learner_who_attends_and_logs_to_plan_is_stronger_than_one_who_misses_both()
    {
        var cohort = new CohortFactsBuilder().On(new DateOnly(2026, 1, 24)).Build();
        var steady = ProgressCalculator.For(cohort, new LearnerFactsBuilder(1).Marked(Present, Present, Present, Present, Present).Logged(new DateOnly(2026, 1, 9), 30).Build());
        var struggling = ProgressCalculator.For(cohort, new LearnerFactsBuilder(2).Marked(Absent, Absent, Present, Absent, Present).Logged(new DateOnly(2026, 1, 9), 2).Build());

        Assert.That(GroupBalancer.Strength(steady), Is.GreaterThan(GroupBalancer.Strength(struggling)));
    }

    [Test]
    public void A_learner_without_any_evidence_yet_counts_as_on_plan()
    {
        var cohort = new CohortFactsBuilder().On(CohortFactsBuilder.Start).Build();

        Assert.That(GroupBalancer.Strength(ProgressCalculator.For(cohort, new LearnerFactsBuilder().Build())), Is.EqualTo(1m));
    }

    [Test]
    public void Attendance_and_pace_weigh_the_same_when_no_project_is_graded()
    {
        var cohort = new CohortFactsBuilder().On(CohortFactsBuilder.Start.AddDays(4)).Build();
        var progress = ProgressCalculator.For(cohort, new LearnerFactsBuilder().Marked(Present, Absent, Present, Absent).Build());

        Assert.That(progress.Exercise.PlannedSinceEnrolmentMinutes, Is.GreaterThan(0), "the builder's cohort plans exercise from the first week");
        Assert.That(GroupBalancer.Strength(progress), Is.EqualTo(0.25m), "half the lectures attended, none of the planned hours logged");
    }
}
