using Bootcamp.Web.Features.Enrolments;

namespace Bootcamp.UnitTests.Enrolments;

public sealed class LearnerImportCheckTests
{
    private static readonly IReadOnlySet<string> None = new HashSet<string>();

    private static LearnerRow Row(int line, string first, string last, string email, string? problem = null) =>
        new(line, first, last, email, "", problem);

    [Test]
    public void Good_rows_have_no_problems()
    {
        var rows = LearnerImportCheck.Check([Row(2, "Ana", "Silva", "ana@example.org"), Row(3, "Rui", "Costa", "rui@example.org")], None, None, 10);
        Assert.That(rows.All(r => r.IsValid), Is.True);
    }

    [Test]
    public void Missing_fields_are_each_named()
    {
        var row = LearnerImportCheck.Check([Row(2, "", "", "")], None, None, 10).Single();
        Assert.That(row.Problems, Is.EqualTo(new[] { "First name is missing.", "Last name is missing.", "E-mail is missing." }));
    }

    [Test]
    public void A_bad_email_is_quoted_back()
    {
        var row = LearnerImportCheck.Check([Row(2, "Ana", "Silva", "ana-at-example.org")], None, None, 10).Single();
        Assert.That(row.Problems.Single(), Does.Contain("\"ana-at-example.org\" is not a valid e-mail"));
    }

    [Test]
    public void The_second_row_with_an_email_is_a_duplicate_of_the_first()
    {
        var rows = LearnerImportCheck.Check([Row(2, "Ana", "Silva", "ana@example.org"), Row(5, "Ana", "S.", "ana@example.org")], None, None, 10);
        Assert.That(rows[0].IsValid, Is.True);
        Assert.That(rows[1].Problems.Single(), Is.EqualTo("Duplicate: line 2 has the same e-mail."));
    }

    [Test]
    public void A_learner_already_in_the_cohort_is_refused_and_a_known_one_is_marked()
    {
        var rows = LearnerImportCheck.Check(
            [Row(2, "Ana", "Silva", "ana@example.org"), Row(3, "Rui", "Costa", "rui@example.org")],
            new HashSet<string> { "ana@example.org" },
            new HashSet<string> { "ana@example.org", "rui@example.org" },
            10);
        Assert.That(rows[0].Problems.Single(), Is.EqualTo("Already enrolled in this cohort."));
        Assert.That(rows[1].IsValid && rows[1].KnownLearner, Is.True);
    }

    [Test]
    public void Rows_beyond_the_free_seats_are_over_capacity_and_invalid_rows_take_no_seat()
    {
        var rows = LearnerImportCheck.Check(
            [Row(2, "Ana", "Silva", "ana@example.org"), Row(3, "", "Costa", "rui@example.org"), Row(4, "Eva", "Lopes", "eva@example.org"), Row(5, "Ivo", "Reis", "ivo@example.org")],
            None, None, 2);
        Assert.That(rows.Select(r => r.IsValid), Is.EqualTo(new[] { true, false, true, false }));
        Assert.That(rows[3].Problems.Single(), Is.EqualTo("Over capacity: the cohort has 2 free seats."));
    }

    [Test]
    public void A_full_cohort_takes_no_rows()
    {
        var row = LearnerImportCheck.Check([Row(2, "Ana", "Silva", "ana@example.org")], None, None, 0).Single();
        Assert.That(row.Problems.Single(), Is.EqualTo("Over capacity: the cohort is full."));
    }

    [Test]
    public void A_row_problem_from_the_file_is_shown()
    {
        var row = LearnerImportCheck.Check([Row(2, "Ana", "Silva", "ana@example.org", "has 5 fields, the header has 4")], None, None, 10).Single();
        Assert.That(row.Problems.Single(), Is.EqualTo("This line has 5 fields, the header has 4."));
    }
}
