using Bootcamp.Domain.Logging;
using Bootcamp.Domain.Progress;

namespace Bootcamp.UnitTests.Progress;

public sealed class CohortFiguresTests
{
    private static CohortFigures Figures(CohortFacts cohort, params LearnerFactsBuilder[] learners) =>
        CohortFigures.Of(cohort, ProgressCalculator.ForCohort(cohort, learners.Select(l => l.Build())));

    [Test]
    public void Attendance_and_hours_are_summed_over_the_learners_before_dividing()
    {
        var cohort = new CohortFactsBuilder().On(new(2026, 1, 9)).Build();

        var figures = Figures(cohort,
            new LearnerFactsBuilder(1).Marked(AttendanceStatus.Present, AttendanceStatus.Present, AttendanceStatus.Present, AttendanceStatus.Late, AttendanceStatus.Absent).Logged(new(2026, 1, 5), 8),
            new LearnerFactsBuilder(2).Marked(AttendanceStatus.Absent, AttendanceStatus.Excused, AttendanceStatus.Present, AttendanceStatus.Present, AttendanceStatus.Present));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(figures.Attended, Is.EqualTo(7));
            Assert.That(figures.CountedSessions, Is.EqualTo(9), "the excused absence is left out");
            Assert.That(figures.AttendanceRate, Is.EqualTo(7m / 9));
            Assert.That(figures.LoggedMinutes, Is.EqualTo(8 * 60));
            Assert.That(figures.PlannedMinutes, Is.EqualTo(2 * ExercisePlan.For(cohort).Between(CohortFactsBuilder.Start, new(2026, 1, 8))));
            Assert.That(figures.GraduationRate, Is.Null, "the cohort is still running");
        }
    }

    [Test]
    public void A_withdrawn_learner_counts_as_enrolled_but_not_active_nor_at_risk()
    {
        var cohort = new CohortFactsBuilder().On(new(2026, 1, 23)).Build();

        var figures = Figures(cohort,
            new LearnerFactsBuilder(1).WithdrawnOn(new(2026, 1, 12)),
            new LearnerFactsBuilder(2));

        using (Assert.EnterMultipleScope())
        {
            Assert.That((figures.Enrolled, figures.Active, figures.Withdrawn), Is.EqualTo((2, 1, 1)));
            Assert.That(figures.AtRisk + figures.OnTrack, Is.EqualTo(1));
            Assert.That(figures.GraduationForecast, Is.EqualTo((decimal)figures.OnTrack / 1));
        }
    }

    [Test]
    public void An_ended_cohort_has_a_graduation_rate_instead_of_a_forecast()
    {
        var cohort = new CohortFactsBuilder().On(new(2026, 2, 2)).Build();

        var figures = Figures(cohort, new LearnerFactsBuilder(1).WithdrawnOn(new(2026, 1, 12)), new LearnerFactsBuilder(2));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(figures.Ended, Is.True);
            Assert.That(figures.GraduationForecast, Is.Null);
            Assert.That(figures.GraduationRate, Is.EqualTo(0m), "nobody graduated yet");
        }
    }
}
