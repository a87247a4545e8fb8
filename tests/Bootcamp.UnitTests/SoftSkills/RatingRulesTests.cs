using Bootcamp.Domain.Logging;
using Bootcamp.Domain.SoftSkills;

namespace Bootcamp.UnitTests.SoftSkills;

public sealed class RatingRulesTests
{
    private static readonly HashSet<int> Learners = [1, 2];
    private static readonly HashSet<int> Skills = [10, 11];

    private static PeerRoundState Round(bool open = true, params int[] submitted) => new(open, Learners, submitted.ToHashSet(), Skills);

    private static List<PeerScore> FullForm(int score = 4) =>
        [.. Learners.SelectMany(l => Skills.Select(s => new PeerScore(l, s, score)))];

    [Test]
    public void A_grid_of_ratings_from_1_to_5_and_empty_cells_passes()
    {
        var problems = RatingRules.CheckGrid([new(1, 10, 1, "Quiet"), new(1, 11, 5, null), new(2, 10, null, null)], Learners, Skills);

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void A_rating_outside_1_to_5_is_refused_at_its_cell()
    {
        var problems = RatingRules.CheckGrid([new(1, 10, 3, null), new(2, 11, 6, null), new(2, 10, 0, null)], Learners, Skills);

        Assert.That(problems, Is.EqualTo(new[]
        {
            new EntryProblem(1, "Score", "A rating is 1 to 5."),
            new EntryProblem(2, "Score", "A rating is 1 to 5."),
        }));
    }

    [Test]
    public void A_skill_outside_the_rubric_and_a_learner_outside_the_group_are_named()
    {
        var problems = RatingRules.CheckGrid([new(1, 99, 3, null), new(7, 10, 3, null)], Learners, Skills);

        Assert.That(problems, Is.EqualTo(new[]
        {
            new EntryProblem(0, "SkillId", "This skill is not in the programme's rubric."),
            new EntryProblem(1, "LearnerId", "This learner is not in this cohort or group."),
        }));
    }

    [Test]
    public void A_comment_over_1000_characters_or_without_a_rating_is_refused()
    {
        var problems = RatingRules.CheckGrid([new(1, 10, 3, new string('x', 1001)), new(2, 10, null, "Good")], Learners, Skills);

        Assert.That(problems, Is.EqualTo(new[]
        {
            new EntryProblem(0, "Comment", "Keep the comment to 1000 characters."),
            new EntryProblem(1, "Score", "Give a rating with the comment."),
        }));
    }

    [Test]
    public void The_same_learner_and_skill_twice_in_one_grid_is_refused()
    {
        var problems = RatingRules.CheckGrid([new(1, 10, 3, null), new(1, 10, 4, null)], Learners, Skills);

        Assert.That(problems, Is.EqualTo(new[] { new EntryProblem(1, "Score", "This learner is rated twice in this skill.") }));
    }

    [Test]
    public void A_member_who_rates_everyone_in_every_skill_passes()
    {
        Assert.That(RatingRules.CheckPeer(1, FullForm(), Round()), Is.Empty);
    }

    [Test]
    public void A_member_rates_once_per_round()
    {
        var problems = RatingRules.CheckPeer(1, FullForm(), Round(true, 1));

        Assert.That(problems, Is.EqualTo(new[] { new EntryProblem(-1, "Rater", "This member's ratings were already entered: each member rates once per round.") }));
    }

    [Test]
    public void A_closed_round_takes_no_ratings()
    {
        var problems = RatingRules.CheckPeer(1, FullForm(), Round(open: false));

        Assert.That(problems, Is.EqualTo(new[] { new EntryProblem(-1, "Round", "This round is closed: no more ratings can be entered.") }));
    }

    [Test]
    public void Only_members_rate_and_are_rated()
    {
        var outsider = RatingRules.CheckPeer(9, FullForm(), Round());
        var ratedOutsider = RatingRules.CheckPeer(1, [.. FullForm(), new PeerScore(9, 10, 3)], Round());

        Assert.That(outsider, Is.EqualTo(new[] { new EntryProblem(-1, "Rater", "Only a member of the group rates in its round.") }));
        Assert.That(ratedOutsider, Is.EqualTo(new[] { new EntryProblem(4, "LearnerId", "Only members of the group are rated in its round.") }));
    }

    [Test]
    public void A_form_with_a_rating_missing_or_out_of_range_is_refused()
    {
        var form = FullForm();
        form[1] = form[1] with { Score = null };
        form[2] = form[2] with { Score = 7 };

        var problems = RatingRules.CheckPeer(1, form, Round());

        Assert.That(problems, Is.EqualTo(new[]
        {
            new EntryProblem(1, "Score", "Rate every member in every skill."),
            new EntryProblem(2, "Score", "A rating is 1 to 5."),
        }));
    }

    [Test]
    public void A_form_that_leaves_out_a_member_is_refused()
    {
        var problems = RatingRules.CheckPeer(1, [.. FullForm().Where(s => s.LearnerId == 1)], Round());

        Assert.That(problems, Is.EqualTo(new[] { new EntryProblem(-1, "Scores", "Rate every member in every skill.") }));
    }
}
