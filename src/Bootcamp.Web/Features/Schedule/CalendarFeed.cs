using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Bootcamp.Web.Features.Schedule;

/// <summary>One lecture as a calendar event; times are the centre's wall-clock time in its zone.</summary>
public sealed record FeedEvent(
    int SessionId,
    string Summary,
    string Description,
    string? Location,
    Uri Link,
    DateTime LocalStart,
    DateTime LocalEnd,
    string TimeZoneId,
    bool Cancelled);

/// <summary>
/// Renders a subscribable iCalendar feed. Events carry their centre's TZID with a VTIMEZONE for each zone, so a
/// 17:30 lecture shows at 17:30 local in summer and in winter whatever the subscriber's own zone.
/// </summary>
public static class CalendarFeed
{
    public static string Render(string name, IReadOnlyList<FeedEvent> events, DateTime stampUtc)
    {
        var calendar = new Calendar { ProductId = "-//Bootcamp//Lecture schedule//EN" };
        calendar.AddProperty("X-WR-CALNAME", name);
        foreach (var zone in events.Select(e => e.TimeZoneId).Distinct())
            calendar.AddTimeZone(zone);
        var stamp = new CalDateTime(DateTime.SpecifyKind(stampUtc, DateTimeKind.Utc), CalDateTime.UtcTzId, true);
        foreach (var e in events)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"lecture-session-{e.SessionId}@bootcamp",
                DtStamp = stamp,
                DtStart = new CalDateTime(DateTime.SpecifyKind(e.LocalStart, DateTimeKind.Unspecified), e.TimeZoneId, true),
                DtEnd = new CalDateTime(DateTime.SpecifyKind(e.LocalEnd, DateTimeKind.Unspecified), e.TimeZoneId, true),
                Summary = e.Cancelled ? $"Cancelled: {e.Summary}" : e.Summary,
                Description = e.Description,
                Location = e.Location,
                Url = e.Link,
                Status = e.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
            });
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
