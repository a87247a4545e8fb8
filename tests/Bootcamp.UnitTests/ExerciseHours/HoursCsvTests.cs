using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Logging;
using Bootcamp.Web.Features.ExerciseHours;

namespace Bootcamp.UnitTests.ExerciseHours;

public sealed class HoursCsvTests
{
    private static readonly IReadOnlyList<LearnerOption> Learners =
    [
        new(1, "Ana Silva", "ana@example.org", EnrolmentPeriod.From(new DateOnly(2026, 9, 1))),
        new(2, "Ben Okafor", "ben@example.org", EnrolmentPeriod.From(new DateOnly(2026, 9, 1))),
    ];

    private static readonly IReadOnlyList<ModuleOption> Modules = [new(10, 1, "Web basics"), new(11, 2, "JavaScript")];

    private const string Header = "email,date,hours,kind,module,description\n";

    [Test]
    public void Good_rows_become_entries_with_module_by_number_or_title_and_quoted_descriptions()
    {
        var rows = HoursCsv.Read(Header + "ANA@example.org,2026-11-20,1.75,solo,2,\"Katas, \"\"hard\"\" ones\"\nben@example.org,2026-11-20,0.5,Group,web basics,Pairing\n",
            Learners, Modules, out var problem);

        Assert.That(problem, Is.Null);
        Assert.That(rows.Select(r => r.Hours!.Entry), Is.EqualTo(new[]
        {
            new ExerciseEntry(1, 11, new DateOnly(2026, 11, 20), 105, ExerciseKind.Solo),
            new ExerciseEntry(2, 10, new DateOnly(2026, 11, 20), 30, ExerciseKind.Group),
        }));
        Assert.That(rows[0].Hours!.Description, Is.EqualTo("Katas, \"hard\" ones"));
    }

    [Test]
    public void Each_bad_row_says_what_is_wrong_with_its_line_number()
    {
        var rows = HoursCsv.Read(Header + "zoe@example.org,20.11.2026,two,team,9,\n\nana@example.org,2026-11-20,1\n", Learners, Modules, out _);

        Assert.That(rows.Select(r => r.Line), Is.EqualTo(new[] { 2, 4 }));
        Assert.That(rows[0].Problems, Has.Count.EqualTo(6));
        Assert.That(rows[0].Problems, Has.Some.Contains("zoe@example.org").And.Some.Contains("yyyy-MM-dd").And.Some.Contains("solo or group"));
        Assert.That(rows[1].Problems.Single(), Does.Contain("Expected 6 columns, found 3"));
        Assert.That(rows.Any(r => r.Hours is not null), Is.False);
    }

    [Test]
    public void A_file_without_the_header_is_refused_as_a_whole()
    {
        var rows = HoursCsv.Read("ana@example.org,2026-11-20,1,solo,1,x\n", Learners, Modules, out var problem);
        Assert.That(rows, Is.Empty);
        Assert.That(problem, Does.Contain("email,date,hours,kind,module,description"));
    }

    [Test]
    public void The_sample_reads_back_without_problems()
    {
        var rows = HoursCsv.Read(HoursCsv.Sample(Learners, Modules, new DateOnly(2026, 11, 27)), Learners, Modules, out var problem);
        Assert.That(problem, Is.Null);
        Assert.That(rows, Has.Count.EqualTo(2).And.All.Matches<CsvHoursRow>(r => r!.Problems.Count == 0));
    }

    [TestCase("1.5", 90)]
    [TestCase("1,25", 75)]
    [TestCase(" 12 ", 720)]
    [TestCase("99999999999", 24 * 60)]
    [TestCase("-99999999999", -24 * 60)]
    [TestCase("1e28", 24 * 60)]
    [TestCase("1e300", 24 * 60)]
    public void Hours_text_becomes_minutes_within_a_day(string text, int minutes) =>
        Assert.That(HoursText.Read(text), Is.EqualTo(new TypedHours(minutes, null)));

    [Test]
    public void Blank_hours_text_is_neither_minutes_nor_a_problem() =>
        Assert.That(HoursText.Read("  ").IsBlank, Is.True);

    [TestCase("abc", HoursText.NotANumber)]
    [TestCase("NaN", HoursText.NotANumber)]
    [TestCase("1.33", "Log hours in quarter hours (0.25, 0.5, 0.75 ...).")]
    public void Hours_text_that_is_no_number_of_minutes_gives_the_problem(string text, string problem) =>
        Assert.That(HoursText.Read(text), Is.EqualTo(new TypedHours(null, problem)));
}
