using Bootcamp.Domain.Logging;
using Bootcamp.Domain.Progress;

namespace Bootcamp.UnitTests.Progress;

public sealed class FundingMilestonesTests
{
    private const AttendanceStatus P = AttendanceStatus.Present, L = AttendanceStatus.Late, A = AttendanceStatus.Absent, E = AttendanceStatus.Excused;

    [Test]
    public void The_qualifying_start_is_the_fifth_lecture_day_attended_late_counting_as_attended()
    {
        var cohort = new CohortFactsBuilder().On(new(2026, 1, 23)).Build();
        var learner = new LearnerFactsBuilder().Marked(P, A, L, E, P, P, A, P).Build();

        Assert.That(FundingMilestones.QualifyingStart(cohort, learner), Is.EqualTo(new DateOnly(2026, 1, 14)), "days 5, 7, 9, 12 and 14 January");
    }

    [Test]
    public void Four_days_attended_is_no_qualifying_start_yet()
    {
        var cohort = new CohortFactsBuilder().On(new(2026, 1, 23)).Build();
        var learner = new LearnerFactsBuilder().Marked(P, P, P, P, A, A).Build();

        Assert.That(FundingMilestones.QualifyingStart(cohort, learner), Is.Null);
    }

    [Test]
    public void A_lecture_not_yet_held_by_the_reports_moment_does_not_count()
    {
        var cohort = new CohortFactsBuilder().On(new(2026, 1, 9), utcHour: 8).Build();
        var learner = new LearnerFactsBuilder().Marked(P, P, P, P, P).Build();

        Assert.That(FundingMilestones.QualifyingStart(cohort, learner), Is.Null, "the fifth lecture starts at 09:00 UTC on 9 January");
    }
}
