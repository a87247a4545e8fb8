using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Common;

namespace Bootcamp.UnitTests.Cohorts;

public sealed class CohortStatusTests
{
    private static readonly LectureSlot[] Pattern = [new(DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(12, 0))];

    /// <summary>A cohort brought to <paramref name="status"/> by the allowed moves.</summary>
    private static Cohort CohortIn(CohortStatus status)
    {
        var cohort = new Cohort("BER-FSW-08", 1, 1, new DateOnly(2026, 9, 7), 24, Pattern);
        if (status is CohortStatus.Active or CohortStatus.Completed)
            cohort.ChangeStatus(CohortStatus.Active);
        if (status is CohortStatus.Completed or CohortStatus.Cancelled)
            cohort.ChangeStatus(status, "The centre closed.");
        return cohort;
    }

    [TestCase(CohortStatus.Planned, CohortStatus.Active)]
    [TestCase(CohortStatus.Active, CohortStatus.Completed)]
    public void A_cohort_moves_forward(CohortStatus from, CohortStatus to)
    {
        var cohort = CohortIn(from);

        cohort.ChangeStatus(to);

        Assert.That(cohort.Status, Is.EqualTo(to));
        Assert.That(cohort.CancellationReason, Is.Null);
    }

    [TestCase(CohortStatus.Planned)]
    [TestCase(CohortStatus.Active)]
    public void A_planned_or_active_cohort_is_cancelled_with_its_reason(CohortStatus from)
    {
        var cohort = CohortIn(from);

        cohort.ChangeStatus(CohortStatus.Cancelled, "  Too few learners signed up.  ");

        Assert.That(cohort.Status, Is.EqualTo(CohortStatus.Cancelled));
        Assert.That(cohort.CancellationReason, Is.EqualTo("Too few learners signed up."));
    }

    [TestCase(CohortStatus.Planned)]
    [TestCase(CohortStatus.Active)]
    [TestCase(CohortStatus.Completed)]
    [TestCase(CohortStatus.Cancelled)]
    public void Keeping_the_status_is_no_change(CohortStatus status)
    {
        var cohort = CohortIn(status);

        cohort.ChangeStatus(status);

        Assert.That(cohort.Status, Is.EqualTo(status));
    }

    [TestCase(CohortStatus.Planned, CohortStatus.Completed, "A planned cohort becomes active before it is completed.")]
    [TestCase(CohortStatus.Active, CohortStatus.Planned, "An active cohort cannot go back to planned.")]
    [TestCase(CohortStatus.Completed, CohortStatus.Planned, "A completed cohort keeps its status; it cannot become planned.")]
    [TestCase(CohortStatus.Completed, CohortStatus.Active, "A completed cohort keeps its status; it cannot become active.")]
    [TestCase(CohortStatus.Completed, CohortStatus.Cancelled, "A completed cohort keeps its status; it cannot become cancelled.")]
    [TestCase(CohortStatus.Cancelled, CohortStatus.Planned, "A cancelled cohort keeps its status; it cannot become planned.")]
    [TestCase(CohortStatus.Cancelled, CohortStatus.Active, "A cancelled cohort keeps its status; it cannot become active.")]
    [TestCase(CohortStatus.Cancelled, CohortStatus.Completed, "A cancelled cohort keeps its status; it cannot become completed.")]
    public void A_move_backward_or_out_of_a_final_status_is_refused(CohortStatus from, CohortStatus to, string message)
    {
        var cohort = CohortIn(from);

        var error = Assert.Throws<DomainException>(() => cohort.ChangeStatus(to, "A reason."))!;

        Assert.That((error.Field, error.Message), Is.EqualTo((nameof(Cohort.Status), message)));
        Assert.That(cohort.Status, Is.EqualTo(from));
    }

    [TestCase(null)]
    [TestCase("   ")]
    public void Cancelling_without_a_reason_is_refused(string? reason)
    {
        var cohort = CohortIn(CohortStatus.Planned);

        var error = Assert.Throws<DomainException>(() => cohort.ChangeStatus(CohortStatus.Cancelled, reason))!;

        Assert.That((error.Field, error.Message), Is.EqualTo((nameof(Cohort.CancellationReason), "Give a reason for cancelling the cohort.")));
        Assert.That(cohort.Status, Is.EqualTo(CohortStatus.Planned));
    }

    [Test]
    public void A_reason_over_400_characters_is_refused()
    {
        var cohort = CohortIn(CohortStatus.Active);

        var error = Assert.Throws<DomainException>(() => cohort.ChangeStatus(CohortStatus.Cancelled, new string('x', 401)))!;

        Assert.That(error.Message, Is.EqualTo("Keep the reason under 400 characters."));
        Assert.That(cohort.Status, Is.EqualTo(CohortStatus.Active));
    }

    [TestCase(CohortStatus.Planned, new[] { CohortStatus.Active, CohortStatus.Cancelled })]
    [TestCase(CohortStatus.Active, new[] { CohortStatus.Completed, CohortStatus.Cancelled })]
    [TestCase(CohortStatus.Completed, new CohortStatus[0])]
    [TestCase(CohortStatus.Cancelled, new CohortStatus[0])]
    public void The_next_statuses_are_the_allowed_moves(CohortStatus from, CohortStatus[] next) =>
        Assert.That(CohortStatusMoves.Next(from), Is.EqualTo(next));

    [TestCase("1999-12-31")]
    [TestCase("2101-01-01")]
    public void A_start_date_outside_the_calendar_range_is_refused(string date)
    {
        var cohort = CohortIn(CohortStatus.Planned);

        var error = Assert.Throws<DomainException>(() => cohort.Update("BER-FSW-08", DateOnly.Parse(date), 24, null, Pattern))!;

        Assert.That((error.Field, error.Message), Is.EqualTo((nameof(Cohort.StartDate), "The start date must be between 2000 and 2100.")));
    }
}
