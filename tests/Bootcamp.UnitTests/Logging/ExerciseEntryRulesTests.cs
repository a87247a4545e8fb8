using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Logging;

namespace Bootcamp.UnitTests.Logging;

public sealed class ExerciseEntryRulesTests
{
    private const int Ana = 1;
    private const int Ben = 2;
    private const int Chloe = 3;
    private const int Module = 10;
    private static readonly DateOnly Today = new(2026, 11, 29);
    private static readonly DateOnly Nov20 = new(2026, 11, 20);

    /// <summary>
    /// A cohort running from 7 Sep 2026: Ana from the start (8 h already logged on 20 Nov), Ben enrolled late on
    /// 5 Oct, Chloé withdrawn on 2 Nov. The programme's modules are 10 and 11.
    /// </summary>
    private static readonly LoggingContext Context = new(
        Today,
        CohortStart: new(2026, 9, 7),
        CohortEnd: new(2027, 5, 28),
        ProgrammeModuleIds: new HashSet<int> { 10, 11 },
        Learners: new Dictionary<int, LoggableLearner>
        {
            [Ana] = new("Ana Silva", EnrolmentPeriod.From(new(2026, 9, 7))),
            [Ben] = new("Ben Okafor", EnrolmentPeriod.From(new(2026, 10, 5))),
            [Chloe] = new("Chloé Martin", new(new(2026, 9, 7), new(2026, 11, 2), EnrolmentStatus.Withdrawn)),
        },
        AlreadyLoggedMinutes: new Dictionary<LearnerDay, int> { [new(Ana, Nov20)] = 8 * 60 });

    private static ExerciseEntry Entry(int learner, DateOnly date, int minutes, int module = Module) =>
        new(learner, module, date, minutes, ExerciseKind.Solo);

    private static IReadOnlyList<FieldProblem> Check(ExerciseEntry entry) => ExerciseEntryRules.Check(entry, Context);

    [Test]
    public void A_valid_entry_has_no_problem()
    {
        Assert.That(Check(Entry(Ana, new(2026, 11, 27), 150)), Is.Empty);
    }

    [Test]
    public void Exactly_twelve_hours_in_a_day_are_accepted()
    {
        Assert.That(Check(Entry(Ben, new(2026, 11, 27), 12 * 60)), Is.Empty);
    }

    [Test]
    public void Twelve_and_a_quarter_hours_in_a_day_are_refused()
    {
        Assert.That(Check(Entry(Ben, new(2026, 11, 27), 12 * 60 + 15)), Is.EqualTo(new[]
        {
            new FieldProblem("Minutes", "Ben Okafor would have 12.25 h on 27 Nov 2026; at most 12 h a day."),
        }));
    }

    [Test]
    public void Five_hours_on_a_day_that_already_has_eight_are_refused()
    {
        Assert.That(Check(Entry(Ana, Nov20, 5 * 60)), Is.EqualTo(new[]
        {
            new FieldProblem("Minutes", "Ana Silva would have 13 h on 20 Nov 2026 (8 h already logged); at most 12 h a day."),
        }));
    }

    [Test]
    public void Four_hours_on_a_day_that_already_has_eight_are_accepted()
    {
        Assert.That(Check(Entry(Ana, Nov20, 4 * 60)), Is.Empty);
    }

    [Test]
    public void Eight_and_five_hours_for_the_same_day_in_one_batch_are_refused_on_both_rows()
    {
        var batch = new[] { Entry(Ben, new(2026, 11, 26), 8 * 60), Entry(Ana, new(2026, 11, 26), 8 * 60), Entry(Ben, new(2026, 11, 26), 5 * 60) };

        var problems = ExerciseEntryRules.CheckBatch(batch, Context);

        Assert.That(problems, Is.EqualTo(new[]
        {
            new EntryProblem(0, "Minutes", "Ben Okafor would have 13 h on 26 Nov 2026; at most 12 h a day."),
            new EntryProblem(2, "Minutes", "Ben Okafor would have 13 h on 26 Nov 2026; at most 12 h a day."),
        }));
    }

    [TestCase(0)]
    [TestCase(-60)]
    public void No_hours_or_negative_hours_are_refused(int minutes)
    {
        Assert.That(Check(Entry(Ana, new(2026, 11, 27), minutes)), Is.EqualTo(new[] { new FieldProblem("Minutes", "Hours must be more than 0.") }));
    }

