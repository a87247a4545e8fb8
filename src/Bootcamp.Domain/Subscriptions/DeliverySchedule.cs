using System.Globalization;
using Bootcamp.Domain.Common;

namespace Bootcamp.Domain.Subscriptions;

public enum Cadence { Weekly, Monthly }

/// <summary>
/// When a subscribed report is made: weekly on a weekday, or monthly on a day, at a wall-clock time of the
/// subscription's time zone. The cron expression is what the job scheduler runs; <see cref="LatestAtOrBefore"/> and
/// <see cref="NextAfter"/> say the same thing in local time, for the run's key and for the pages.
/// </summary>
public sealed record DeliverySchedule(Cadence Cadence, DayOfWeek? Weekday, int? DayOfMonth, TimeOnly At)
{
    /// <summary>Every month has days 1 to 28, so a monthly report on one of them is never skipped (February has no 29th to 31st).</summary>
    public const int LastDayOfMonth = 28;

    /// <summary>The longest gap between two runs (a month) plus a margin, for the searches below.</summary>
    private const int SearchDays = 62;

    /// <summary>A schedule that can run: a weekday for a weekly one, a day 1 to 28 for a monthly one.</summary>
    public static DeliverySchedule Weekly(DayOfWeek weekday, TimeOnly at) => new(Cadence.Weekly, weekday, null, at);

    public static DeliverySchedule Monthly(int dayOfMonth, TimeOnly at)
    {
        if (dayOfMonth is < 1 or > LastDayOfMonth)
            throw new DomainException(nameof(DayOfMonth), $"Choose a day from 1 to {LastDayOfMonth}: every month has those days, so no month is skipped.");
        return new(Cadence.Monthly, null, dayOfMonth, at);
    }

    /// <summary>Minute, hour, day of month, month, day of week (0 is Sunday), as the scheduler reads cron.</summary>
    public string Cron => Cadence == Cadence.Weekly
        ? string.Create(CultureInfo.InvariantCulture, $"{At.Minute} {At.Hour} * * {(int)Weekday!.Value}")
        : string.Create(CultureInfo.InvariantCulture, $"{At.Minute} {At.Hour} {DayOfMonth} * *");

    /// <summary>The last local time the report was due at or before <paramref name="local"/>.</summary>
    public DateTime LatestAtOrBefore(DateTime local)
    {
        var day = DateOnly.FromDateTime(local);
        for (var i = 0; i <= SearchDays; i++)
        {
            var candidate = day.AddDays(-i);
            if (Falls(candidate) && candidate.ToDateTime(At) <= local)
                return candidate.ToDateTime(At);
        }
        throw new InvalidOperationException("A weekly or monthly schedule falls at least once in two months.");
    }

    /// <summary>The next local time the report is due after <paramref name="local"/>.</summary>
    public DateTime NextAfter(DateTime local)
    {
        var day = DateOnly.FromDateTime(local);
        for (var i = 0; i <= SearchDays; i++)
        {
            var candidate = day.AddDays(i);
            if (Falls(candidate) && candidate.ToDateTime(At) > local)
                return candidate.ToDateTime(At);
        }
        throw new InvalidOperationException("A weekly or monthly schedule falls at least once in two months.");
    }

    /// <summary>"Every Monday at 07:00" or "On day 1 of every month at 07:00".</summary>
    public string Describe() => Cadence == Cadence.Weekly
        ? string.Create(CultureInfo.InvariantCulture, $"Every {Weekday} at {At:HH:mm}")
        : string.Create(CultureInfo.InvariantCulture, $"On day {DayOfMonth} of every month at {At:HH:mm}");

    private bool Falls(DateOnly date) => Cadence == Cadence.Weekly ? date.DayOfWeek == Weekday : date.Day == DayOfMonth;
}
