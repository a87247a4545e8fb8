using Bootcamp.Domain.Common;
using Bootcamp.Domain.Progress;
using Bootcamp.Domain.Projects;

namespace Bootcamp.UnitTests.Projects;

public sealed class ProjectScoreTests
{
    [Test]
    public void A_members_result_is_the_team_grade_plus_their_adjustment()
    {
        Assert.That(ProjectScore.For(teamGradePercent: 70, adjustmentPoints: 5, passMarkPercent: 60), Is.EqualTo(new MemberResult(70, 5, 75, true)));
    }

    [Test]
    public void A_negative_adjustment_can_take_a_member_below_the_pass_mark_while_the_team_passes()
    {
        Assert.That(ProjectScore.For(teamGradePercent: 65, adjustmentPoints: -10, passMarkPercent: 60), Is.EqualTo(new MemberResult(65, -10, 55, false)));
    }

    [Test]
    public void The_result_exactly_at_the_pass_mark_passes()
    {
        Assert.That(ProjectScore.For(60, 0, 60)!.Passed, Is.True);
        Assert.That(ProjectScore.For(59, 0, 60)!.Passed, Is.False);
    }

    [Test]
    public void The_result_stays_between_0_and_100()
    {
        Assert.That(ProjectScore.Result(95, 30), Is.EqualTo(100));
        Assert.That(ProjectScore.Result(10, -30), Is.EqualTo(0));
    }

    [Test]
    public void An_ungraded_team_has_no_result()
    {
        Assert.That(ProjectScore.For(null, 5, 60), Is.Null);
    }

    [Test]
    public void A_grade_outside_0_to_100_is_refused_with_its_message()
    {
        Assert.That(ProjectScore.GradeProblem(101), Is.EqualTo("A grade is 0 to 100 percent."));
        Assert.That(ProjectScore.GradeProblem(-1), Is.EqualTo("A grade is 0 to 100 percent."));
        Assert.That(ProjectScore.GradeProblem(0), Is.Null);
        Assert.That(ProjectScore.GradeProblem(100), Is.Null);
    }

    [Test]
    public void An_adjustment_beyond_30_points_either_way_is_refused_with_its_message()
    {
        Assert.That(ProjectScore.AdjustmentProblem(31), Is.EqualTo("A contribution adjustment is -30 to +30 points."));
        Assert.That(ProjectScore.AdjustmentProblem(-31), Is.EqualTo("A contribution adjustment is -30 to +30 points."));
        Assert.That(ProjectScore.AdjustmentProblem(-30), Is.Null);
    }

    [Test]
    public void The_progress_engine_passes_a_project_on_the_same_rule()
    {
        var result = ProjectScore.Result(62, -3);

        Assert.That(new ProjectResult(1, "Shop", new DateOnly(2026, 3, 1), 60, result).Passed, Is.False);
        Assert.That(new ProjectResult(1, "Shop", new DateOnly(2026, 3, 1), 60, ProjectScore.Result(62, 0)).Passed, Is.True);
    }

    [Test]
    public void Grading_a_group_sets_the_team_grade_and_every_members_adjustment()
    {
        var group = new ProjectGroup(1, 1, "Team A");
        group.AddMember(10);
        group.AddMember(11);

        group.Grade(80, new Dictionary<int, int> { [10] = 5, [11] = -10 }, "amira", new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc), new DateOnly(2026, 3, 2));

        Assert.That(group.GradePercent, Is.EqualTo(80));
        Assert.That(group.Members.Select(m => (m.LearnerId, m.ContributionAdjustment)), Is.EqualTo(new[] { (10, 5), (11, -10) }));
    }

    [Test]
    public void Grading_with_one_adjustment_out_of_range_changes_nothing()
    {
        var group = new ProjectGroup(1, 1, "Team A");
        group.AddMember(10);
        group.AddMember(11);

        var refused = Assert.Throws<DomainException>(() => group.Grade(80, new Dictionary<int, int> { [10] = 5, [11] = -40 }, "amira", new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc), new DateOnly(2026, 3, 2)));

        Assert.That(refused!.Message, Is.EqualTo("A contribution adjustment is -30 to +30 points."));
        Assert.That(group.GradePercent, Is.Null);
        Assert.That(group.Members.Select(m => m.ContributionAdjustment), Is.All.EqualTo(0));
    }

    [Test]
    public void Grading_a_group_whose_members_changed_meanwhile_is_refused()
    {
        var group = new ProjectGroup(1, 1, "Team A");
        group.AddMember(10);

        var refused = Assert.Throws<DomainException>(() => group.Grade(80, new Dictionary<int, int> { [10] = 0, [12] = 0 }, "amira", new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc), new DateOnly(2026, 3, 2)));

        Assert.That(refused!.Message, Is.EqualTo("The members changed while you were grading; reload the page."));
    }
}

public sealed class PeerViewsTests
{
    [Test]
    public void Peer_scores_and_self_scores_are_averaged_apart_per_member()
    {
        var views = PeerViews.For([1, 2, 3],
        [
            new(1, 1, 5), new(2, 1, 3), new(3, 1, 4),
            new(1, 2, 2), new(3, 2, 2), new(2, 2, 4),
        ]);

        Assert.That(views[1], Is.EqualTo(new PeerView(1, 3.5m, 2, 5m)));
        Assert.That(views[2], Is.EqualTo(new PeerView(2, 2m, 2, 4m)));
        Assert.That(views[3], Is.EqualTo(new PeerView(3, null, 0, null)), "nobody rated member 3");
    }
}
