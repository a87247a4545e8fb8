using System.Globalization;
using SpreadCheetah;
using SpreadCheetah.Metadata;
using SpreadCheetah.Styling;
using SpreadCheetah.Tables;
using SpreadCheetah.Worksheets;

namespace Bootcamp.Web.Features.Exports;

/// <summary>
/// Renders a <see cref="ProgressReport"/> as an .xlsx, streamed row by row with SpreadCheetah: one Excel table per sheet
/// (its header row frozen, its autofilter on), typed cells with number formats, widths from the data and the document's
/// properties. Not ClosedXML: its 0.95.4 holds about a kilobyte per cell and, on saving, walks every cell of a table's
/// range three times whether it holds a value or not (ClosedXML issue 513), so the lecture grid of a funder's 374
/// cohorts (9,704 learners by 3,475 lectures) had not been written after five minutes and 8 GB.
/// </summary>
public static class ProgressWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string HoursFormat = "0.00";
    public const string RateFormat = "0%";
    public const string DateFormat = "yyyy-mm-dd";

    /// <summary>Excel's text format: what is typed into such a cell stays text, so an edited formula-like name never runs.</summary>
    public const string TextFormat = "@";

    private const int MinWidth = 6;
    private const int MaxWidth = 60;

    public static async Task<byte[]> RenderAsync(ProgressReport report, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream();
        await WriteAsync(stream, report, cancellationToken);
        return stream.ToArray();
    }

    public static async Task WriteAsync(Stream stream, ProgressReport report, CancellationToken cancellationToken)
    {
        // Cell references are optional in SpreadsheetML (ECMA-376 18.3.1.4). Without them an empty cell of the lecture grid
        // is "<c/>", which compresses to next to nothing; with them, the grid of a funder's 374 cohorts made a 99 MB file.
        var options = new SpreadCheetahOptions
        {
            DocumentProperties = new DocumentProperties { Title = $"{report.Title} as of {report.AsOf:yyyy-MM-dd}", Subject = report.Scope, Author = "Bootcamp" },
            WriteCellReferenceAttributes = false,
        };
        await using var spreadsheet = await Spreadsheet.CreateNewAsync(stream, options, cancellationToken);
        var styles = new Styles(
            spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom(HoursFormat) }),
            spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom(RateFormat) }),
            spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom(DateFormat) }),
            spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom(TextFormat) }));
        var index = 0;
        foreach (var sheet in report.Sheets)
            await WriteAsync(spreadsheet, sheet, ++index, styles, cancellationToken);
        await spreadsheet.FinishAsync(cancellationToken);
    }

    /// <summary>
    /// True for text a spreadsheet would read as the start of a formula (OWASP, "CSV injection"): such text is written
    /// as a string cell in the text format, so it shows as typed and never runs, also once edited.
    /// </summary>
    public static bool LooksLikeFormula(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    private sealed record Styles(StyleId Hours, StyleId Rate, StyleId Date, StyleId Text);

    private static async Task WriteAsync(Spreadsheet spreadsheet, ReportSheet sheet, int index, Styles styles, CancellationToken cancellationToken)
    {
        var options = new WorksheetOptions { FrozenRows = 1 };
        var widths = Widths(sheet);
        for (var c = 0; c < widths.Length; c++)
            options.Column(c + 1).Width = Math.Clamp(widths[c] + 2, MinWidth, MaxWidth);
        await spreadsheet.StartWorksheetAsync(sheet.Name, options, cancellationToken);
        spreadsheet.StartTable(new Table(TableStyle.Light9, $"{new string(sheet.Name.Where(char.IsAsciiLetterOrDigit).ToArray())}_{index}"));
        await spreadsheet.AddHeaderRowAsync([.. sheet.Columns.Select(c => c.Header)], null, cancellationToken);
        var cells = new Cell[sheet.Columns.Count];
        foreach (var row in sheet.Rows)
        {
            // A learner of one cohort is marked only at its lectures, a band of a grid as wide as every cohort's: the
            // empty cells after a row's last value are not written at all.
            var used = Array.FindLastIndex(row, v => v is not null) + 1;
            for (var c = 0; c < used; c++)
                cells[c] = Cell(sheet.Columns[c].Kind, row[c], styles);
            await spreadsheet.AddRowAsync(cells.AsMemory(0, used), cancellationToken);
        }
        // A table needs a body row; an empty sheet gets one blank row under its header.
        if (sheet.Rows.Count == 0)
            await spreadsheet.AddRowAsync(new Cell[sheet.Columns.Count], cancellationToken);
        await spreadsheet.FinishTableAsync(cancellationToken);
    }

    /// <summary>Each column's width in characters: its header's or its widest value's, as shown.</summary>
    private static int[] Widths(ReportSheet sheet)
    {
        var widths = sheet.Columns.Select(c => c.Header.Length).ToArray();
        foreach (var row in sheet.Rows)
        {
            for (var c = 0; c < widths.Length; c++)
            {
                if (row[c] is { } value)
                    widths[c] = Math.Max(widths[c], Shown(sheet.Columns[c].Kind, value));
            }
        }
        return widths;
    }

    private static int Shown(ReportKind kind, object value) => value switch
    {
        string text => text.Length,
        int count => count.ToString(CultureInfo.InvariantCulture).Length,
        decimal number => kind == ReportKind.Rate ? 4 : number.ToString("0.00", CultureInfo.InvariantCulture).Length,
        DateOnly => 10,
        _ => throw Unknown(value),
    };

    /// <summary>One value typed by its column: text, a count, hours or a rate with its format, a date; null is an empty cell.</summary>
    private static Cell Cell(ReportKind kind, object? value, Styles styles) => value switch
    {
        null => default,
        string text => LooksLikeFormula(text) ? new Cell(text, styles.Text) : new Cell(text),
        int count => new Cell(count),
        decimal number => new Cell(number, kind == ReportKind.Rate ? styles.Rate : kind == ReportKind.Hours ? styles.Hours : null),
        DateOnly date => new Cell(date.ToDateTime(TimeOnly.MinValue), styles.Date),
        _ => throw Unknown(value),
    };

    private static ArgumentException Unknown(object value) =>
        new($"A report cell holds text, a count, a number or a date, not {value.GetType().Name}.", nameof(value));
}
