using Bootcamp.Web.Features.Exports;
using ClosedXML.Excel;

namespace Bootcamp.UnitTests.Exports;

public sealed class ProgressWorkbookTests
{
    private static ProgressReport Report(params object?[][] rows) => new("Progress report", new(2026, 6, 3), "test", new(2026, 6, 4, 8, 0, 0, DateTimeKind.Utc),
        [new ReportSheet("Learners", [new("Learner", ReportKind.Text), new("Hours", ReportKind.Hours), new("Rate", ReportKind.Rate), new("On", ReportKind.Date)], rows)]);

    [TestCase("=1+1")]
    [TestCase("+1")]
    [TestCase("-1")]
    [TestCase("@SUM(A1)")]
    [TestCase("\t=1")]
    [TestCase("\r=1")]
    public void Text_that_starts_like_a_formula_is_written_as_text(string text)
    {
        var file = ProgressWorkbook.Render(Report([text, 1.5m, 0.5m, new DateOnly(2026, 6, 1)]));

        using var workbook = new XLWorkbook(new MemoryStream(file));
        var cell = workbook.Worksheet("Learners").Cell(2, 1);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(cell.HasFormula, Is.False);
            Assert.That(cell.DataType, Is.EqualTo(XLDataType.Text));
            // XML reads a raw carriage return back as a line feed; what follows it is the text as typed.
            Assert.That(cell.GetString(), Is.EqualTo(text.Replace('\r', '\n')));
            Assert.That(cell.Style.IncludeQuotePrefix, Is.True);
        }
    }

    [Test]
    public void Values_keep_their_types_and_formats()
    {
        var file = ProgressWorkbook.Render(Report(["Ana", 12.25m, 0.8m, new DateOnly(2026, 6, 1)]));

        using var workbook = new XLWorkbook(new MemoryStream(file));
        var row = workbook.Worksheet("Learners").Row(2);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(row.Cell(2).GetValue<decimal>(), Is.EqualTo(12.25m));
            Assert.That(row.Cell(2).Style.NumberFormat.Format, Is.EqualTo("0.00"));
            Assert.That(row.Cell(3).Style.NumberFormat.Format, Is.EqualTo("0%"));
            Assert.That(row.Cell(4).GetDateTime(), Is.EqualTo(new DateTime(2026, 6, 1)));
        }
    }

    [Test]
    public void An_empty_sheet_still_has_its_table()
    {
        var file = ProgressWorkbook.Render(Report());

        using var workbook = new XLWorkbook(new MemoryStream(file));
        Assert.That(workbook.Worksheet("Learners").Tables.Count(), Is.EqualTo(1));
    }
}
