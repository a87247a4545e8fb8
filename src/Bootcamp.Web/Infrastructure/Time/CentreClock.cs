using Bootcamp.Domain.Progress;

namespace Bootcamp.Web.Infrastructure.Time;

/// <summary>
/// The one way to say "now", "today" and "this week" at a centre: a training centre's day starts at its own midnight,
/// so a lecture at 23:30 in Toronto belongs to that Toronto day whatever the server's zone or UTC date says.
/// Built on <see cref="TimeProvider"/>, so tests move the clock with a FakeTimeProvider.
/// </summary>
public sealed class CentreClock(TimeProvider clock)
{
    public DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    public DateTime Now(string timeZoneId) => Now(Zone(timeZoneId));

    public DateTime Now(TimeZoneInfo zone) => TimeZoneInfo.ConvertTimeFromUtc(UtcNow, zone);

    public DateOnly Today(string timeZoneId) => Today(Zone(timeZoneId));

    public DateOnly Today(TimeZoneInfo zone) => DateOnly.FromDateTime(Now(zone));

    /// <summary>The Monday of the centre's current week.</summary>
    public DateOnly ThisWeek(string timeZoneId) => WeeklyHours.MondayOf(Today(timeZoneId));

    public static TimeZoneInfo Zone(string timeZoneId) => TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
}
