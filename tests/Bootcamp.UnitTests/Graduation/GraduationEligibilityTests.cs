using Bootcamp.Domain.Graduation;
using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Logging;
using Bootcamp.Domain.Programmes;
using Bootcamp.Domain.Progress;
using Bootcamp.UnitTests.Progress;
using static Bootcamp.Domain.Logging.AttendanceStatus;

namespace Bootcamp.UnitTests.Graduation;

public sealed class GraduationEligibilityTests
{
    private static readonly GraduationCriteria Criteria = GraduationCriteria.Default;

    /// <summary>A learner at the end of a cohort who meets every default criterion (80%, 400 h with 100 h in groups, ...).</summary>
    private static LearnerProgress Graduate() => new(
        LearnerId: 1,
        Today: new(2026, 7, 1),
        CohortEnded: true,
        Enrolment: EnrolmentPeriod.From(new(2025, 10, 6)),
        Attendance: new(HeldSessions: 100, Attended: 90, Late: 4, Absent: 8, Excused: 2, Unrecorded: 0),
        Exercise: new(LoggedMinutes: 420 * 60, GroupMinutes: 120 * 60, PlannedToDateMinutes: 400 * 60, PlannedSinceEnrolmentMinutes: 400 * 60,
            PlannedTotalMinutes: 400 * 60, RequiredMinutes: 400 * 60, RequiredGroupMinutes: 100 * 60, ProjectedMinutes: 420 * 60),
        Projects: [new(1, "Team portfolio", new(2026, 3, 1), 60, 72), new(2, "Capstone", new(2026, 6, 20), 60, 85)],
        SoftSkills: new("Final", true, [new("Teamwork", 4m), new("Communication", 3m)]),
        Badges: new(Earned: 7, Available: 7, Missing: []),
        Risks: []);

    private static string[] Messages(LearnerProgress progress) =>
        [.. GraduationEligibility.Shortfalls(progress, Criteria).Select(s => s.Message)];

