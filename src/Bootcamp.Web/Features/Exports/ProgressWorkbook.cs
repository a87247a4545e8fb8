using System.Globalization;
using ClosedXML.Excel;

namespace Bootcamp.Web.Features.Exports;

/// <summary>
/// Renders a <see cref="ProgressReport"/> as an .xlsx with ClosedXML: one Excel table per sheet (its header row frozen,
/// its autofilter on), typed cells with number formats, widths from the data (AdjustToContents needs libgdiplus, see
/// DEPENDENCIES.md) and the document's properties.
/// </summary>
public static class ProgressWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string HoursFormat = "0.00";
    public const string RateFormat = "0%";
    public const string DateFormat = "yyyy-mm-dd";

    private const int MinWidth = 6;
    private const int MaxWidth = 60;

    public static byte[] Render(ProgressReport report)
    {
        using var workbook = new XLWorkbook();
        workbook.Properties.Title = $"{report.Title} as of {report.AsOf:yyyy-MM-dd}";
        workbook.Properties.Subject = report.Scope;
        workbook.Properties.Author = "Bootcamp";
        workbook.Properties.Created = report.MadeAtUtc;
        workbook.Properties.Comments = $"Figures as of the end of {report.AsOf:yyyy-MM-dd} at each centre; made {report.MadeAtUtc:yyyy-MM-dd HH:mm} UTC.";
        var index = 0;
        foreach (var sheet in report.Sheets)
            Write(workbook.Worksheets.Add(sheet.Name), sheet, ++index);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>
    /// True for text a spreadsheet would read as the start of a formula (OWASP, "CSV injection"): such text is written
    /// as a string cell with a quote prefix, so it shows as typed and never runs.
    /// </summary>
    public static bool LooksLikeFormula(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    private static void Write(IXLWorksheet ws, ReportSheet sheet, int index)
    {
        var widths = new int[sheet.Columns.Count];
        for (var c = 0; c < sheet.Columns.Count; c++)
        {
            SetText(ws.Cell(1, c + 1), sheet.Columns[c].Header);
            widths[c] = sheet.Columns[c].Header.Length;
        }
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            var row = sheet.Rows[r];
            for (var c = 0; c < sheet.Columns.Count; c++)
            {
                var shown = Set(ws.Cell(r + 2, c + 1), sheet.Columns[c].Kind, row[c]);
                widths[c] = Math.Max(widths[c], shown);
            }
        }
        // A table needs a body row; an empty sheet gets one blank row under its header.
        var lastRow = Math.Max(sheet.Rows.Count, 1) + 1;
        var table = ws.Range(1, 1, lastRow, sheet.Columns.Count).CreateTable($"T{index}_{new string(sheet.Name.Where(char.IsAsciiLetterOrDigit).ToArray())}");
        table.ShowAutoFilter = true;
        table.Theme = XLTableTheme.TableStyleLight9;
        for (var c = 0; c < sheet.Columns.Count; c++)
        {
            var column = ws.Column(c + 1);
            column.Width = Math.Clamp(widths[c] + 2, MinWidth, MaxWidth);
            var format = sheet.Columns[c].Kind switch
            {
                ReportKind.Hours => HoursFormat,
                ReportKind.Rate => RateFormat,
                ReportKind.Date => DateFormat,
                _ => null,
            };
            if (format is not null)
                ws.Range(2, c + 1, lastRow, c + 1).Style.NumberFormat.Format = format;
        }
        ws.SheetView.FreezeRows(1);
    }

    /// <summary>Writes one value typed by its column and returns how many characters it shows, for the column's width.</summary>
    private static int Set(IXLCell cell, ReportKind kind, object? value)
    {
        switch (value)
        {
            case null:
                return 0;
            case string text:
                SetText(cell, text);
                return text.Length;
            case int count:
                cell.SetValue(count);
                return count.ToString(CultureInfo.InvariantCulture).Length;
            case decimal number:
                cell.SetValue(number);
                return kind == ReportKind.Rate ? 4 : number.ToString("0.00", CultureInfo.InvariantCulture).Length;
            case DateOnly date:
                cell.SetValue(date.ToDateTime(TimeOnly.MinValue));
                return 10;
            default:
                throw new ArgumentException($"A report cell holds text, a count, a number or a date, not {value.GetType().Name}.", nameof(value));
        }
    }

    private static void SetText(IXLCell cell, string text)
    {
        cell.SetValue(text);
        cell.DataType = XLDataType.Text;
        if (LooksLikeFormula(text))
            cell.Style.IncludeQuotePrefix = true;
    }
}
