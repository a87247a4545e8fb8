using System.Collections;

namespace Bootcamp.Web.Features.Exports;

/// <summary>How a column's values are typed and shown: hours as a number with two decimals, rates as 0 to 1 shown as a percentage.</summary>
public enum ReportKind { Text, Count, Hours, Rate, Date }

public sealed record ReportColumn(string Header, ReportKind Kind, bool InPdf = true);

/// <summary>
/// One sheet of the report as plain values: <see cref="string"/> for text, <see cref="int"/> for counts,
/// <see cref="decimal"/> for hours and rates, <see cref="DateOnly"/> for dates, null for an empty cell.
/// </summary>
public sealed record ReportSheet(string Name, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<object?[]> Rows);

/// <summary>
/// Rows made from their items each time they are read, for a sheet whose rows are wide and mostly empty: only the items
/// are kept, and a renderer that writes row by row holds one row at a time.
/// </summary>
public sealed class MadeRows<T>(IReadOnlyList<T> items, Func<T, object?[]> make) : IReadOnlyList<object?[]>
{
    public object?[] this[int index] => make(items[index]);

    public int Count => items.Count;

    public IEnumerator<object?[]> GetEnumerator() => items.Select(make).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>
/// The progress report as the workbook and the PDF print it: what it is for (the date, the scope) and its sheets. A
/// renderer turns it into bytes without a database.
/// </summary>
public sealed record ProgressReport(string Title, DateOnly AsOf, string Scope, DateTime MadeAtUtc, IReadOnlyList<ReportSheet> Sheets)
{
    public ReportSheet this[string name] => Sheets.Single(s => s.Name == name);

    public string FileName(string extension)
    {
        var what = Sheets[0].Rows.Count == 1 && Sheets[0].Rows[0][0] is string code
            ? new string(code.Where(c => char.IsAsciiLetterOrDigit(c) || c == '-').ToArray())
            : "cohorts";
        return $"progress-{what}-{AsOf:yyyy-MM-dd}.{extension}";
    }
}
