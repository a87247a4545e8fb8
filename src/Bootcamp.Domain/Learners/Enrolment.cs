using Bootcamp.Domain.Common;

namespace Bootcamp.Domain.Learners;

public enum EnrolmentStatus
{
    Enrolled,
    Deferred,
    Withdrawn,
    Graduated,
    NotGraduated,
}

/// <summary>An enrolment status as people read it ("not graduated"), for messages; the enum's name is what is stored.</summary>
public static class EnrolmentStatusWords
{
    public static string Word(this EnrolmentStatus status) => status switch
    {
        EnrolmentStatus.NotGraduated => "Not graduated",
        _ => status.ToString(),
    };

    /// <summary>The word as it reads inside a sentence: "this one is not graduated".</summary>
    public static string InSentence(this EnrolmentStatus status) => status.Word().ToLowerInvariant();
}

public sealed class Enrolment
{
    private Enrolment()
    {
    }

    public Enrolment(int cohortId, int learnerId, DateOnly enrolledOn)
    {
        CalendarRange.Check(nameof(EnrolledOn), enrolledOn, "The enrolment date");
        CohortId = cohortId;
        LearnerId = learnerId;
        EnrolledOn = enrolledOn;
        Status = EnrolmentStatus.Enrolled;
    }

    public int Id { get; private set; }
    public int CohortId { get; private set; }
    public int LearnerId { get; private set; }
    public EnrolmentStatus Status { get; private set; }
    public DateOnly EnrolledOn { get; private set; }
    /// <summary>The day the status last changed away from Enrolled: withdrawal, deferral or the graduation decision.</summary>
    public DateOnly? StatusChangedOn { get; private set; }
    public string? StatusReason { get; private set; }

    public bool IsActive => Status == EnrolmentStatus.Enrolled;

    /// <summary>Whether the learner belonged to the cohort on that day (enrolled, and not yet withdrawn or deferred).</summary>
    public bool CoversDate(DateOnly date) =>
        date >= EnrolledOn
        && (Status is not (EnrolmentStatus.Withdrawn or EnrolmentStatus.Deferred) || StatusChangedOn is null || date < StatusChangedOn);

    public void Withdraw(DateOnly on, string reason, DateOnly today)
    {
        CalendarRange.Check("WithdrawnOn", on, "The withdrawal date");
        if (Status != EnrolmentStatus.Enrolled)
            throw new DomainException("WithdrawnOn", $"Only an enrolled learner can be withdrawn; this one is {Status.InSentence()}.");
        if (on < EnrolledOn)
            throw new DomainException("WithdrawnOn", $"The withdrawal date cannot be before enrolment ({EnrolledOn:d MMM yyyy}).");
        if (on > today)
            throw new DomainException("WithdrawnOn", "The withdrawal date cannot be in the future.");
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainException("Reason", "Give a reason for the withdrawal.");
        Status = EnrolmentStatus.Withdrawn;
        StatusChangedOn = on;
        StatusReason = reason.Trim();
    }

    /// <summary>
    /// Undoes a withdrawal entered by mistake: the learner belongs to the cohort again from their enrolment date, as if
    /// never withdrawn. Whether that is still allowed is <see cref="Reinstatement"/>'s; the history keeps both (audit).
    /// </summary>
    public void Reinstate(string reason)
    {
        if (Status != EnrolmentStatus.Withdrawn)
            throw new DomainException("Enrolment", $"Only a withdrawn learner can be reinstated; this one is {Status.InSentence()}.");
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainException("Reason", "Give a reason for the reinstatement.");
        Status = EnrolmentStatus.Enrolled;
        StatusChangedOn = null;
        StatusReason = null;
    }

    public void Defer(DateOnly on, string reason)
    {
        if (Status != EnrolmentStatus.Enrolled)
            throw new DomainException("DeferredOn", $"Only an enrolled learner can be deferred; this one is {Status.InSentence()}.");
        CalendarRange.Check("DeferredOn", on, "The deferral date");
        Status = EnrolmentStatus.Deferred;
        StatusChangedOn = on;
        StatusReason = reason.Trim();
    }

    public void Decide(bool graduated, DateOnly on, string? note)
    {
        if (Status != EnrolmentStatus.Enrolled)
            throw new DomainException("Decision", $"A graduation decision needs an enrolled learner; this one is {Status.InSentence()}.");
        CalendarRange.Check("Decision", on, "The decision date");
        Status = graduated ? EnrolmentStatus.Graduated : EnrolmentStatus.NotGraduated;
        StatusChangedOn = on;
        StatusReason = note?.Trim();
    }

    /// <summary>A graduation decision taken again on review, after the figures it was made on changed.</summary>
    public void Redecide(bool graduated, DateOnly on, string? note)
    {
        if (Status is not (EnrolmentStatus.Graduated or EnrolmentStatus.NotGraduated))
            throw new DomainException("Decision", $"Only a decided learner's graduation can be reviewed; this one is {Status.InSentence()}.");
        Status = graduated ? EnrolmentStatus.Graduated : EnrolmentStatus.NotGraduated;
        StatusChangedOn = on;
        StatusReason = note?.Trim();
    }
}
