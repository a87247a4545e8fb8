using Bootcamp.Domain.Common;
using Bootcamp.Domain.Learners;

namespace Bootcamp.UnitTests.Graduation;

public sealed class EnrolmentReviewTests
{
    private static readonly DateOnly Decided = new(2026, 7, 1);
    private static readonly DateOnly Reviewed = new(2026, 7, 20);

    [Test]
    public void A_reviewed_decision_changes_the_status_the_date_and_the_note()
    {
        var enrolment = new Enrolment(1, 2, new DateOnly(2025, 10, 6));
        enrolment.Decide(false, Decided, "Exercise hours short");

        enrolment.Redecide(true, Reviewed, " Hours logged late were added ");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(enrolment.Status, Is.EqualTo(EnrolmentStatus.Graduated));
            Assert.That(enrolment.StatusChangedOn, Is.EqualTo(Reviewed));
            Assert.That(enrolment.StatusReason, Is.EqualTo("Hours logged late were added"));
        }
    }

    [Test]
    public void Only_a_decided_learner_can_have_the_decision_reviewed()
    {
        var enrolment = new Enrolment(1, 2, new DateOnly(2025, 10, 6));

        var refused = Assert.Throws<DomainException>(() => enrolment.Redecide(true, Reviewed, null));

        Assert.That(refused!.Message, Is.EqualTo("Only a decided learner's graduation can be reviewed; this one is enrolled."));
    }
}
