using System.Globalization;
using System.Text;
using Bootcamp.Web.Infrastructure.Csv;
using SpreadCheetah;
using SpreadCheetah.Metadata;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace Bootcamp.Web.Features.Exports;

/// <summary>The rows of a raw export and the names they refer to, as the query streams them.</summary>
public sealed record RawExportRows(RawExportNames Names, IAsyncEnumerable<RawExerciseRow> Exercise, IAsyncEnumerable<RawAttendanceRow> Attendance);

/// <summary>
/// Writes a raw export to a stream as it is read, one row at a time: CSV (one table, a column says which kind of row)
/// or a plain workbook through SpreadCheetah's streaming writer (a sheet per kind; ClosedXML would hold every cell
/// of a few million rows in memory). <paramref name="rowsWritten"/> hears the running count every
/// <see cref="ReportEvery"/> rows.
/// </summary>
public static class RawExportFile
{
    public const int ReportEvery = 10_000;

    /// <summary>A sheet holds 1,048,576 rows; past that a kind of row goes on in a second sheet of the same columns.</summary>
    public const int MaxRowsPerSheet = 1_048_575;

    public static readonly IReadOnlyList<string> CsvHeader =
        ["Record", "Id", "Cohort", "Learner id", "Learner", "Date", "Time", "Module", "Minutes", "Exercise kind", "Description", "Attendance"];

    public static readonly IReadOnlyList<string> ExerciseHeader = ["Id", "Cohort", "Learner id", "Learner", "Date", "Module", "Minutes", "Kind", "Description"];

    public static readonly IReadOnlyList<string> AttendanceHeader = ["Id", "Cohort", "Learner id", "Learner", "Date", "Time", "Module", "Attendance"];

    public const string ExerciseSheet = "Exercise log";
    public const string AttendanceSheet = "Attendance";