    [Test]
    public void Learner_meeting_every_criterion_has_no_shortfall_and_is_recommended_to_graduate()
    {
        var assessment = GraduationEligibility.Assess(Graduate(), Criteria);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(assessment.Shortfalls, Is.Empty);
            Assert.That(assessment.Recommendation, Is.EqualTo(GraduationRecommendation.Graduate));
            Assert.That(assessment.Summary, Is.EqualTo("Meets every graduation criterion."));
        }
    }

    [Test]
    public void Attendance_below_the_minimum_is_a_shortfall_with_the_figures()
    {
        var progress = Graduate() with { Attendance = new(100, 75, 0, 25, 3, 0) };

        Assert.That(Messages(progress), Is.EqualTo(new[] { "75% of held lectures, needs 80% (75 of 100 attended, 3 excused)" }));
    }

    [Test]
    public void An_attendance_rate_just_under_the_minimum_is_rounded_down_in_words()
    {
        var progress = Graduate() with { Attendance = new(250, 199, 0, 51, 0, 0) };

        Assert.That(Messages(progress), Is.EqualTo(new[] { "79% of held lectures, needs 80% (199 of 250 attended, 0 excused)" }));
    }

    [Test]
    public void Excused_absences_are_not_held_against_the_learner()
    {
        var progress = Graduate() with { Attendance = new(10, 8, 0, 0, 2, 0) };

        Assert.That(Messages(progress), Is.Empty);
    }

    [Test]
    public void Zero_held_sessions_is_no_attendance_shortfall()
    {
        var progress = Graduate() with { Attendance = new(0, 0, 0, 0, 0, 0) };

        Assert.That(Messages(progress), Is.Empty);
    }

    [Test]
    public void Held_sessions_without_any_roster_are_a_shortfall()
    {
        var progress = Graduate() with { Attendance = new(12, 0, 0, 0, 0, 12) };

        Assert.That(Messages(progress), Is.EqualTo(new[] { "no attendance recorded for 12 held lectures, needs 80%" }));
    }

    [Test]
    public void Exercise_hours_below_the_requirement_are_a_shortfall()
    {
        var progress = Graduate() with { Exercise = Graduate().Exercise with { LoggedMinutes = 350 * 60 + 45 } };

        Assert.That(Messages(progress), Is.EqualTo(new[] { "350.75 h logged, needs 400 h" }));
    }

    [Test]
    public void Group_work_below_its_share_of_the_requirement_is_a_shortfall()
    {
        var progress = Graduate() with { Exercise = Graduate().Exercise with { GroupMinutes = 80 * 60 } };

        Assert.That(Messages(progress), Is.EqualTo(new[] { "80 h of group work, needs 100 h (25% of 400 h)" }));
    }

    [Test]
    public void The_group_share_is_taken_of_the_requirement_not_of_all_hours_logged()
    {
        var progress = Graduate() with { Exercise = Graduate().Exercise with { LoggedMinutes = 600 * 60, GroupMinutes = 100 * 60 } };

        Assert.That(Messages(progress), Is.Empty);
    }

    [Test]
    public void Each_failed_or_ungraded_project_is_a_shortfall()
    {
        var progress = Graduate() with
        {
            Projects = [new(1, "Team portfolio", new(2026, 3, 1), 60, 45), new(2, "Capstone", new(2026, 6, 20), 60, null)],
        };

        Assert.That(Messages(progress), Is.EqualTo(new[]
        {
            "'Team portfolio' graded 45%, needs 60%",
            "'Capstone' not graded yet, needs 60%",
        }));
    }

    [Test]
    public void A_soft_skill_rated_below_the_minimum_at_the_final_assessment_is_a_shortfall()
    {
        var progress = Graduate() with
        {
            SoftSkills = new("Final", true, [new("Teamwork", 2m), new("Problem solving", null)]),
        };

        Assert.That(Messages(progress), Is.EqualTo(new[]
        {
            "Teamwork rated 2 of 5 at the final assessment, needs 3 of 5",
            "Problem solving not rated at the final assessment, needs 3 of 5",
        }));
    }

    [Test]
    public void A_programme_that_averages_the_points_says_so_in_the_shortfall()
    {
        var progress = Graduate() with { SoftSkills = new("Final", true, [new("Teamwork", 2.5m)]) };

        var messages = GraduationEligibility.Shortfalls(progress, Criteria with { SoftSkillSource = SoftSkillSource.InstructorAverage }).Select(s => s.Message);

        Assert.That(messages, Is.EqualTo(new[] { "Teamwork averaged 2.5 of 5 over the assessments up to final, needs 3 of 5" }));
    }

    [Test]
    public void Soft_skills_not_yet_assessed_at_the_final_point_are_a_shortfall()
    {
        var progress = Graduate() with { SoftSkills = new("Midpoint", false, [new("Teamwork", 4m)]) };

        Assert.That(Messages(progress), Is.EqualTo(new[] { "no final soft-skill assessment yet (latest: midpoint), needs 3 of 5 in every skill" }));
    }

    [Test]
    public void Missing_badges_are_named_in_one_shortfall()
    {
        var progress = Graduate() with
        {
            Badges = new(5, 7, [new(3, "Testing", "Test Automation"), new(6, "Cloud", "Cloud Deployment")]),
        };

        Assert.That(Messages(progress), Is.EqualTo(new[] { "5 of 7 badges earned; missing: Test Automation (Testing), Cloud Deployment (Cloud)" }));
    }

    [Test]
    public void Criteria_that_a_programme_switches_off_are_not_checked()
    {
        var criteria = Criteria with { MinSoftSkillAverage = 0, RequireAllBadges = false, RequireAllProjectsPassed = false, MinGroupSharePercent = 0 };
        var progress = Graduate() with
        {
            Exercise = Graduate().Exercise with { GroupMinutes = 0 },
            Projects = [new(1, "Capstone", new(2026, 6, 20), 60, 10)],
            SoftSkills = SoftSkillSummary.None,
            Badges = new(0, 7, [new(3, "Testing", "Test Automation")]),
        };

        Assert.That(GraduationEligibility.Shortfalls(progress, criteria), Is.Empty);
    }

    [Test]
    public void Shortfalls_name_their_criterion()
    {
        var progress = Graduate() with
        {
            Attendance = new(100, 50, 0, 50, 0, 0),
            Exercise = Graduate().Exercise with { LoggedMinutes = 10 * 60, GroupMinutes = 0 },
        };

        Assert.That(GraduationEligibility.Shortfalls(progress, Criteria).Select(s => s.Criterion), Is.EqualTo(new[]
        {
            GraduationCriterion.Attendance, GraduationCriterion.ExerciseHours, GraduationCriterion.GroupWork,
        }));
    }

    [Test]
    public void A_learner_short_of_a_criterion_after_the_cohort_ended_is_recommended_not_to_graduate()
    {
        var progress = Graduate() with
        {
            Projects = [new(1, "Team portfolio", new(2026, 3, 1), 60, 45), new(2, "Capstone", new(2026, 6, 20), 60, 50)],
            Exercise = Graduate().Exercise with { LoggedMinutes = 300 * 60 },
        };

        var assessment = GraduationEligibility.Assess(progress, Criteria);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(assessment.Recommendation, Is.EqualTo(GraduationRecommendation.NotGraduate));
            Assert.That(assessment.Shortfalls, Has.Count.EqualTo(3));
            Assert.That(assessment.Summary, Is.EqualTo("2 criteria not met."), "two projects are one criterion");
        }
    }

    [Test]
    public void A_learner_short_of_a_criterion_while_the_cohort_runs_gets_no_verdict_yet()
    {
        var progress = Graduate() with { CohortEnded = false, Exercise = Graduate().Exercise with { LoggedMinutes = 200 * 60 } };

        var assessment = GraduationEligibility.Assess(progress, Criteria);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(assessment.Recommendation, Is.EqualTo(GraduationRecommendation.Undecided));
            Assert.That(assessment.Summary, Is.EqualTo("1 criterion not met yet; the cohort is still running."));
        }
    }

    [Test]
    public void Progress_computed_from_a_learners_facts_meets_every_criterion_when_they_did_the_work()
    {
        var learner = new LearnerFactsBuilder()
            .Marked([.. Enumerable.Repeat(Present, 15), .. Enumerable.Repeat(Excused, 2), Late, Absent, Absent])
            .Project("Landing page", 60, 70)
            .Scored(CohortFactsBuilder.Teamwork, CohortFactsBuilder.Final, 4)
            .Scored(CohortFactsBuilder.Communication, CohortFactsBuilder.Final, 3)
            .Earned(1).Earned(2);
        foreach (var day in CohortFactsBuilder.Weekdays(CohortFactsBuilder.Start, CohortFactsBuilder.End))
            learner.Logged(day, 3).Logged(day, 1, ExerciseKind.Group);
        var cohort = new CohortFactsBuilder().On(new(2026, 2, 2)).Build();

        var progress = ProgressCalculator.For(cohort, learner.Build());
        var assessment = GraduationEligibility.Assess(progress, cohort.Criteria);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(progress.Attendance.Rate, Is.EqualTo(16m / 18), "late counts, excused left out");
            Assert.That(assessment.Shortfalls, Is.Empty);
            Assert.That(assessment.Recommendation, Is.EqualTo(GraduationRecommendation.Graduate));
        }
    }
}
