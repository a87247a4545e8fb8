namespace Bootcamp.Domain.Common;

/// <summary>
/// The years the application schedules and logs in. A date outside them is a typing error (9999-12-31, 0001-01-01),
/// and accepting one would break every page that lays out weeks or months around it.
/// </summary>
public static class CalendarRange
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    public static DateOnly First { get; } = new(FirstYear, 1, 1);
    public static DateOnly Last { get; } = new(LastYear, 12, 31);

    public static bool Contains(DateOnly date) => date >= First && date <= Last;

    public static string Problem(string what) => $"{what} must be between {FirstYear} and {LastYear}.";

    /// <summary>Throws the rule's message for <paramref name="field"/> when the date is outside the range.</summary>
    public static void Check(string field, DateOnly date, string what)
    {
        if (!Contains(date))
            throw new DomainException(field, Problem(what));
    }

    /// <summary>A date brought back inside the range, for pages that take a date from the query string.</summary>
    public static DateOnly Clamp(DateOnly date) => date < First ? First : date > Last ? Last : date;
}
