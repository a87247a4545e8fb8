using Bootcamp.Web.Infrastructure.Csv;

namespace Bootcamp.Web.Features.Enrolments;

/// <summary>One learner row of an import file, as written (trimmed), with the line it starts on.</summary>
public sealed record LearnerRow(int Line, string FirstName, string LastName, string Email, string Phone, string? Problem);

/// <summary>The learner rows of a file, or the one reason the whole file cannot be used.</summary>
public sealed record LearnerCsvFile(IReadOnlyList<LearnerRow> Rows, string? FileProblem);

/// <summary>The import file format: a header row naming the columns, then one learner per row.</summary>
public static class LearnerCsv
{
    public const int MaxRows = 500;

    public static IReadOnlyList<(string Name, bool Required, string Meaning)> Columns { get; } =
    [
        ("first_name", true, "Given name, as the learner writes it."),
        ("last_name", true, "Family name."),
        ("email", true, "The learner's own e-mail address; it identifies the learner across cohorts."),
        ("phone", false, "Optional phone number, any format."),
    ];

    public static string Sample { get; } =
        "first_name,last_name,email,phone\r\n"
        + "Lena,Fischer,lena.fischer@example.org,+49 30 1234567\r\n"
        + "Tomás,Ribeiro,tomas.ribeiro@example.org,\r\n"
        + "\"Nguyen, Jr.\",Minh,minh.nguyen@example.org,\"+1 (416) 555-0100\"\r\n";

    public static LearnerCsvFile Parse(string text)
    {
        var read = CsvText.Read(text);
        if (read.Error is not null)
            return new LearnerCsvFile([], read.Error);
        if (read.Records.Count == 0)
            return new LearnerCsvFile([], "The file is empty: it needs a header row and at least one learner.");
        var header = read.Records[0].Fields.Select(Normalise).ToList();
        var unknown = header.Where(h => Columns.All(c => Normalise(c.Name) != h)).ToList();
        if (unknown.Count > 0)
            return new LearnerCsvFile([], $"Line 1: unknown column \"{read.Records[0].Fields[header.IndexOf(unknown[0])].Trim()}\". {ExpectedColumns()}");
        var missing = Columns.Where(c => c.Required && !header.Contains(Normalise(c.Name))).Select(c => c.Name).ToList();
        if (missing.Count > 0)
            return new LearnerCsvFile([], $"Line 1: the header has no {string.Join(", ", missing)} column. {ExpectedColumns()}");
        var repeated = header.GroupBy(h => h).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
            return new LearnerCsvFile([], $"Line 1: the column {repeated.Key} appears twice.");
        if (read.Records.Count == 1)
            return new LearnerCsvFile([], "The file has a header row but no learners.");
        if (read.Records.Count - 1 > MaxRows)
            return new LearnerCsvFile([], $"The file has {read.Records.Count - 1} learners; import at most {MaxRows} at a time.");

        string Value(CsvRecord record, string column)
        {
            var index = header.IndexOf(Normalise(column));
            return index >= 0 && index < record.Fields.Count ? record.Fields[index].Trim() : "";
        }

        var rows = read.Records.Skip(1)
            .Select(r => new LearnerRow(
                r.Line, Value(r, "first_name"), Value(r, "last_name"), Value(r, "email").ToLowerInvariant(), Value(r, "phone"),
                r.Fields.Count == header.Count ? null : $"has {r.Fields.Count} fields, the header has {header.Count}; put a field that holds a comma in double quotes"))
            .ToList();
        return new LearnerCsvFile(rows, null);
    }

    /// <summary>A deliberately plain check: one @, something before it, a dotted domain after it, no spaces.</summary>
    public static bool IsEmail(string email)
    {
        var at = email.IndexOf('@');
        if (at <= 0 || at != email.LastIndexOf('@') || email.Length > 254 || email.Any(char.IsWhiteSpace))
            return false;
        var domain = email[(at + 1)..];
        return domain.Contains('.') && !domain.StartsWith('.') && !domain.EndsWith('.') && !domain.Contains("..");
    }

    private static string ExpectedColumns() =>
        $"The columns are {string.Join(", ", Columns.Select(c => c.Name))} ({string.Join(", ", Columns.Where(c => !c.Required).Select(c => c.Name))} optional).";

    private static string Normalise(string header) =>
        new string(header.Trim().ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray()) switch
        {
            "firstname" or "givenname" => "firstname",
            "lastname" or "surname" or "familyname" => "lastname",
            "email" or "emailaddress" or "mail" => "email",
            "phone" or "phonenumber" or "telephone" or "mobile" => "phone",
            var other => other,
        };
}