    public static async Task<long> WriteCsvAsync(Stream stream, RawExportRows rows, Func<long, Task> rowsWritten, CancellationToken cancellationToken)
    {
        // A byte order mark, so that a spreadsheet opening the file reads it as UTF-8.
        await using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true);
        await writer.WriteLineAsync(string.Join(',', CsvHeader));
        var written = 0L;
        await foreach (var e in rows.Exercise.WithCancellation(cancellationToken))
        {
            var cohort = rows.Names.Cohorts[e.CohortId];
            await writer.WriteLineAsync(Line(["Exercise", Number(e.Id), CsvText.Text(cohort.Code), Number(e.LearnerId), CsvText.Text(e.Learner),
                Day(e.Date), "", CsvText.Text(Module(rows.Names, e.ModuleId)), Number(e.Minutes), e.Kind.ToString(), CsvText.Text(e.Description), ""]));
            if (++written % ReportEvery == 0)
                await rowsWritten(written);
        }
        await foreach (var a in rows.Attendance.WithCancellation(cancellationToken))
        {
            var cohort = rows.Names.Cohorts[a.CohortId];
            var local = TimeZoneInfo.ConvertTimeFromUtc(a.StartUtc, cohort.Zone);
            await writer.WriteLineAsync(Line(["Attendance", Number(a.Id), CsvText.Text(cohort.Code), Number(a.LearnerId), CsvText.Text(a.Learner),
                Day(DateOnly.FromDateTime(local)), local.ToString("HH:mm", CultureInfo.InvariantCulture), CsvText.Text(Module(rows.Names, a.ModuleId)),
                "", "", "", a.Status.ToString()]));
            if (++written % ReportEvery == 0)
                await rowsWritten(written);
        }
        await writer.FlushAsync(cancellationToken);
        return written;
    }

    public static async Task<long> WriteWorkbookAsync(Stream stream, RawExportRows rows, string title, Func<long, Task> rowsWritten, CancellationToken cancellationToken)
    {
        // Cell references are optional in SpreadsheetML, but some readers want them.
        var options = new SpreadCheetahOptions
        {
            DocumentProperties = new DocumentProperties { Title = title, Author = "Bootcamp" },
            WriteCellReferenceAttributes = true,
        };
        await using var sheet = await Spreadsheet.CreateNewAsync(stream, options, cancellationToken);
        var bold = sheet.AddStyle(new Style { Font = { Bold = true } });
        var date = sheet.AddStyle(new Style { Format = NumberFormat.Custom("yyyy-mm-dd") });
        var written = 0L;

        var exerciseRow = new Cell[ExerciseHeader.Count];
        var inSheet = MaxRowsPerSheet;
        var sheets = 0;
        await foreach (var e in rows.Exercise.WithCancellation(cancellationToken))
        {
            if (inSheet == MaxRowsPerSheet)
            {
                await StartSheetAsync(sheet, ++sheets == 1 ? ExerciseSheet : $"{ExerciseSheet} {sheets}", ExerciseHeader, [8, 14, 10, 28, 12, 36, 9, 8, 48], bold, cancellationToken);
                inSheet = 0;
            }
            exerciseRow[0] = new Cell(e.Id);
            exerciseRow[1] = new Cell(rows.Names.Cohorts[e.CohortId].Code);
            exerciseRow[2] = new Cell(e.LearnerId);
            exerciseRow[3] = new Cell(e.Learner);
            exerciseRow[4] = new Cell(e.Date.ToDateTime(TimeOnly.MinValue), date);
            exerciseRow[5] = new Cell(Module(rows.Names, e.ModuleId));
            exerciseRow[6] = new Cell(e.Minutes);
            exerciseRow[7] = new Cell(e.Kind.ToString());
            exerciseRow[8] = new Cell(e.Description);
            await sheet.AddRowAsync(exerciseRow, cancellationToken);
            inSheet++;
            if (++written % ReportEvery == 0)
                await rowsWritten(written);
        }
        if (sheets == 0)
            await StartSheetAsync(sheet, ExerciseSheet, ExerciseHeader, [8, 14, 10, 28, 12, 36, 9, 8, 48], bold, cancellationToken);

        var attendanceRow = new Cell[AttendanceHeader.Count];
        inSheet = MaxRowsPerSheet;
        sheets = 0;
        await foreach (var a in rows.Attendance.WithCancellation(cancellationToken))
        {
            if (inSheet == MaxRowsPerSheet)
            {
                await StartSheetAsync(sheet, ++sheets == 1 ? AttendanceSheet : $"{AttendanceSheet} {sheets}", AttendanceHeader, [8, 14, 10, 28, 12, 7, 36, 11], bold, cancellationToken);
                inSheet = 0;
            }
            var cohort = rows.Names.Cohorts[a.CohortId];
            var local = TimeZoneInfo.ConvertTimeFromUtc(a.StartUtc, cohort.Zone);
            attendanceRow[0] = new Cell(a.Id);
            attendanceRow[1] = new Cell(cohort.Code);
            attendanceRow[2] = new Cell(a.LearnerId);
            attendanceRow[3] = new Cell(a.Learner);
            attendanceRow[4] = new Cell(local.Date, date);
            attendanceRow[5] = new Cell(local.ToString("HH:mm", CultureInfo.InvariantCulture));
            attendanceRow[6] = new Cell(Module(rows.Names, a.ModuleId));
            attendanceRow[7] = new Cell(a.Status.ToString());
            await sheet.AddRowAsync(attendanceRow, cancellationToken);
            inSheet++;
            if (++written % ReportEvery == 0)
                await rowsWritten(written);
        }
        if (sheets == 0)
            await StartSheetAsync(sheet, AttendanceSheet, AttendanceHeader, [8, 14, 10, 28, 12, 7, 36, 11], bold, cancellationToken);
        await sheet.FinishAsync(cancellationToken);
        return written;
    }

    private static async Task StartSheetAsync(Spreadsheet sheet, string name, IReadOnlyList<string> header, int[] widths, StyleId bold, CancellationToken cancellationToken)
    {
        var options = new WorksheetOptions { FrozenRows = 1 };
        for (var i = 0; i < widths.Length; i++)
            options.Column(i + 1).Width = widths[i];
        await sheet.StartWorksheetAsync(name, options, cancellationToken);
        await sheet.AddHeaderRowAsync([.. header], bold, cancellationToken);
    }

    private static string Line(string[] fields) => string.Join(',', fields);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Module(RawExportNames names, int moduleId) => names.Modules.GetValueOrDefault(moduleId, "");
}
