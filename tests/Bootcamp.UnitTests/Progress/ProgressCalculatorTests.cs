using Bootcamp.Domain.Logging;
using Bootcamp.Domain.Programmes;
using Bootcamp.Domain.Progress;
using static Bootcamp.Domain.Logging.AttendanceStatus;

namespace Bootcamp.UnitTests.Progress;

public sealed class ProgressCalculatorTests
{
    private static readonly DateOnly Jan10 = new(2026, 1, 10);

    private static LearnerProgress Progress(CohortFactsBuilder cohort, LearnerFactsBuilder learner) =>
        ProgressCalculator.For(cohort.Build(), learner.Build());

    private static IEnumerable<Risk> RisksAbout(LearnerProgress progress, GraduationCriterion criterion) =>
        progress.Risks.Where(r => r.Criterion == criterion);

    [Test]
    public void Late_counts_as_attended()
    {
        var progress = Progress(new CohortFactsBuilder().On(Jan10), new LearnerFactsBuilder().Marked(Present, Late, Absent, Present, Present));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(progress.Attendance.HeldSessions, Is.EqualTo(5));
            Assert.That(progress.Attendance.Attended, Is.EqualTo(4));
            Assert.That(progress.Attendance.Late, Is.EqualTo(1));
            Assert.That(progress.Attendance.Rate, Is.EqualTo(0.8m));
        }
    }

    [Test]
    public void A_tally_of_the_same_marks_and_hours_gives_the_same_progress()
    {
        var cohort = new CohortFactsBuilder().On(Jan10).Build();
        var learner = new LearnerFactsBuilder().Marked(Present, Late, Absent, Excused)
            .Logged(Jan10.AddDays(-3), 2).Logged(Jan10.AddDays(-2), 3, ExerciseKind.Group).Build();

        var counted = ProgressCalculator.For(cohort, learner);
        var tallied = ProgressCalculator.For(cohort, learner with { Marks = [], Exercise = [], Tally = new EvidenceTally(1, 1, 1, 1, 300, 180) });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(tallied.Attendance, Is.EqualTo(counted.Attendance));
            Assert.That(tallied.Attendance.Unrecorded, Is.EqualTo(1), "five held lectures, four marked");
            Assert.That(tallied.Exercise, Is.EqualTo(counted.Exercise));
            Assert.That(tallied.Risks.Select(r => r.Message), Is.EqualTo(counted.Risks.Select(r => r.Message)));
        }
    }

    [Test]
    public void A_badge_check_refuses_a_tally_which_cannot_say_what_one_module_holds()
    {
        var cohort = new CohortFactsBuilder().On(Jan10).Build();
        var learner = new LearnerFactsBuilder().Build() with { Tally = new EvidenceTally(1, 0, 0, 0, 60, 0) };

        Assert.That(() => BadgeRule.ModuleFigures(cohort, learner, 1), Throws.ArgumentException);
    }

    [Test]
    public void Excused_absences_are_left_out_of_the_rate()
    {
        var progress = Progress(new CohortFactsBuilder().On(Jan10), new LearnerFactsBuilder().Marked(Present, Present, Present, Excused, Absent));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(progress.Attendance.Excused, Is.EqualTo(1));
            Assert.That(progress.Attendance.Counted, Is.EqualTo(4));
            Assert.That(progress.Attendance.Rate, Is.EqualTo(0.75m));
        }
    }

    [Test]
    public void Cancelled_sessions_and_sessions_not_yet_started_never_count()
    {
        var cohort = new CohortFactsBuilder().Cancel(new(2026, 1, 6)).On(new(2026, 1, 9), utcHour: 8);

        var progress = Progress(cohort, new LearnerFactsBuilder().Marked(Absent, Absent, Present, Present, Absent));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(progress.Attendance.HeldSessions, Is.EqualTo(3), "5, 7 and 8 January: the 6th was cancelled, the 9th starts at 09:00");
            Assert.That(progress.Attendance.Rate, Is.EqualTo(2m / 3));
        }
    }

    [Test]
    public void Learner_enrolled_late_is_not_counted_for_sessions_before_enrolment()
    {
        var learner = new LearnerFactsBuilder().EnrolledOn(new(2026, 1, 8))
            .Marked(Absent, Absent, Absent)
            .MarkedFrom(new(2026, 1, 8), Present, Present);

        var progress = Progress(new CohortFactsBuilder().On(Jan10), learner);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(progress.Attendance.HeldSessions, Is.EqualTo(2));
            Assert.That(progress.Attendance.Rate, Is.EqualTo(1m));
        }
    }

    [Test]
    public void Withdrawn_learner_is_not_counted_for_sessions_from_the_withdrawal_day_on()
    {
        var learner = new LearnerFactsBuilder().WithdrawnOn(new(2026, 1, 8)).Marked(Present, Present, Present, Absent, Absent);

        var progress = Progress(new CohortFactsBuilder().On(Jan10), learner);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(progress.Attendance.HeldSessions, Is.EqualTo(3));
            Assert.That(progress.Attendance.Rate, Is.EqualTo(1m));
        }
    }

    [Test]
    public void Zero_held_sessions_give_no_rate_and_no_risk()
    {
        var progress = Progress(new CohortFactsBuilder().On(CohortFactsBuilder.Start, utcHour: 8), new LearnerFactsBuilder());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(progress.Attendance.HeldSessions, Is.Zero);
            Assert.That(progress.Attendance.Rate, Is.Null);
            Assert.That(progress.Exercise.PlannedToDateMinutes, Is.Zero);
            Assert.That(progress.IsAtRisk, Is.False);
        }
    }

    [Test]
    public void Held_sessions_without_a_roster_are_counted_apart_from_absences()
    {
        var progress = Progress(new CohortFactsBuilder().On(Jan10), new LearnerFactsBuilder().Marked(Present, Present));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(progress.Attendance.Unrecorded, Is.EqualTo(3));
            Assert.That(progress.Attendance.Absent, Is.Zero);
            Assert.That(progress.Attendance.Rate, Is.EqualTo(1m));
        }
    }

    [Test]
    public void Attendance_below_the_minimum_puts_the_learner_at_risk()
    {
        var progress = Progress(new CohortFactsBuilder().On(Jan10), new LearnerFactsBuilder().Marked(Present, Present, Present, Absent, Absent));

        Assert.That(RisksAbout(progress, GraduationCriterion.Attendance).Select(r => r.Message),
            Is.EqualTo(new[] { "Attendance is 60% of held lectures, below the 80% minimum." }));
    }

    [Test]
    public void Planned_exercise_to_date_follows_the_lecture_time_of_each_module()
    {
        var progress = Progress(new CohortFactsBuilder().On(Jan10), new LearnerFactsBuilder());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(progress.Exercise.PlannedToDateMinutes, Is.EqualTo(20 * 60), "5 of module 1's 10 sessions held by the end of yesterday");
            Assert.That(progress.Exercise.PlannedTotalMinutes, Is.EqualTo(80 * 60));
        }
    }

    [Test]
    public void A_cancelled_session_passes_its_share_of_the_plan_to_the_modules_other_sessions()
    {
        var progress = Progress(new CohortFactsBuilder().Cancel(new(2026, 1, 6)).On(Jan10), new LearnerFactsBuilder());

        Assert.That(progress.Exercise.PlannedToDateMinutes, Is.EqualTo(1067), "4 of 9 sessions of a 40 h module");
    }

    [Test]
    public void A_module_without_lectures_is_planned_evenly_over_the_cohorts_days()
    {
        var cohort = new CohortFactsBuilder().WithModule(new(3, "Capstone", 0, 26 * 60, null)).On(Jan10);

        var progress = Progress(cohort, new LearnerFactsBuilder());

        Assert.That(progress.Exercise.PlannedToDateMinutes, Is.EqualTo(20 * 60 + 5 * 60), "module 1 pro rata plus 5 of 26 calendar days of 26 h");
    }

    [Test]
    public void After_the_end_date_the_whole_plan_is_due()
    {
        var progress = Progress(new CohortFactsBuilder().On(new(2026, 2, 10)), new LearnerFactsBuilder());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(progress.Exercise.PlannedToDateMinutes, Is.EqualTo(80 * 60));
            Assert.That(progress.CohortEnded, Is.True);
        }
    }

    [Test]
    public void Logged_minutes_are_split_into_solo_and_group_work()
    {
        var learner = new LearnerFactsBuilder()
            .Logged(new(2026, 1, 5), 10).Logged(new(2026, 1, 6), 10).Logged(new(2026, 1, 7), 10)
            .Logged(new(2026, 1, 8), 10, ExerciseKind.Group);

        var progress = Progress(new CohortFactsBuilder().On(Jan10), learner);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(progress.Exercise.LoggedMinutes, Is.EqualTo(40 * 60));
            Assert.That(progress.Exercise.SoloMinutes, Is.EqualTo(30 * 60));
            Assert.That(progress.Exercise.GroupShare, Is.EqualTo(0.25m));
            Assert.That(progress.Exercise.RequiredGroupMinutes, Is.EqualTo(20 * 60), "25% of the 80 h requirement");
        }
    }

    [Test]
    public void Learner_on_plan_is_projected_to_reach_the_requirement_and_is_not_at_risk()
    {
        var learner = new LearnerFactsBuilder();
        foreach (var day in CohortFactsBuilder.Weekdays(CohortFactsBuilder.Start, new(2026, 1, 16)))
            learner.Logged(day, 4);

        var progress = Progress(new CohortFactsBuilder().On(new(2026, 1, 17)), learner);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(progress.Exercise.ProjectedMinutes, Is.EqualTo(80 * 60));
            Assert.That(RisksAbout(progress, GraduationCriterion.ExerciseHours), Is.Empty);
        }
    }

    [Test]
    public void Learner_behind_the_hours_pace_is_at_risk_with_the_projection_in_words()
    {
        var learner = new LearnerFactsBuilder();
        foreach (var day in CohortFactsBuilder.Weekdays(CohortFactsBuilder.Start, new(2026, 1, 16)))
            learner.Logged(day, 2);

        var progress = Progress(new CohortFactsBuilder().On(new(2026, 1, 17)), learner);

        Assert.That(RisksAbout(progress, GraduationCriterion.ExerciseHours).Select(r => r.Message), Is.EqualTo(new[]
        {
            "On pace for 40 h by 30 Jan 2026, needs 80 h (20 h logged, 40 h planned since enrolment).",
        }));
    }

    [Test]
    public void After_the_end_date_missing_hours_are_told_without_a_projection()
    {
        var progress = Progress(new CohortFactsBuilder().On(new(2026, 2, 2)), new LearnerFactsBuilder().Logged(new(2026, 1, 5), 10));

        Assert.That(RisksAbout(progress, GraduationCriterion.ExerciseHours).Select(r => r.Message),
            Is.EqualTo(new[] { "10 h logged, needs 80 h; the cohort ended on 30 Jan 2026." }));
    }

    [Test]
    public void Hours_pace_is_not_judged_in_the_first_days()
    {
        var progress = Progress(new CohortFactsBuilder().On(new(2026, 1, 6)), new LearnerFactsBuilder());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(progress.Exercise.PlannedSinceEnrolmentMinutes, Is.LessThan(ProgressCalculator.PaceGraceMinutes));
            Assert.That(RisksAbout(progress, GraduationCriterion.ExerciseHours), Is.Empty);
        }
    }

    [Test]
    public void Learner_enrolled_late_is_paced_on_their_own_weeks_and_at_risk_when_the_rest_of_the_plan_is_too_short()
    {
        var learner = new LearnerFactsBuilder().EnrolledOn(new(2026, 1, 19));
        foreach (var day in CohortFactsBuilder.Weekdays(new(2026, 1, 19), new(2026, 1, 23)))
            learner.Logged(day, 4);

        var progress = Progress(new CohortFactsBuilder().On(new(2026, 1, 24)), learner);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(progress.Exercise.PlannedToDateMinutes, Is.EqualTo(60 * 60));
            Assert.That(progress.Exercise.PlannedSinceEnrolmentMinutes, Is.EqualTo(20 * 60));
            Assert.That(progress.Exercise.ProjectedMinutes, Is.EqualTo(40 * 60), "20 h logged at plan pace plus the 20 h the plan still holds");
            Assert.That(RisksAbout(progress, GraduationCriterion.ExerciseHours), Is.Not.Empty);
        }
    }

    [Test]
    public void Withdrawn_learner_is_never_at_risk_and_projects_only_what_was_logged()
    {
        var learner = new LearnerFactsBuilder().WithdrawnOn(new(2026, 1, 8)).Marked(Absent, Absent, Absent).Logged(new(2026, 1, 5), 5);

        var progress = Progress(new CohortFactsBuilder().On(new(2026, 1, 17)), learner);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(progress.Attendance.Rate, Is.Zero);
            Assert.That(progress.Exercise.PlannedSinceEnrolmentMinutes, Is.EqualTo(3 * 4 * 60), "5, 6 and 7 January");
            Assert.That(progress.Exercise.ProjectedMinutes, Is.EqualTo(5 * 60));
            Assert.That(progress.IsAtRisk, Is.False);
        }
    }

    [Test]
    public void Group_work_that_the_rest_of_the_plan_cannot_cover_is_a_risk()
    {
        var progress = Progress(new CohortFactsBuilder().On(new(2026, 1, 29)), new LearnerFactsBuilder());

        Assert.That(RisksAbout(progress, GraduationCriterion.GroupWork).Select(r => r.Message),
            Is.EqualTo(new[] { "Needs 20 h more group work, only 8 h of exercise left in the plan." }));
    }

    [Test]
    public void A_failed_project_is_a_risk_and_an_ungraded_one_is_not()
    {
        var learner = new LearnerFactsBuilder().Project("Landing page", 60, 45).Project("REST API", 60, null).Project("Schema", 60, 80);

        var progress = Progress(new CohortFactsBuilder().On(Jan10), learner);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(progress.ProjectsPassed, Is.EqualTo(1));
            Assert.That(RisksAbout(progress, GraduationCriterion.Projects).Select(r => r.Message),
                Is.EqualTo(new[] { "'Landing page' graded 45%, pass mark 60%." }));
        }
    }

    private static LearnerFactsBuilder RatedTwice() => new LearnerFactsBuilder()
        .Scored(CohortFactsBuilder.Teamwork, CohortFactsBuilder.Initial, 1)
        .Scored(CohortFactsBuilder.Teamwork, CohortFactsBuilder.Midpoint, 4)
        .Scored(CohortFactsBuilder.Communication, CohortFactsBuilder.Midpoint, 2)
        .Scored(CohortFactsBuilder.Adaptability, CohortFactsBuilder.Initial, 2);

    [Test]
    public void Soft_skills_read_the_instructors_rating_at_the_latest_point_rated()
    {
        var progress = Progress(new CohortFactsBuilder().WithSkill(CohortFactsBuilder.Adaptability).On(Jan10), RatedTwice());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(progress.SoftSkills.LatestPoint, Is.EqualTo("Midpoint"));
            Assert.That(progress.SoftSkills.FinalRated, Is.False);
            Assert.That(progress.SoftSkills.Averages, Is.EqualTo(new[]
            {
                new SkillAverage("Teamwork", 4m),
                new SkillAverage("Communication", 2m),
                new SkillAverage("Adaptability", null),
            }));
            Assert.That(RisksAbout(progress, GraduationCriterion.SoftSkills).Select(r => r.Message),
                Is.EqualTo(new[] { "Communication rated 2 of 5 at the midpoint assessment, needs 3." }));
        }
    }

    [Test]
    public void A_programme_that_averages_the_points_averages_every_point_rated_so_far()
    {
        var cohort = new CohortFactsBuilder().WithSkill(CohortFactsBuilder.Adaptability).With(c => c with { SoftSkillSource = SoftSkillSource.InstructorAverage }).On(Jan10);

        var progress = Progress(cohort, RatedTwice());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(progress.SoftSkills.Averages, Is.EqualTo(new[]
            {
                new SkillAverage("Teamwork", 2.5m),
                new SkillAverage("Communication", 2m),
                new SkillAverage("Adaptability", 2m),
            }));
            Assert.That(RisksAbout(progress, GraduationCriterion.SoftSkills).Select(r => r.Message), Is.EqualTo(new[]
            {
                "Teamwork averaged 2.5 of 5 over the assessments up to midpoint, needs 3.",
                "Communication averaged 2 of 5 over the assessments up to midpoint, needs 3.",
                "Adaptability averaged 2 of 5 over the assessments up to midpoint, needs 3.",
            }));
        }
    }

    [Test]
    public void The_final_assessment_is_the_cohorts_last_point_by_date()
    {
        var learner = new LearnerFactsBuilder().Scored(CohortFactsBuilder.Teamwork, CohortFactsBuilder.Final, 4).Scored(CohortFactsBuilder.Communication, CohortFactsBuilder.Final, 3);

        var progress = Progress(new CohortFactsBuilder().On(new(2026, 2, 2)), learner);

        Assert.That(progress.SoftSkills, Is.EqualTo(new SoftSkillSummary("Final", true, progress.SoftSkills.Averages)));
        Assert.That(progress.SoftSkills.Averages.Select(a => a.Average), Is.EqualTo(new decimal?[] { 4m, 3m }));
    }

    [Test]
    public void Badges_are_counted_and_a_badge_missing_two_weeks_after_its_module_ended_is_a_risk()
    {
        var progress = Progress(new CohortFactsBuilder().On(new(2026, 2, 1)), new LearnerFactsBuilder());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(progress.Badges.Earned, Is.Zero);
            Assert.That(progress.Badges.Available, Is.EqualTo(2));
            Assert.That(RisksAbout(progress, GraduationCriterion.Badges).Select(r => r.Message),
                Is.EqualTo(new[] { "Badge 'Web Foundations' of Web basics not earned; the module ended on 16 Jan 2026." }));
        }
    }

    [Test]
    public void An_earned_badge_is_neither_missing_nor_a_risk()
    {
        var progress = Progress(new CohortFactsBuilder().On(new(2026, 2, 1)), new LearnerFactsBuilder().Earned(1));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(progress.Badges.Earned, Is.EqualTo(1));
            Assert.That(progress.Badges.Missing.Select(b => b.BadgeName), Is.EqualTo(new[] { "Data Modelling" }));
            Assert.That(RisksAbout(progress, GraduationCriterion.Badges), Is.Empty);
        }
    }

    [Test]
    public void A_whole_cohort_is_computed_in_the_order_given()
    {
        var all = ProgressCalculator.ForCohort(new CohortFactsBuilder().On(Jan10).Build(),
            [new LearnerFactsBuilder(7).Build(), new LearnerFactsBuilder(3).Build()]);

        Assert.That(all.Select(p => p.LearnerId), Is.EqualTo(new[] { 7, 3 }));
    }
}
