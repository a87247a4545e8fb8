using Bootcamp.Web.Infrastructure.Csv;
using System.Text;
using System.Text.Json;

namespace Bootcamp.Web.Data.SeedData;

/// <summary>Reads the files of seed-data/: JSON objects and CSV rows as <see cref="SeedRecord"/>s that know their lines.</summary>
public static class SeedFiles
{
    /// <summary>The root object of a JSON file.</summary>
    public static SeedJson Json(string folder, string name)
    {
        var bytes = ReadAll(folder, name);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new SeedDataException(name, (int)(ex.LineNumber ?? 0) + 1, "(syntax)", "the file is not valid JSON: " + ex.Message);
        }
        if (document.RootElement.ValueKind != JsonValueKind.Object)
            throw new SeedDataException(name, 1, "(root)", "the file must hold one JSON object.");
        return new SeedJson(name, document.RootElement, "", JsonLines.Map(bytes));
    }

    /// <summary>The rows of a CSV file with a header line; blank lines are skipped.</summary>
    public static IReadOnlyList<SeedCsvRow> Csv(string folder, string name, params string[] columns)
    {
        var read = CsvText.Read(Encoding.UTF8.GetString(ReadAll(folder, name)));
        if (read.Error is not null)
            throw new SeedDataException(name, 1, "(syntax)", read.Error);
        var records = read.Records;
        if (records.Count == 0)
            throw new SeedDataException(name, 1, "(header)", "the file is empty; the first line must name the columns.");
        var header = records[0].Fields.Select(f => f.Trim()).ToList();
        foreach (var column in columns.Where(c => !header.Contains(c)))
            throw new SeedDataException(name, 1, column, $"the column is missing from the header line ({string.Join(",", columns)}).");
        foreach (var column in header.Where(c => !columns.Contains(c)))
            throw new SeedDataException(name, 1, column, $"unknown column; expected {string.Join(",", columns)}.");
        var rows = new List<SeedCsvRow>();
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Count != header.Count)
                throw new SeedDataException(name, record.Line, "(row)", $"the row has {record.Fields.Count} fields, the header has {header.Count}.");
            rows.Add(new SeedCsvRow(name, record.Line, header, record.Fields));
        }
        return rows;
    }

    private static byte[] ReadAll(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        if (!System.IO.File.Exists(path))
            throw new SeedDataException(name, 0, "(file)", $"the file is missing from {folder}.");
        return System.IO.File.ReadAllBytes(path);
    }
}

/// <summary>A JSON object of a seed file.</summary>
public sealed class SeedJson(string file, JsonElement element, string path, IReadOnlyDictionary<string, int> lines)
    : SeedRecord(file, lines.GetValueOrDefault(path, 1))
{
    protected override IEnumerable<string> FieldNames => element.EnumerateObject().Select(p => p.Name);

    public override int LineOf(string field) => lines.GetValueOrDefault(Child(field), Line);

    protected override string? Raw(string field)
    {
        if (!element.TryGetProperty(field, out var value))
            return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Null => null,
            _ => throw Fail(field, "expected a single value, not a list or an object."),
        };
    }

    public SeedJson Object(string field) =>
        element.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.Object
            ? new SeedJson(File, value, Child(field), lines)
            : throw Fail(field, "an object { ... } is required.");

    /// <summary>The object of a field, or null when the field is absent.</summary>
    public SeedJson? OptionalObject(string field) =>
        element.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null ? Object(field) : null;

    /// <summary>The objects of a list field; an absent field is an empty list only when <paramref name="required"/> is false.</summary>
    public IReadOnlyList<SeedJson> Objects(string field, bool required = true)
    {
        var items = Array(field, required);
        return [.. items.Select((item, i) => item.ValueKind == JsonValueKind.Object
            ? new SeedJson(File, item, $"{Child(field)}[{i}]", lines)
            : throw Fail($"{field}[{i}]", "each item must be an object { ... }."))];
    }

    /// <summary>The texts of a list field, each with the name to report it by (for example "pattern[2]").</summary>
    public IReadOnlyList<(string Value, string Field)> Texts(string field, bool required = true)
    {
        var items = Array(field, required);
        return [.. items.Select((item, i) => item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString())
            ? (item.GetString()!.Trim(), $"{field}[{i}]")
            : throw Fail($"{field}[{i}]", "each item must be a non-empty text in quotes."))];
    }

    private List<JsonElement> Array(string field, bool required)
    {
        if (!element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
            return required ? throw Fail(field, "a list [ ... ] is required.") : [];
        return value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray()] : throw Fail(field, "a list [ ... ] is required.");
    }

    private string Child(string field) => path.Length == 0 ? field : $"{path}.{field}";
}

/// <summary>A data row of a CSV seed file.</summary>
public sealed class SeedCsvRow(string file, int line, List<string> header, IReadOnlyList<string> fields) : SeedRecord(file, line)
{
    protected override IEnumerable<string> FieldNames => header;

    public override int LineOf(string field) => Line;

    protected override string? Raw(string field)
    {
        var index = header.IndexOf(field);
        return index < 0 ? null : fields[index];
    }
}

/// <summary>The line of every property and list item of a JSON text, by path ("cohorts[2].pattern[0]").</summary>
internal static class JsonLines
{
    public static IReadOnlyDictionary<string, int> Map(byte[] bytes)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var frames = new Stack<Frame>();
        var line = 1;
        long counted = 0;
        while (reader.Read())
        {
            for (; counted < reader.TokenStartIndex; counted++)
            {
                if (bytes[counted] == (byte)'\n')
                    line++;
            }
            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                frames.Pop();
                continue;
            }
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                var frame = frames.Peek();
                frame.Current = frame.Path.Length == 0 ? reader.GetString()! : $"{frame.Path}.{reader.GetString()}";
                lines[frame.Current] = line;
                continue;
            }
            var path = "";
            if (frames.TryPeek(out var parent))
            {
                if (parent.IsArray)
                {
                    parent.Index++;
                    parent.Current = $"{parent.Path}[{parent.Index}]";
                    lines[parent.Current] = line;
                }
                path = parent.Current;
            }
            else
            {
                lines[""] = line;
            }
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                frames.Push(new Frame(path, reader.TokenType == JsonTokenType.StartArray));
        }
        return lines;
    }

    private sealed class Frame(string path, bool isArray)
    {
        public string Path { get; } = path;
        public bool IsArray { get; } = isArray;
        public int Index { get; set; } = -1;
        public string Current { get; set; } = path;
    }
}
