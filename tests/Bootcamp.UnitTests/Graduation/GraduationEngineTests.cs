using Bootcamp.Domain.Common;
using Bootcamp.Domain.Graduation;
using Bootcamp.Domain.Logging;
using Bootcamp.Domain.Programmes;
using Bootcamp.UnitTests.Progress;
using static Bootcamp.Domain.Logging.AttendanceStatus;

namespace Bootcamp.UnitTests.Graduation;

public sealed class GraduationEngineTests
{
    private static readonly DateOnly AfterTheEnd = new(2026, 2, 2);
    private static readonly DateTime DecidedAt = new(2026, 2, 2, 10, 0, 0, DateTimeKind.Utc);

    /// <summary>Every lecture of the four-week cohort attended, 80 h of exercise (20 h in groups unless told), a project passed, both badges.</summary>
    private static LearnerFactsBuilder Graduate(int id = 1, int groupHours = 20) => new LearnerFactsBuilder(id)
        .Marked([.. Enumerable.Repeat(Present, 20)])
        .Logged(new(2026, 1, 12), 80 - groupHours)
        .Logged(new(2026, 1, 19), groupHours, ExerciseKind.Group)
        .Project("Capstone", 60, 75)
        .Scored(CohortFactsBuilder.Teamwork, CohortFactsBuilder.Final, 4)
        .Scored(CohortFactsBuilder.Communication, CohortFactsBuilder.Final, 3)
        .Earned(1)
        .Earned(2);

    private static GraduationStanding Standing(CohortFactsBuilder cohort, LearnerFactsBuilder learner) =>
        GraduationEngine.ForCohort(cohort.Build(), [learner.Build()]).Single();

