using Bootcamp.Domain.Learners;

namespace Bootcamp.UnitTests.Progress;

public sealed class EnrolmentPeriodTests
{
    private static readonly DateOnly EnrolledOn = new(2026, 9, 7);
    private static readonly DateOnly Today = new(2026, 11, 29);

    [Test]
    public void A_withdrawn_enrolment_ends_on_the_withdrawal_day()
    {
        var enrolment = new Enrolment(1, 1, EnrolledOn);
        enrolment.Withdraw(new(2026, 11, 2), "Found a job", Today);

        var period = EnrolmentPeriod.Of(enrolment);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(period.LeftOn, Is.EqualTo(new DateOnly(2026, 11, 2)));
            Assert.That(period.Covers(new(2026, 11, 1)), Is.True);
            Assert.That(period.Covers(new(2026, 11, 2)), Is.False, "the same reading as Enrolment.CoversDate");
            Assert.That(period.Covers(EnrolledOn.AddDays(-1)), Is.False);
        }
    }

    [Test]
    public void A_graduation_decision_does_not_end_the_period()
    {
        var enrolment = new Enrolment(1, 1, EnrolledOn);
        enrolment.Decide(graduated: true, Today, null);

        var period = EnrolmentPeriod.Of(enrolment);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(period.HasLeft, Is.False);
            Assert.That(period.Covers(Today.AddDays(1)), Is.True);
        }
    }

    [Test]
    public void Before_the_withdrawal_day_the_learner_was_still_enrolled()
    {
        var enrolment = new Enrolment(1, 1, EnrolledOn);
        enrolment.Withdraw(new(2026, 11, 2), "Found a job", Today);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(EnrolmentPeriod.AsOf(enrolment, new(2026, 11, 1)), Is.EqualTo(EnrolmentPeriod.From(EnrolledOn)));
            Assert.That(EnrolmentPeriod.AsOf(enrolment, new(2026, 11, 2)), Is.EqualTo(EnrolmentPeriod.Of(enrolment)));
        }
    }
}
