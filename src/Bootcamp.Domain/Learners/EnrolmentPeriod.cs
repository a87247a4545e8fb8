namespace Bootcamp.Domain.Learners;

/// <summary>
/// The days a learner belonged to a cohort: from enrolment up to, but not including, the day they were
/// withdrawn or deferred (the same reading as <see cref="Enrolment.CoversDate"/>).
/// </summary>
public sealed record EnrolmentPeriod(DateOnly EnrolledOn, DateOnly? LeftOn, EnrolmentStatus Status)
{
    public static EnrolmentPeriod Of(Enrolment enrolment) =>
        new(enrolment.EnrolledOn,
            enrolment.Status is EnrolmentStatus.Withdrawn or EnrolmentStatus.Deferred ? enrolment.StatusChangedOn : null,
            enrolment.Status);

    public static EnrolmentPeriod From(DateOnly enrolledOn) => new(enrolledOn, null, EnrolmentStatus.Enrolled);

    /// <summary>
    /// The enrolment as it stood at the end of <paramref name="date"/>: a status changed after that day (withdrawn,
    /// deferred, graduated) had not happened yet, so the learner was still enrolled.
    /// </summary>
    public static EnrolmentPeriod AsOf(Enrolment enrolment, DateOnly date) =>
        enrolment.StatusChangedOn is { } changed && changed > date ? From(enrolment.EnrolledOn) : Of(enrolment);

    public bool HasLeft => LeftOn is not null;

    public bool Covers(DateOnly date) => date >= EnrolledOn && (LeftOn is null || date < LeftOn);
}