    [Test]
    public void A_learner_meeting_every_criterion_has_every_figure_met()
    {
        var standing = Standing(new CohortFactsBuilder().On(AfterTheEnd), Graduate());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(standing.Criteria.Select(c => (c.Criterion, c.Figure, c.Met)), Is.EqualTo(new[]
            {
                (GraduationCriterion.Attendance, "100% (20 of 20)", true),
                (GraduationCriterion.ExerciseHours, "80 h", true),
                (GraduationCriterion.GroupWork, "20 h", true),
                (GraduationCriterion.Projects, "1 of 1 passed", true),
                (GraduationCriterion.SoftSkills, "lowest 3 (Communication)", true),
                (GraduationCriterion.Badges, "2 of 2", true),
            }));
            Assert.That(standing.MeetsAll, Is.True);
            Assert.That(standing.IsAtRisk, Is.False);
        }
    }

    [Test]
    public void A_missed_criterion_is_not_met_and_says_why_in_figures()
    {
        var standing = Standing(new CohortFactsBuilder().On(AfterTheEnd), Graduate(groupHours: 10));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(standing[GraduationCriterion.GroupWork].Met, Is.False);
            Assert.That(standing[GraduationCriterion.GroupWork].Figure, Is.EqualTo("10 h"));
            Assert.That(standing[GraduationCriterion.GroupWork].Shortfalls, Is.EqualTo(new[] { "10 h of group work, needs 20 h (25% of 80 h)" }));
            Assert.That(standing[GraduationCriterion.ExerciseHours].Met, Is.True);
            Assert.That(standing.MeetsAll, Is.False);
        }
    }

    [Test]
    public void Criteria_the_programme_switches_off_are_not_judged()
    {
        var cohort = new CohortFactsBuilder().On(AfterTheEnd).With(c => c with { RequireAllBadges = false, MinSoftSkillAverage = 0, MinAttendancePercent = 0 });

        var standing = Standing(cohort, new LearnerFactsBuilder().Logged(new(2026, 1, 12), 60).Logged(new(2026, 1, 13), 20, ExerciseKind.Group).Project("Capstone", 60, 75));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(standing.Criteria.Select(c => c.Criterion),
                Is.EqualTo(new[] { GraduationCriterion.ExerciseHours, GraduationCriterion.GroupWork, GraduationCriterion.Projects }));
            Assert.That(standing.MeetsAll, Is.True);
        }
    }

    [Test]
    public void A_running_cohort_shows_the_forecast_with_its_reason()
    {
        var cohort = new CohortFactsBuilder().On(new(2026, 1, 16));

        var standing = Standing(cohort, new LearnerFactsBuilder().Marked(Present, Absent, Absent, Present, Absent, Present, Present, Present, Present, Present));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(standing[GraduationCriterion.Attendance].Risk, Is.EqualTo("Attendance is 70% of held lectures, below the 80% minimum."));
            Assert.That(standing[GraduationCriterion.Badges].Risk, Is.Null, "the first module ended today: its badge is not overdue");
            Assert.That(standing.IsAtRisk, Is.True);
        }
    }

    [Test]
    public void An_ended_cohort_shows_final_figures_without_a_forecast()
    {
        var standing = Standing(new CohortFactsBuilder().On(AfterTheEnd), new LearnerFactsBuilder().Marked(Absent, Absent, Present));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(standing[GraduationCriterion.Attendance].Met, Is.False);
            Assert.That(standing.Criteria.Select(c => c.Risk), Is.All.Null);
        }
    }

    [Test]
    public void Figures_unchanged_since_a_decision_show_no_difference()
    {
        var cohort = new CohortFactsBuilder().On(AfterTheEnd);
        var decided = Standing(cohort, Graduate());

        Assert.That(GraduationEngine.Changes(decided.Snapshot(), Standing(cohort, Graduate())), Is.Empty);
    }

    [Test]
    public void Hours_logged_after_a_decision_show_as_a_difference_in_that_criterion_only()
    {
        var cohort = new CohortFactsBuilder().On(AfterTheEnd);
        var decided = Standing(cohort, Graduate());

        var changes = GraduationEngine.Changes(decided.Snapshot(), Standing(cohort, Graduate().Logged(new(2026, 1, 30), 3)));

        Assert.That(changes, Is.EqualTo(new[]
        {
            new FigureChange(GraduationCriterion.ExerciseHours,
                new DecisionFigure(GraduationCriterion.ExerciseHours, "80 h", true), new DecisionFigure(GraduationCriterion.ExerciseHours, "83 h", true)),
        }));
    }

    [Test]
    public void Graduating_a_learner_who_meets_everything_needs_no_reason_and_keeps_the_figures()
    {
        var standing = Standing(new CohortFactsBuilder().On(AfterTheEnd), Graduate(7));

        var decision = GraduationDecision.Make(3, standing, graduate: true, reason: " ", AfterTheEnd, "staff@bootcamp.local", DecidedAt);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(decision.LearnerId, Is.EqualTo(7));
            Assert.That(decision.Graduated, Is.True);
            Assert.That(decision.IsOverride, Is.False);
            Assert.That(decision.Reason, Is.Null);
            Assert.That(decision.Figures, Is.EqualTo(standing.Snapshot()));
            Assert.That(decision.EnrolmentNote(standing), Is.EqualTo("Meets every graduation criterion."));
        }
    }

    [Test]
    public void Graduating_a_learner_who_misses_a_criterion_needs_a_reason()
    {
        var standing = Standing(new CohortFactsBuilder().On(AfterTheEnd), new LearnerFactsBuilder().Marked(Absent, Present));

        var refused = Assert.Throws<DomainException>(() => GraduationDecision.Make(3, standing, true, null, AfterTheEnd, "staff", DecidedAt));

        Assert.That((refused!.Field, refused.Message), Is.EqualTo(("Reason", "Give a reason for graduating a learner who does not meet every criterion.")));
    }

    [Test]
    public void Not_graduating_a_learner_who_meets_everything_needs_a_reason()
    {
        var standing = Standing(new CohortFactsBuilder().On(AfterTheEnd), Graduate());

        var refused = Assert.Throws<DomainException>(() => GraduationDecision.Make(3, standing, false, "", AfterTheEnd, "staff", DecidedAt));

        Assert.That(refused!.Message, Is.EqualTo("Give a reason for not graduating a learner who meets every criterion."));
    }

    [Test]
    public void An_override_with_a_reason_is_recorded_as_an_override()
    {
        var standing = Standing(new CohortFactsBuilder().On(AfterTheEnd), new LearnerFactsBuilder().Marked(Absent, Present));

        var decision = GraduationDecision.Make(3, standing, true, "  Hours lost in the March outage, confirmed by the centre.  ", AfterTheEnd, "staff", DecidedAt);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(decision.IsOverride, Is.True);
            Assert.That(decision.Reason, Is.EqualTo("Hours lost in the March outage, confirmed by the centre."));
            Assert.That(decision.EnrolmentNote(standing), Is.EqualTo(decision.Reason));
        }
    }

    [Test]
    public void Graduation_is_not_decided_while_the_cohort_still_runs()
    {
        var standing = Standing(new CohortFactsBuilder().On(new(2026, 1, 20)), Graduate());

        var refused = Assert.Throws<DomainException>(() => GraduationDecision.Make(3, standing, true, null, new(2026, 1, 20), "staff", DecidedAt));

        Assert.That(refused!.Message, Is.EqualTo("Graduation is decided once the cohort's last lecture is over."));
    }
}
