using Bootcamp.Domain.Common;
using Bootcamp.Domain.Projects;

namespace Bootcamp.UnitTests.Projects;

public sealed class MilestoneTests
{
    private static readonly DateOnly Due = new(2026, 3, 10);

    [Test]
    public void Submitted_on_the_due_date_is_not_late()
    {
        Assert.That(MilestoneTiming.Of(Due, submittedOn: Due, reviewed: false, today: Due.AddDays(5)), Is.EqualTo(new MilestoneStanding(MilestoneState.Submitted, false)));
    }

    [Test]
    public void Submitted_after_the_due_date_is_late_even_once_reviewed()
    {
        Assert.That(MilestoneTiming.Of(Due, submittedOn: Due.AddDays(1), reviewed: true, today: Due.AddDays(5)), Is.EqualTo(new MilestoneStanding(MilestoneState.Reviewed, true)));
    }

    [Test]
    public void Not_submitted_is_late_the_day_after_the_due_date_and_not_before()
    {
        Assert.That(MilestoneTiming.Of(Due, null, false, today: Due).Late, Is.False);
        Assert.That(MilestoneTiming.Of(Due, null, false, today: Due.AddDays(1)), Is.EqualTo(new MilestoneStanding(MilestoneState.Open, true)));
    }

    [Test]
    public void A_submission_needs_a_web_link()
    {
        var refused = Assert.Throws<DomainException>(() => new MilestoneSubmission(1, 1, 1, "repo on my laptop", null, "amira", DateTime.UtcNow, Due));

        Assert.That(refused!.Field, Is.EqualTo(nameof(MilestoneSubmission.Link)));
        Assert.That(refused.Message, Is.EqualTo("A link starts with https:// or http://."));
    }

    [Test]
    public void Submitting_again_asks_for_a_new_review()
    {
        var submission = new MilestoneSubmission(1, 1, 1, "https://git.example.org/team-a", "first cut", "amira", new DateTime(2026, 3, 9, 10, 0, 0, DateTimeKind.Utc), Due.AddDays(-1));
        submission.Review("Good start", "amira", new DateTime(2026, 3, 9, 12, 0, 0, DateTimeKind.Utc));

        submission.Submit("https://git.example.org/team-a/v2", "fixed", "amira", new DateTime(2026, 3, 11, 10, 0, 0, DateTimeKind.Utc), Due.AddDays(1));

        Assert.That(submission.IsReviewed, Is.False);
        Assert.That(submission.SubmittedOn, Is.EqualTo(Due.AddDays(1)));
    }

    [Test]
    public void A_project_needs_a_title_a_pass_mark_from_1_to_100_and_a_due_date_in_the_calendar()
    {
        Assert.That(Assert.Throws<DomainException>(() => new GroupProject(1, null, " ", "", 60, Due))!.Message, Is.EqualTo("A project needs a title."));
        Assert.That(Assert.Throws<DomainException>(() => new GroupProject(1, null, "Shop", "", 0, Due))!.Message, Is.EqualTo("The pass mark is 1 to 100 percent."));
        Assert.That(Assert.Throws<DomainException>(() => new GroupProject(1, null, "Shop", "", 101, Due))!.Message, Is.EqualTo("The pass mark is 1 to 100 percent."));
        Assert.That(Assert.Throws<DomainException>(() => new GroupProject(1, null, "Shop", "", 60, new DateOnly(2101, 1, 1)))!.Message,
            Is.EqualTo("The due date must be between 2000 and 2100."));
    }

    [Test]
    public void A_template_spreads_its_milestones_over_the_module_and_is_due_at_its_end()
    {
        var template = new ProjectTemplate(1, 7, "Shop", "Build a shop.", 60, ["Wireframes", "Working cart", "Demo"]);

        var project = template.PlanFor(42, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));

        Assert.That(project.DueDate, Is.EqualTo(new DateOnly(2026, 3, 31)));
        Assert.That(project.ModuleId, Is.EqualTo(7));
        Assert.That(project.Milestones.Select(m => (m.Title, m.DueDate)), Is.EqualTo(new[]
        {
            ("Wireframes", new DateOnly(2026, 3, 11)), ("Working cart", new DateOnly(2026, 3, 21)), ("Demo", new DateOnly(2026, 3, 31)),
        }));
    }

    [Test]
    public void A_move_needs_a_reason()
    {
        Assert.That(Assert.Throws<DomainException>(() => new GroupMove(1, 1, 1, 2, 3, " ", "amira", DateTime.UtcNow))!.Message,
            Is.EqualTo("Say why the learner changes group."));
    }
}
