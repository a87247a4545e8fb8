using System.Text;

namespace Bootcamp.Web.Infrastructure.Csv;

/// <summary>One record of a CSV file and the line it starts on (a quoted field may span lines).</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);

/// <summary>The records of a CSV file, or why it could not be read.</summary>
public sealed record CsvReadResult(IReadOnlyList<CsvRecord> Records, string? Error);

/// <summary>
/// Reads comma-separated text as RFC 4180 describes it: fields in double quotes may hold commas, line breaks and
/// doubled quotes; records end at CRLF, LF or CR. A leading byte order mark and blank lines are ignored.
/// </summary>
public static class CsvText
{
    public static CsvReadResult Read(string text)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var i = text.StartsWith('\uFEFF') ? 1 : 0;
        while (i <= text.Length)
        {
            if (i < text.Length && text[i] == '"' && field.Length == 0)
            {
                var quoteLine = line;
                i++;
                while (true)
                {
                    if (i >= text.Length)
                        return new CsvReadResult(records, $"Line {quoteLine}: a quoted field is not closed.");
                    var c = text[i];
                    if (c == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                        line++;
                    field.Append(c);
                    i++;
                }
                if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    return new CsvReadResult(records, $"Line {line}: after a closing quote a comma or a line break must follow.");
                continue;
            }
            if (i == text.Length || text[i] is '\r' or '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                if (fields.Count > 1 || fields[0].Trim().Length > 0)
                    records.Add(new CsvRecord(recordLine, fields.ToArray()));
                fields.Clear();
                if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    i++;
                i++;
                line++;
                recordLine = line;
                continue;
            }
            if (text[i] == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                i++;
                continue;
            }
            if (text[i] == '"')
                return new CsvReadResult(records, $"Line {line}: a quote inside an unquoted field; put the whole field in quotes and double the quote.");
            field.Append(text[i]);
            i++;
        }
        return new CsvReadResult(records, null);
    }

    /// <summary>
    /// A field of free text (a name, a description) for a file a spreadsheet may open: quoted when needed, and with a
    /// leading apostrophe when it starts with =, +, -, @, a tab or a carriage return, so that the spreadsheet shows it
    /// as text and never runs it as a formula (OWASP, "CSV Injection").
    /// </summary>
    public static string Text(string value) =>
        Field(value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value);

    /// <summary>Quotes a field when it needs it, doubling quotes inside.</summary>
    public static string Field(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 || value != value.Trim()
            ? "\"" + value.Replace("\"", "\"\"") + "\""
            : value;
}
