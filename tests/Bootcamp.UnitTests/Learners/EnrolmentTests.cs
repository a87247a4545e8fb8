using Bootcamp.Domain.Common;
using Bootcamp.Domain.Learners;

namespace Bootcamp.UnitTests.Learners;

public sealed class EnrolmentTests
{
    private static readonly DateOnly EnrolledOn = new(2026, 3, 2);
    private static readonly DateOnly Today = new(2026, 11, 29);

    private static Enrolment NewEnrolment() => new(1, 1, EnrolledOn);

    private static DomainException WithdrawFails(Enrolment enrolment, DateOnly on, string reason = "Moved abroad") =>
        Assert.Throws<DomainException>(() => enrolment.Withdraw(on, reason, Today))!;

    [Test]
    public void An_enrolled_learner_is_withdrawn_with_date_and_reason()
    {
        var enrolment = NewEnrolment();

        enrolment.Withdraw(new DateOnly(2026, 6, 1), "  Found a job  ", Today);

        Assert.That(enrolment.Status, Is.EqualTo(EnrolmentStatus.Withdrawn));
        Assert.That(enrolment.StatusChangedOn, Is.EqualTo(new DateOnly(2026, 6, 1)));
        Assert.That(enrolment.StatusReason, Is.EqualTo("Found a job"));
        Assert.That(enrolment.IsActive, Is.False);
    }

    [Test]
    public void A_withdrawal_today_or_on_the_enrolment_day_is_accepted()
    {
        var today = NewEnrolment();
        today.Withdraw(Today, "Illness", Today);
        var first = NewEnrolment();
        first.Withdraw(EnrolledOn, "Changed mind", Today);

        Assert.That(today.StatusChangedOn, Is.EqualTo(Today));
        Assert.That(first.StatusChangedOn, Is.EqualTo(EnrolledOn));
    }

    [Test]
    public void A_withdrawal_in_the_future_is_refused()
    {
        var error = WithdrawFails(NewEnrolment(), Today.AddDays(1));

        Assert.That(error.Field, Is.EqualTo("WithdrawnOn"));
        Assert.That(error.Message, Does.Contain("future"));
    }

    [Test]
    public void A_withdrawal_before_enrolment_is_refused()
    {
        var error = WithdrawFails(NewEnrolment(), EnrolledOn.AddDays(-1));

        Assert.That(error.Field, Is.EqualTo("WithdrawnOn"));
        Assert.That(error.Message, Does.Contain("2 Mar 2026"));
    }

    [TestCase("")]
    [TestCase("   ")]
    public void A_withdrawal_needs_a_reason(string reason)
    {
        var enrolment = NewEnrolment();

        Assert.That(WithdrawFails(enrolment, Today, reason).Field, Is.EqualTo("Reason"));
        Assert.That(enrolment.Status, Is.EqualTo(EnrolmentStatus.Enrolled));
    }

    [Test]
    public void A_learner_who_is_no_longer_enrolled_cannot_be_withdrawn()
    {
        var withdrawn = NewEnrolment();
        withdrawn.Withdraw(Today, "Moved", Today);
        var deferred = NewEnrolment();
        deferred.Defer(Today, "Family");
        var graduated = NewEnrolment();
        graduated.Decide(true, Today, null);

        Assert.That(WithdrawFails(withdrawn, Today).Message, Does.EndWith("this one is withdrawn."));
        Assert.That(WithdrawFails(deferred, Today).Message, Does.EndWith("this one is deferred."));
        Assert.That(WithdrawFails(graduated, Today).Message, Does.EndWith("this one is graduated."));
        var notGraduated = NewEnrolment();
        notGraduated.Decide(false, Today, "Short of hours");
        Assert.That(WithdrawFails(notGraduated, Today).Message, Does.EndWith("this one is not graduated."), "words, not the code name NotGraduated");
        Assert.That(withdrawn.StatusChangedOn, Is.EqualTo(Today));
    }

    [Test]
    public void An_enrolment_covers_days_from_enrolment_on_and_not_before()
    {
        var enrolment = NewEnrolment();

        Assert.That(enrolment.CoversDate(EnrolledOn.AddDays(-1)), Is.False);
        Assert.That(enrolment.CoversDate(EnrolledOn), Is.True);
        Assert.That(enrolment.CoversDate(Today.AddYears(1)), Is.True);
    }

    [Test]
    public void A_withdrawn_learner_is_covered_up_to_the_day_before_the_withdrawal()
    {
        var enrolment = NewEnrolment();
        var withdrawnOn = new DateOnly(2026, 6, 1);
        enrolment.Withdraw(withdrawnOn, "Moved", Today);

        Assert.That(enrolment.CoversDate(withdrawnOn.AddDays(-1)), Is.True);
        Assert.That(enrolment.CoversDate(withdrawnOn), Is.False);
        Assert.That(enrolment.CoversDate(withdrawnOn.AddDays(30)), Is.False);
    }

    [Test]
    public void A_deferred_learner_is_not_covered_from_the_deferral_on()
    {
        var enrolment = NewEnrolment();
        enrolment.Defer(new DateOnly(2026, 7, 1), "Family");

        Assert.That(enrolment.CoversDate(new DateOnly(2026, 6, 30)), Is.True);
        Assert.That(enrolment.CoversDate(new DateOnly(2026, 7, 1)), Is.False);
    }

    [Test]
    public void A_graduation_decision_does_not_end_the_covered_period()
    {
        var enrolment = NewEnrolment();
        enrolment.Decide(false, new DateOnly(2026, 10, 1), "Attendance too low");

        Assert.That(enrolment.Status, Is.EqualTo(EnrolmentStatus.NotGraduated));
        Assert.That(enrolment.CoversDate(new DateOnly(2026, 10, 2)), Is.True);
    }
}
