using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Common;
using Bootcamp.Domain.Logging;

namespace Bootcamp.Domain.Learners;

/// <summary>
/// What a reinstatement is judged on: the enrolment's status, its cohort (code, status, seats taken by the learners
/// enrolled now) and the first day the cohort's graduation was decided, if it was.
/// </summary>
public sealed record ReinstatementState(EnrolmentStatus Status, string CohortCode, CohortStatus CohortStatus, int Capacity, int Enrolled, DateOnly? GraduationDecidedOn);

/// <summary>
/// Issue 12, "mistakes can be undone": a withdrawal entered by mistake is reversed, the learner enrolled again, with a
/// reason that stays in the history beside the withdrawal. Only a withdrawal is undone this way (a graduation decision
/// is reviewed on the graduation board, a deferral is not a mistake to undo), and only while it still means something:
/// not in a cancelled cohort, which has nothing to return to; not once a completed cohort's graduation was decided, since
/// its outcome, reports and credentials are out; and not into a cohort whose seats were taken since, as enrolling is not.
/// </summary>
public static class Reinstatement
{
    public const int MaxReasonLength = 400;

    /// <summary>Why this enrolment cannot be reinstated whatever the reason given; null when it can.</summary>
    public static string? Refusal(ReinstatementState state) => state switch
    {
        { Status: EnrolmentStatus.Graduated or EnrolmentStatus.NotGraduated } =>
            $"This learner has a graduation decision ({(state.Status == EnrolmentStatus.Graduated ? "graduated" : "not graduated")}): only a withdrawal can be undone here. Review the decision on the graduation board.",
        { Status: not EnrolmentStatus.Withdrawn } =>
            $"Only a withdrawn learner can be reinstated; this learner is {state.Status.InSentence()}.",
        { CohortStatus: CohortStatus.Cancelled } =>
            $"{state.CohortCode} is cancelled: there is no cohort to return to.",
        { CohortStatus: CohortStatus.Completed, GraduationDecidedOn: { } decided } =>
            $"{state.CohortCode} is completed and its graduation was decided on {Wording.Date(decided)}: a withdrawal is not undone once the cohort's outcome is out.",
        _ when state.Enrolled >= state.Capacity =>
            $"The cohort is full: all {state.Capacity} seats are taken since the withdrawal.",
        _ => null,
    };

    public static IReadOnlyList<FieldProblem> Check(ReinstatementState state, string? reason)
    {
        var problems = new List<FieldProblem>();
        if (Refusal(state) is { } refusal)
            problems.Add(new("Enrolment", refusal));
        if (string.IsNullOrWhiteSpace(reason))
            problems.Add(new("Reason", "Give a reason for the reinstatement, for example how the withdrawal came to be entered by mistake."));
        else if (reason.Trim().Length > MaxReasonLength)
            problems.Add(new("Reason", $"Keep the reason under {MaxReasonLength} characters."));
        return problems;
    }
}
