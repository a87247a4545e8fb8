using Bootcamp.Domain.Logging;

namespace Bootcamp.Web.Features.Progress;

/// <summary>
/// One learner's attendance marks per status and exercise minutes in one cohort, summed from the raw rows so the
/// network dashboard reads one row per learner instead of every mark and log (issue 13, "Speed at network scale").
/// A row exists while the learner has a mark or a log in the cohort. <see cref="FirstMarkedUtc"/> and
/// <see cref="LastMarkedUtc"/> are the starts of the earliest and latest lectures marked: the reader uses the counts only
/// when those lie inside the learner's enrolment and before now, and otherwise counts that learner's marks one by one,
/// so the figures stay the progress engine's.
/// </summary>
public sealed class LearnerTally
{
    public LearnerTally(int cohortId, int learnerId)
    {
        CohortId = cohortId;
        LearnerId = learnerId;
    }

    public int CohortId { get; private set; }
    public int LearnerId { get; private set; }
    public int Present { get; private set; }
    public int Late { get; private set; }
    public int Absent { get; private set; }
    public int Excused { get; private set; }
    public DateTime? FirstMarkedUtc { get; private set; }
    public DateTime? LastMarkedUtc { get; private set; }
    public int LoggedMinutes { get; private set; }
    public int GroupMinutes { get; private set; }

    public bool IsEmpty => Present + Late + Absent + Excused == 0 && LoggedMinutes == 0;

    /// <summary>Counts <paramref name="marks"/> marks of one status on lectures that started from <paramref name="firstUtc"/> to <paramref name="lastUtc"/>.</summary>
    public void CountMarks(AttendanceStatus status, int marks, DateTime firstUtc, DateTime lastUtc)
    {
        switch (status)
        {
            case AttendanceStatus.Present:
                Present += marks;
                break;
            case AttendanceStatus.Late:
                Late += marks;
                break;
            case AttendanceStatus.Absent:
                Absent += marks;
                break;
            case AttendanceStatus.Excused:
                Excused += marks;
                break;
        }
        FirstMarkedUtc = FirstMarkedUtc is { } first && first <= firstUtc ? first : firstUtc;
        LastMarkedUtc = LastMarkedUtc is { } last && last >= lastUtc ? last : lastUtc;
    }

    public void AddMinutes(ExerciseKind kind, int minutes)
    {
        LoggedMinutes += minutes;
        if (kind == ExerciseKind.Group)
            GroupMinutes += minutes;
    }

    /// <summary>Takes the counts of <paramref name="fresh"/>, a tally just made from the raw rows.</summary>
    public void CopyCounts(LearnerTally fresh)
    {
        (Present, Late, Absent, Excused) = (fresh.Present, fresh.Late, fresh.Absent, fresh.Excused);
        (FirstMarkedUtc, LastMarkedUtc) = (fresh.FirstMarkedUtc, fresh.LastMarkedUtc);
        (LoggedMinutes, GroupMinutes) = (fresh.LoggedMinutes, fresh.GroupMinutes);
    }
}
