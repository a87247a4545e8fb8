using System.Text;
using Bootcamp.Domain.Logging;
using Bootcamp.Web.Features.Exports;
using Bootcamp.Web.Infrastructure.Csv;
using ClosedXML.Excel;

namespace Bootcamp.UnitTests.Exports;

public sealed class RawExportFileTests
{
    private static readonly TimeZoneInfo Lisbon = TimeZoneInfo.FindSystemTimeZoneById("Europe/Lisbon");

    private static RawExportRows Rows(string learner, string description) => new(
        new RawExportNames(new Dictionary<int, RawCohort> { [7] = new("LIS-QAA-03", Lisbon) }, new Dictionary<int, string> { [3] = "Testing, basics" },
            new Dictionary<int, string> { [40] = learner }),
        Stream(new RawExerciseRow(11, 7, 40, learner, 3, new DateOnly(2026, 6, 1), 90, ExerciseKind.Group, description)),
        Stream(new RawAttendanceRow(12, 7, 40, learner, 3, new DateTime(2026, 6, 2, 8, 30, 0, DateTimeKind.Utc), AttendanceStatus.Excused)));

    private static async IAsyncEnumerable<T> Stream<T>(params T[] rows)
    {
        foreach (var row in rows)
        {
            await Task.Yield();
            yield return row;
        }
    }

    [Test]
    public async Task The_csv_has_one_line_per_row_with_the_centres_day_and_time_of_a_lecture()
    {
        using var stream = new MemoryStream();

        var written = await RawExportFile.WriteCsvAsync(stream, Rows("Ana Costa", "Pairing on \"login\", part 2"), _ => Task.CompletedTask, CancellationToken.None);

        var records = CsvText.Read(Encoding.UTF8.GetString(stream.ToArray())).Records;
        Assert.That(written, Is.EqualTo(2));
        Assert.That(records.Select(r => r.Fields), Is.EqualTo(new[]
        {
            RawExportFile.CsvHeader.ToArray(),
            ["Exercise", "11", "LIS-QAA-03", "40", "Ana Costa", "2026-06-01", "", "Testing, basics", "90", "Group", "Pairing on \"login\", part 2", ""],
            ["Attendance", "12", "LIS-QAA-03", "40", "Ana Costa", "2026-06-02", "09:30", "Testing, basics", "", "", "", "Excused"],
        }));
    }

    [TestCase("=1+2", "'=1+2")]
    [TestCase("+351 21", "'+351 21")]
    [TestCase("-2", "'-2")]
    [TestCase("@SUM(A1)", "'@SUM(A1)")]
    [TestCase("Ana", "Ana")]
    public async Task Text_that_a_spreadsheet_would_run_as_a_formula_gets_an_apostrophe_in_the_csv(string name, string written)
    {
        using var stream = new MemoryStream();

        await RawExportFile.WriteCsvAsync(stream, Rows(name, name), _ => Task.CompletedTask, CancellationToken.None);

        var row = CsvText.Read(Encoding.UTF8.GetString(stream.ToArray())).Records[1].Fields;
        Assert.That(new[] { row[4], row[10] }, Is.EqualTo(new[] { written, written }));
    }

    [Test]
    public async Task The_workbook_has_a_sheet_per_kind_with_dates_numbers_and_formula_looking_text_kept_as_text()
    {
        using var stream = new MemoryStream();

        await RawExportFile.WriteWorkbookAsync(stream, Rows("=HYPERLINK(\"x\")", "notes"), "Raw data", _ => Task.CompletedTask, CancellationToken.None);

        using var workbook = new XLWorkbook(new MemoryStream(stream.ToArray()));
        var logs = workbook.Worksheet(RawExportFile.ExerciseSheet);
        var marks = workbook.Worksheet(RawExportFile.AttendanceSheet);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(workbook.Properties.Title, Is.EqualTo("Raw data"));
            Assert.That(logs.Cell(2, 4).HasFormula, Is.False);
            Assert.That(logs.Cell(2, 4).GetString(), Is.EqualTo("=HYPERLINK(\"x\")"));
            Assert.That(logs.Cell(2, 5).GetDateTime(), Is.EqualTo(new DateTime(2026, 6, 1)));
            Assert.That(logs.Cell(2, 7).GetValue<int>(), Is.EqualTo(90));
            Assert.That(marks.Cell(2, 5).GetDateTime(), Is.EqualTo(new DateTime(2026, 6, 2)));
            Assert.That(marks.Cell(2, 6).GetString(), Is.EqualTo("09:30"));
            Assert.That(marks.Cell(2, 8).GetString(), Is.EqualTo("Excused"));
        }
    }
}
