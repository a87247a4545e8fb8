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
    public async Task Text_that_starts_like_a_formula_is_written_as_text(string text)
    {
        var file = await ProgressWorkbook.RenderAsync(Report([text, 1.5m, 0.5m, new DateOnly(2026, 6, 1)]), CancellationToken.None);

        using var workbook = new XLWorkbook(new MemoryStream(file));
        var cell = workbook.Worksheet("Learners").Cell(2, 1);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(cell.HasFormula, Is.False);
            Assert.That(cell.DataType, Is.EqualTo(XLDataType.Text));
            // XML reads a raw carriage return back as a line feed; what follows it is the text as typed.
            Assert.That(cell.GetString(), Is.EqualTo(text.Replace('\r', '\n')));
            Assert.That(cell.Style.NumberFormat.Format, Is.EqualTo(ProgressWorkbook.TextFormat), "typed into again, it stays text");
        }
    }

    [Test]
    public async Task Values_keep_their_types_and_formats()
    {
        var file = await ProgressWorkbook.RenderAsync(Report(["Ana", 12.25m, 0.8m, new DateOnly(2026, 6, 1)]), CancellationToken.None);

        using var workbook = new XLWorkbook(new MemoryStream(file));
        var row = workbook.Worksheet("Learners").Row(2);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(row.Cell(1).Style.NumberFormat.Format, Is.Not.EqualTo(ProgressWorkbook.TextFormat), "a plain name keeps the general format");
            Assert.That(row.Cell(2).GetValue<decimal>(), Is.EqualTo(12.25m));
            Assert.That(row.Cell(2).Style.NumberFormat.Format, Is.EqualTo("0.00"));
            Assert.That(row.Cell(3).Style.NumberFormat.Format, Is.EqualTo("0%"));
            Assert.That(row.Cell(4).GetDateTime(), Is.EqualTo(new DateTime(2026, 6, 1)));
        }
    }

    [Test]
    public async Task An_empty_sheet_still_has_its_table()
    {
        var file = await ProgressWorkbook.RenderAsync(Report(), CancellationToken.None);

        using var workbook = new XLWorkbook(new MemoryStream(file));
        Assert.That(workbook.Worksheet("Learners").Tables.Count(), Is.EqualTo(1));
    }

    /// <summary>
    /// A report over many cohorts has a lecture grid as wide as all their lectures, each learner marked at their own
    /// cohort's only. Writing it costs memory for the marks, not for the empty width: ClosedXML kept an object for every
    /// cell of a table's range, 33.7 million at a funder's 374 cohorts, and had not finished after 8 GB.
    /// </summary>
    [Test]
    public async Task A_wide_sparse_grid_takes_memory_for_its_marks_not_for_its_empty_cells()
    {
        var (report, marks) = Grid(learners: 1_000, lectures: 3_000);
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var file = await ProgressWorkbook.RenderAsync(report, CancellationToken.None);

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.That(allocated, Is.LessThan(64L << 20), $"{allocated >> 20} MB allocated for {marks.Count:N0} marks in a grid of 3 million cells; the file is {file.Length >> 10} KB");
    }

    [Test]
    public async Task Each_mark_of_a_sparse_grid_is_in_its_learners_row_under_its_lecture()
    {
        var (report, marks) = Grid(learners: 40, lectures: 300);

        var file = await ProgressWorkbook.RenderAsync(report, CancellationToken.None);

        using var workbook = new XLWorkbook(new MemoryStream(file));
        var sheet = workbook.Worksheet("Attendance");
        Assert.That(sheet.CellsUsed().Where(c => c.Address.RowNumber > 1 && c.Address.ColumnNumber > 1).Select(c => (c.Address.RowNumber, c.Address.ColumnNumber, c.GetString())),
            Is.EquivalentTo(marks.Select(m => (m.Row, m.Column, "P"))));
        Assert.That(sheet.Tables.Single().RangeAddress.LastAddress.ColumnNumber, Is.EqualTo(301), "the table spans the whole grid");
    }

    /// <summary>A grid of learners by lectures where each learner is marked at one lecture, further right row by row.</summary>
    private static (ProgressReport Report, List<(int Row, int Column)> Marks) Grid(int learners, int lectures)
    {
        ReportColumn[] columns = [new("Learner", ReportKind.Text), .. Enumerable.Range(1, lectures).Select(l => new ReportColumn($"Lecture {l}", ReportKind.Text))];
        var marks = new List<(int Row, int Column)>();
        var rows = Enumerable.Range(0, learners).Select(r =>
        {
            var row = new object?[columns.Length];
            row[0] = $"Learner {r}";
            var lecture = r * lectures / learners;
            row[1 + lecture] = "P";
            marks.Add((r + 2, 2 + lecture));
            return row;
        }).ToList();
        return (new ProgressReport("Progress report", new(2026, 6, 3), "test", new(2026, 6, 4, 8, 0, 0, DateTimeKind.Utc), [new ReportSheet("Attendance", columns, rows)]), marks);
    }
}
