using Bootcamp.Web.Features.Enrolments;

namespace Bootcamp.UnitTests.Enrolments;

public sealed class LearnerCsvTests
{
    [Test]
    public void Rows_are_read_by_header_name_in_any_order_and_trimmed()
    {
        var file = LearnerCsv.Parse("Email, Last Name ,first_name\n  Ana@Example.org , Silva , Ana \n");
        Assert.That(file.FileProblem, Is.Null);
        var row = file.Rows.Single();
        Assert.That((row.Line, row.FirstName, row.LastName, row.Email, row.Phone), Is.EqualTo((2, "Ana", "Silva", "ana@example.org", "")));
    }

    [Test]
    public void The_sample_file_reads_without_problems()
    {
        var file = LearnerCsv.Parse(LearnerCsv.Sample);
        Assert.That(file.FileProblem, Is.Null);
        Assert.That(file.Rows, Has.Count.EqualTo(3));
        Assert.That(file.Rows[2].FirstName, Is.EqualTo("Nguyen, Jr."));
        Assert.That(file.Rows.All(r => r.Problem is null), Is.True);
    }

    [Test]
    public void A_missing_required_column_stops_the_file()
    {
        var file = LearnerCsv.Parse("first_name,email\nAna,ana@example.org\n");
        Assert.That(file.FileProblem, Does.Contain("last_name"));
        Assert.That(file.Rows, Is.Empty);
    }

    [Test]
    public void An_unknown_column_stops_the_file_and_names_the_column()
    {
        var file = LearnerCsv.Parse("first_name,last_name,email,birthday\nAna,Silva,ana@example.org,1990-01-01\n");
        Assert.That(file.FileProblem, Does.Contain("\"birthday\""));
    }

    [Test]
    public void A_file_without_learners_is_refused()
    {
        Assert.That(LearnerCsv.Parse("").FileProblem, Does.Contain("empty"));
        Assert.That(LearnerCsv.Parse("first_name,last_name,email\n").FileProblem, Does.Contain("no learners"));
    }

    [Test]
    public void A_row_with_the_wrong_number_of_fields_is_marked()
    {
        var file = LearnerCsv.Parse("first_name,last_name,email\nJr., Ana,Silva,ana@example.org\n");
        Assert.That(file.Rows.Single().Problem, Does.Contain("has 4 fields"));
    }

    [TestCase("ana@example.org", true)]
    [TestCase("ana.silva+work@mail.example.pt", true)]
    [TestCase("ana", false)]
    [TestCase("ana@localhost", false)]
    [TestCase("@example.org", false)]
    [TestCase("ana@@example.org", false)]
    [TestCase("ana silva@example.org", false)]
    [TestCase("ana@example..org", false)]
    public void IsEmail_accepts_only_plausible_addresses(string email, bool expected) =>
        Assert.That(LearnerCsv.IsEmail(email), Is.EqualTo(expected));
}