    [Test]
    public void Hours_not_in_quarter_hours_are_refused()
    {
        Assert.That(Check(Entry(Ana, new(2026, 11, 27), 50)).Select(p => p.Field), Is.EqualTo(new[] { "Minutes" }));
    }

    [Test]
    public void Hours_over_twelve_and_not_in_quarters_get_only_the_quarter_hour_message()
    {
        Assert.That(Check(Entry(Ana, new(2026, 11, 27), 12 * 60 + 10)), Is.EqualTo(new[]
        {
            new FieldProblem("Minutes", "Log hours in quarter hours (0.25, 0.5, 0.75 ...)."),
        }));
    }

    [Test]
    public void Hours_for_today_are_accepted_and_for_tomorrow_refused()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Check(Entry(Ana, Today, 60)), Is.Empty);
            Assert.That(Check(Entry(Ana, Today.AddDays(1), 60)), Is.EqualTo(new[]
            {
                new FieldProblem("Date", "Hours cannot be logged for a day in the future."),
            }));
        }
    }

    [Test]
    public void Hours_before_the_cohort_starts_are_refused()
    {
        Assert.That(Check(Entry(Ana, new(2026, 9, 6), 60)), Is.EqualTo(new[]
        {
            new FieldProblem("Date", "The cohort starts on 7 Sep 2026; hours before that cannot be logged."),
        }));
    }

    [Test]
    public void Hours_after_the_cohort_ended_are_refused()
    {
        var ended = Context with { CohortEnd = new(2026, 11, 20) };

        Assert.That(ExerciseEntryRules.Check(Entry(Ana, new(2026, 11, 21), 60), ended), Is.EqualTo(new[]
        {
            new FieldProblem("Date", "The cohort ended on 20 Nov 2026; hours after that cannot be logged."),
        }));
    }

    [Test]
    public void Hours_before_a_late_enrolment_are_refused_and_after_it_accepted()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Check(Entry(Ben, new(2026, 10, 2), 60)), Is.EqualTo(new[]
            {
                new FieldProblem("Date", "Ben Okafor enrolled on 5 Oct 2026; hours before that cannot be logged."),
            }));
            Assert.That(Check(Entry(Ben, new(2026, 10, 5), 60)), Is.Empty);
        }
    }

    [Test]
    public void Hours_of_a_withdrawn_learner_are_refused_from_the_withdrawal_day_on()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Check(Entry(Chloe, new(2026, 11, 2), 60)), Is.EqualTo(new[]
            {
                new FieldProblem("Date", "Chloé Martin was withdrawn on 2 Nov 2026; hours from that day on cannot be logged."),
            }));
            Assert.That(Check(Entry(Chloe, new(2026, 10, 30), 60)), Is.Empty, "hours from before the withdrawal may still be logged");
        }
    }

    [Test]
    public void Hours_for_a_learner_not_in_the_cohort_are_refused()
    {
        Assert.That(Check(Entry(99, new(2026, 11, 27), 60)), Is.EqualTo(new[]
        {
            new FieldProblem("LearnerId", "This learner is not enrolled in the cohort."),
        }));
    }

    [Test]
    public void Hours_for_a_module_of_another_programme_are_refused()
    {
        Assert.That(Check(Entry(Ana, new(2026, 11, 27), 60, module: 42)), Is.EqualTo(new[]
        {
            new FieldProblem("ModuleId", "This module is not part of the cohort's programme."),
        }));
    }

    [Test]
    public void Every_broken_rule_of_an_entry_is_reported_once_per_field()
    {
        var problems = Check(Entry(Chloe, Today.AddDays(2), 50, module: 42));

        Assert.That(problems.Select(p => p.Field), Is.EqualTo(new[] { "Minutes", "ModuleId", "Date" }));
    }

    [Test]
    public void A_date_outside_the_cohort_is_reported_before_the_learners_own_dates()
    {
        var problems = Check(Entry(Ben, new(2026, 9, 1), 60));

        Assert.That(problems.Single().Message, Does.StartWith("The cohort starts on 7 Sep 2026"));
    }

    [Test]
    public void A_batch_reports_problems_by_row_and_nothing_for_good_rows()
    {
        var batch = new[] { Entry(Ana, new(2026, 11, 23), 60), Entry(Ben, new(2026, 10, 1), 60), Entry(Ana, new(2026, 11, 24), 90) };

        var problems = ExerciseEntryRules.CheckBatch(batch, Context);

        Assert.That(problems.Select(p => (p.Index, p.Field)), Is.EqualTo(new[] { (1, "Date") }));
    }
}
