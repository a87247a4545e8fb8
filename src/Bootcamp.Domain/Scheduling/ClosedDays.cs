using Bootcamp.Domain.Centres;
using Bootcamp.Domain.Common;

namespace Bootcamp.Domain.Scheduling;

/// <summary>A run of days without lectures, with the reason a user is shown.</summary>
public sealed record ClosedPeriod(DateOnly FirstDay, DateOnly LastDay, string Reason)
{
    public static ClosedPeriod From(Holiday holiday) => new(
        holiday.FirstDay,
        holiday.LastDay,
        holiday.Kind == HolidayKind.Closure ? $"Centre closed: {holiday.Name}" : $"Public holiday: {holiday.Name}");

    public static ClosedPeriod From(CohortBreak cohortBreak) =>
        new(cohortBreak.FirstDay, cohortBreak.LastDay, $"Cohort break: {cohortBreak.Name}");
}

/// <summary>
/// The days a cohort has no lectures: the centre's holidays and closures, then the cohort's breaks.
/// When periods overlap, the one given first names the reason, so a public holiday inside a break reads as the holiday.
/// </summary>
public sealed class ClosedDays
{
    public static readonly ClosedDays None = new([]);

    private readonly Dictionary<DateOnly, string> _reasons = [];

    public ClosedDays(IEnumerable<ClosedPeriod> periods)
    {
        // Only the days the application schedules in are kept: a stored period reaching 9999-12-31 would otherwise
        // step past the last date there is, or fill memory with days no lecture can fall on.
        foreach (var period in periods)
        {
            var last = CalendarRange.Clamp(period.LastDay).DayNumber;
            for (var day = CalendarRange.Clamp(period.FirstDay).DayNumber; day <= last && period.FirstDay <= period.LastDay; day++)
                _reasons.TryAdd(DateOnly.FromDayNumber(day), period.Reason);
        }
    }

    public static ClosedDays For(IEnumerable<Holiday> holidays, IEnumerable<CohortBreak> breaks) =>
        new(holidays.Select(ClosedPeriod.From).Concat(breaks.Select(ClosedPeriod.From)));

    public string? ReasonFor(DateOnly date) => _reasons.GetValueOrDefault(date);

    public bool IsClosed(DateOnly date) => _reasons.ContainsKey(date);
}
