using System.Globalization;
using Bootcamp.Domain.Common;

namespace Bootcamp.Web.Data.SeedData;

/// <summary>A row of the demo data set that cannot be imported; the message names the file, the line and the field.</summary>
public sealed class SeedDataException(string file, int line, string field, string problem)
    : Exception($"{file}, line {line}, field '{field}': {problem}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public string Field { get; } = field;
}

/// <summary>
/// One record of a seed file (a JSON object or a CSV row) that knows where each of its fields stands in the file,
/// so that every value read through it can be reported precisely when it is wrong.
/// </summary>
public abstract class SeedRecord(string file, int line)
{
    public string File { get; } = file;
    public int Line { get; } = line;

    /// <summary>The field's value as text, or null when it is absent or empty.</summary>
    protected abstract string? Raw(string field);

    public abstract int LineOf(string field);

    protected abstract IEnumerable<string> FieldNames { get; }

    public SeedDataException Fail(string field, string problem) => new(File, LineOf(field), field, problem);

    /// <summary>Rejects fields nobody reads, so that a misspelt field name is an error rather than silently ignored.</summary>
    public void AllowOnly(params string[] fields)
    {
        var unknown = FieldNames.FirstOrDefault(f => !fields.Contains(f, StringComparer.Ordinal));
        if (unknown is not null)
            throw Fail(unknown, $"unknown field; expected one of: {string.Join(", ", fields)}.");
    }

    public string Text(string field) =>
        Raw(field) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : throw Fail(field, "a value is required.");

    public string? OptionalText(string field) => Raw(field) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public int Int(string field, int min, int max) => OptionalInt(field, min, max) ?? throw Fail(field, "a whole number is required.");

    public int? OptionalInt(string field, int min, int max)
    {
        var text = OptionalText(field);
        if (text is null)
            return null;
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            throw Fail(field, $"'{text}' is not a whole number.");
        if (value < min || value > max)
            throw Fail(field, $"{value} is out of range; use {min} to {max}.");
        return value;
    }

    public decimal Decimal(string field, decimal min, decimal max)
    {
        var text = Text(field);
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            throw Fail(field, $"'{text}' is not a number (use a dot for decimals, for example 3.0).");
        if (value < min || value > max)
            throw Fail(field, $"{value} is out of range; use {min} to {max}.");
        return value;
    }

    public bool Bool(string field) => Text(field) switch
    {
        "true" => true,
        "false" => false,
        var other => throw Fail(field, $"'{other}' is not true or false."),
    };

    public DateOnly Date(string field)
    {
        var text = Text(field);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Fail(field, $"'{text}' is not a date in the form yyyy-mm-dd.");
    }

    public TEnum Enum<TEnum>(string field) where TEnum : struct, System.Enum
    {
        var text = Text(field);
        return System.Enum.TryParse<TEnum>(text, ignoreCase: false, out var value) && System.Enum.IsDefined(value)
            ? value
            : throw Fail(field, $"'{text}' is not one of: {string.Join(", ", System.Enum.GetNames<TEnum>())}.");
    }

    /// <summary>Looks the field's value up among things read earlier (a centre by name, a programme by code ...).</summary>
    public T Lookup<T>(string field, IReadOnlyDictionary<string, T> known, string what)
    {
        var key = Text(field);
        return known.TryGetValue(key, out var found)
            ? found
            : throw Fail(field, $"no {what} '{key}'; known: {string.Join(", ", known.Keys)}.");
    }

    /// <summary>Runs an entity's own checks and reports a broken rule against this record.</summary>
    public T Guard<T>(string field, Func<T> create)
    {
        try
        {
            return create();
        }
        catch (DomainException ex)
        {
            throw Fail(FieldNames.FirstOrDefault(f => Plain(f) == Plain(ex.Field)) ?? field, ex.Message);
        }
    }

    private static string Plain(string name) => name.Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();
}
