using Bootcamp.Domain.Common;
using Bootcamp.Domain.Progress;
using static Bootcamp.Domain.Logging.AttendanceStatus;

namespace Bootcamp.UnitTests.Progress;

/// <summary>
/// The badge rule on the four-week cohort of <see cref="CohortFactsBuilder"/>: module 1 ("Web basics", badge "Web
/// Foundations") holds sessions 1-10 and plans 40 h of exercise; the programme requires 80 h of its 80 planned.
/// </summary>
public sealed class BadgeRuleTests
{
    private static readonly DateOnly Jan20 = new(2026, 1, 20);
    private static readonly DateOnly Jan7 = new(2026, 1, 7);

    private static BadgeCheck WebBasics(CohortFactsBuilder cohort, LearnerFactsBuilder learner)
    {
        var facts = cohort.Build();
        return BadgeRule.Check(facts, learner.Build(), facts.Modules.Single(m => m.ModuleId == 1));
    }

    private static LearnerFactsBuilder Diligent() => new LearnerFactsBuilder()
        .Marked(Present, Present, Present, Present, Present, Present, Present, Present, Late, Absent)
        .Logged(Jan7, 40, moduleId: 1);

    [Test]
    public void Badge_is_earned_with_module_attendance_and_hours_at_their_thresholds_and_its_assessment_passed()
    {
        var check = WebBasics(new CohortFactsBuilder().On(Jan20), Diligent().Project("Portfolio site", 60, 75, moduleId: 1));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(check.Earned, Is.True, string.Join("; ", check.Shortfalls));
            Assert.That(check.Attendance.Rate, Is.EqualTo(0.9m));
            Assert.That(check.ExerciseMinutes, Is.EqualTo(40 * 60));
            Assert.That(check.Assessments.Select(a => a.Title), Is.EqualTo(new[] { "Portfolio site" }));
        }
    }

    [Test]
    public void Module_attendance_below_the_programme_threshold_keeps_the_badge()
    {
        var learner = new LearnerFactsBuilder()
            .Marked(Present, Present, Present, Present, Present, Present, Present, Absent, Absent, Absent)
            .Logged(Jan7, 40, moduleId: 1);

        var check = WebBasics(new CohortFactsBuilder().On(Jan20), learner);

        Assert.That(check.Shortfalls, Is.EqualTo(new[] { "attended 70% of the module's held lectures (7 of 10), needs 80%" }));
    }

    [Test]
    public void Lectures_of_another_module_do_not_count_towards_this_badge()
    {
        var learner = Diligent().MarkedFrom(new DateOnly(2026, 1, 19), Absent, Absent);

        var check = WebBasics(new CohortFactsBuilder().On(Jan20), learner);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(check.Earned, Is.True);
            Assert.That(check.Attendance.HeldSessions, Is.EqualTo(10));
        }
    }

    [Test]
    public void Hours_logged_in_another_module_do_not_count_towards_this_badge()
    {
        var learner = new LearnerFactsBuilder().Marked(Enumerable.Repeat(Present, 10).ToArray()).Logged(Jan7, 40, moduleId: 2);

        var check = WebBasics(new CohortFactsBuilder().On(Jan20), learner);

        Assert.That(check.Shortfalls, Is.EqualTo(new[] { "0 h of exercise in the module, needs 40 h" }));
    }

    [Test]
    public void A_failed_or_ungraded_assessment_of_the_module_keeps_the_badge_and_another_module_project_does_not()
    {
        var learner = Diligent()
            .Project("Portfolio site", 60, 55, moduleId: 1)
            .Project("Quiz app", 60, null, moduleId: 1)
            .Project("Schema design", 60, 10, moduleId: 2);

        var check = WebBasics(new CohortFactsBuilder().On(Jan20), learner);

        Assert.That(check.Shortfalls, Is.EqualTo(new[]
        {
            "'Portfolio site' graded 55%, needs 60%",
            "'Quiz app' not graded yet, needs 60%",
        }));
    }

    [Test]
    public void A_module_without_an_assessment_needs_only_attendance_and_hours()
    {
        var check = WebBasics(new CohortFactsBuilder().On(Jan20), Diligent().Project("Schema design", 60, 10, moduleId: 2));

        Assert.That(check.Earned, Is.True);
    }

    [Test]
    public void The_module_asks_its_share_of_the_programme_requirement_but_never_more_than_it_plans()
    {
        var facts = new CohortFactsBuilder().On(Jan20);
        var module = facts.Build().Modules[0];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(BadgeRule.RequiredExerciseMinutes(facts.With(c => c with { MinExerciseMinutes = 60 * 60 }).Build(), module), Is.EqualTo(30 * 60));
            Assert.That(BadgeRule.RequiredExerciseMinutes(facts.With(c => c with { MinExerciseMinutes = 200 * 60 }).Build(), module), Is.EqualTo(40 * 60));
        }
    }

    [Test]
    public void No_badge_before_the_module_held_a_lecture()
    {
        var check = WebBasics(new CohortFactsBuilder().On(new DateOnly(2026, 1, 5), utcHour: 8), new LearnerFactsBuilder().Logged(new DateOnly(2026, 1, 5), 40, moduleId: 1));

        Assert.That(check.Shortfalls, Is.EqualTo(new[] { "no lecture of the module held yet" }));
    }

    [Test]
    public void Every_module_with_a_badge_is_checked_in_module_order()
    {
        var facts = new CohortFactsBuilder().On(Jan20).Build();

        var checks = BadgeRule.ForLearner(facts, Diligent().Build());

        Assert.That(checks.Select(c => c.BadgeName), Is.EqualTo(new[] { "Web Foundations", "Data Modelling" }));
    }

    [Test]
    public void Awarding_against_the_rule_needs_a_reason()
    {
        var check = WebBasics(new CohortFactsBuilder().On(Jan20), new LearnerFactsBuilder());

        var refused = Assert.Throws<DomainException>(() => BadgeAward.Make(7, check, 1, "  ", Jan20, "staff@bootcamp.local"));
        var granted = BadgeAward.Make(7, check, 1, "Completed the module at another centre", Jan20, "staff@bootcamp.local");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(refused.Message, Is.EqualTo("Give a reason for awarding 'Web Foundations' while the rule does not hold yet."));
            Assert.That(granted.Reason, Is.EqualTo("Completed the module at another centre"));
        }
    }

    [Test]
    public void Revoking_needs_a_reason_and_happens_once()
    {
        var award = BadgeAward.Make(7, WebBasics(new CohortFactsBuilder().On(Jan20), Diligent()), 1, null, Jan20, "staff@bootcamp.local");
        var at = new DateTime(2026, 1, 21, 9, 0, 0, DateTimeKind.Utc);

        var withoutReason = Assert.Throws<DomainException>(() => award.Revoke("", new DateOnly(2026, 1, 21), "staff@bootcamp.local", at));
        award.Revoke("Awarded to the wrong learner", new DateOnly(2026, 1, 21), "staff@bootcamp.local", at);
        var twice = Assert.Throws<DomainException>(() => award.Revoke("Again", new DateOnly(2026, 1, 22), "staff@bootcamp.local", at));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(withoutReason.Message, Is.EqualTo("Give a reason for revoking the badge."));
            Assert.That(award.IsRevoked, Is.True);
            Assert.That(award.RevocationReason, Is.EqualTo("Awarded to the wrong learner"));
            Assert.That(twice.Message, Is.EqualTo("This badge was already revoked on 21 Jan 2026."));
        }
    }
}
