using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Common;
using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Logging;

namespace Bootcamp.UnitTests.Learners;

public sealed class ReinstatementTests
{
    private static ReinstatementState Withdrawn(CohortStatus cohort = CohortStatus.Active, int enrolled = 12, DateOnly? decidedOn = null) =>
        new(EnrolmentStatus.Withdrawn, "BER-FSW-07", cohort, 20, enrolled, decidedOn);

    [Test]
    public void A_withdrawn_learner_of_an_active_cohort_is_reinstated_with_a_reason()
    {
        Assert.That(Reinstatement.Refusal(Withdrawn()), Is.Null);
        Assert.That(Reinstatement.Check(Withdrawn(), "Withdrawn by mistake: wrong learner chosen"), Is.Empty);
    }

    [Test]
    public void A_completed_cohort_whose_graduation_is_not_decided_yet_still_takes_the_learner_back()
    {
        Assert.That(Reinstatement.Refusal(Withdrawn(CohortStatus.Completed)), Is.Null);
    }

    [Test]
    public void A_learner_with_a_graduation_decision_is_not_reinstated_and_is_told_to_review_the_decision()
    {
        var decided = Withdrawn() with { Status = EnrolmentStatus.NotGraduated };

        Assert.That(Reinstatement.Refusal(decided), Is.EqualTo(
            "This learner has a graduation decision (not graduated): only a withdrawal can be undone here. Review the decision on the graduation board."));
    }

    [TestCase(EnrolmentStatus.Enrolled, "Only a withdrawn learner can be reinstated; this learner is enrolled.")]
    [TestCase(EnrolmentStatus.Deferred, "Only a withdrawn learner can be reinstated; this learner is deferred.")]
    public void Only_a_withdrawal_is_undone(EnrolmentStatus status, string message)
    {
        Assert.That(Reinstatement.Refusal(Withdrawn() with { Status = status }), Is.EqualTo(message));
    }

    [Test]
    public void A_cancelled_cohort_has_nothing_to_return_to()
    {
        Assert.That(Reinstatement.Refusal(Withdrawn(CohortStatus.Cancelled)), Is.EqualTo("BER-FSW-07 is cancelled: there is no cohort to return to."));
    }

    [Test]
    public void A_completed_cohort_whose_graduation_was_decided_keeps_its_withdrawals()
    {
        Assert.That(Reinstatement.Refusal(Withdrawn(CohortStatus.Completed, decidedOn: new DateOnly(2026, 11, 20))), Is.EqualTo(
            "BER-FSW-07 is completed and its graduation was decided on 20 Nov 2026: a withdrawal is not undone once the cohort's outcome is out."));
    }

    [Test]
    public void A_seat_taken_since_the_withdrawal_is_not_given_twice()
    {
        Assert.That(Reinstatement.Refusal(Withdrawn(enrolled: 20)), Is.EqualTo("The cohort is full: all 20 seats are taken since the withdrawal."));
        Assert.That(Reinstatement.Refusal(Withdrawn(enrolled: 19)), Is.Null);
    }

    [TestCase(null)]
    [TestCase("   ")]
    public void A_blank_reason_is_refused_at_its_field(string? reason)
    {
        Assert.That(Reinstatement.Check(Withdrawn(), reason), Is.EqualTo(new[]
        {
            new FieldProblem("Reason", "Give a reason for the reinstatement, for example how the withdrawal came to be entered by mistake."),
        }));
    }

    [Test]
    public void An_over_long_reason_is_refused_and_a_refusal_comes_first()
    {
        Assert.That(Reinstatement.Check(Withdrawn(CohortStatus.Cancelled), new string('x', 401)), Is.EqualTo(new[]
        {
            new FieldProblem("Enrolment", "BER-FSW-07 is cancelled: there is no cohort to return to."),
            new FieldProblem("Reason", "Keep the reason under 400 characters."),
        }));
    }

    [Test]
    public void A_reinstated_enrolment_is_enrolled_again_as_if_never_withdrawn()
    {
        var enrolment = new Enrolment(1, 1, new DateOnly(2026, 3, 2));
        enrolment.Withdraw(new DateOnly(2026, 6, 1), "Entered for the wrong learner", new DateOnly(2026, 6, 2));

        enrolment.Reinstate("The withdrawal was meant for another learner");

        Assert.That((enrolment.Status, enrolment.StatusChangedOn, enrolment.StatusReason), Is.EqualTo((EnrolmentStatus.Enrolled, (DateOnly?)null, (string?)null)));
        Assert.That(enrolment.CoversDate(new DateOnly(2026, 7, 1)), Is.True);
    }

    [Test]
    public void An_enrolled_learner_cannot_be_reinstated()
    {
        var enrolment = new Enrolment(1, 1, new DateOnly(2026, 3, 2));

        var problem = Assert.Throws<DomainException>(() => enrolment.Reinstate("No reason"))!;

        Assert.That(problem.Message, Is.EqualTo("Only a withdrawn learner can be reinstated; this one is enrolled."));
    }
}
