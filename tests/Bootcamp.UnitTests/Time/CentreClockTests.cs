using System.Globalization;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.Extensions.Time.Testing;

namespace Bootcamp.UnitTests.Time;

/// <summary>
/// A centre's day starts at its own midnight. The instants are written in UTC so the tests do not lean on the
/// conversion they check: Berlin is UTC+2 in summer and UTC+1 in winter, Toronto UTC-4 in summer and UTC-5 in winter.
/// </summary>
public sealed class CentreClockTests
{
    private const string Berlin = "Europe/Berlin";
    private const string Toronto = "America/Toronto";

    [TestCase(Berlin, "2026-06-10T21:59:00Z", "2026-06-10", TestName = "Berlin at 23:59 is still that day though UTC says 21:59")]
    [TestCase(Berlin, "2026-06-10T22:01:00Z", "2026-06-11", TestName = "Berlin at 00:01 is the next day while UTC is still on the day before")]
    [TestCase(Toronto, "2026-06-11T03:59:00Z", "2026-06-10", TestName = "Toronto at 23:59 is still that day though UTC is already on the next")]
    [TestCase(Toronto, "2026-06-11T04:01:00Z", "2026-06-11", TestName = "Toronto at 00:01 is the next day")]
    [TestCase(Berlin, "2026-03-29T21:59:00Z", "2026-03-29", TestName = "Berlin at 23:59 on the day summer time starts is still that day")]
    [TestCase(Berlin, "2026-03-29T22:01:00Z", "2026-03-30", TestName = "Berlin at 00:01 after summer time starts is the next day")]
    [TestCase(Toronto, "2026-11-02T04:59:00Z", "2026-11-01", TestName = "Toronto at 23:59 on the day summer time ends is still that day")]
    [TestCase(Toronto, "2026-11-02T05:01:00Z", "2026-11-02", TestName = "Toronto at 00:01 after summer time ends is the next day")]
    public void Today_changes_at_the_centre_s_midnight(string zone, string utc, string today)
    {
        var clock = new CentreClock(new FakeTimeProvider(DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture)));

        Assert.That(clock.Today(zone), Is.EqualTo(DateOnly.Parse(today, CultureInfo.InvariantCulture)));
    }

    [TestCase(Berlin, "2026-06-14T21:59:00Z", "2026-06-08", TestName = "Berlin's week runs to Sunday 23:59")]
    [TestCase(Berlin, "2026-06-14T22:01:00Z", "2026-06-15", TestName = "Berlin's new week starts at Monday 00:01 local while UTC is on Sunday")]
    [TestCase(Toronto, "2026-06-15T03:59:00Z", "2026-06-08", TestName = "Toronto's week runs to Sunday 23:59 while UTC is on Monday")]
    [TestCase(Toronto, "2026-06-15T04:01:00Z", "2026-06-15", TestName = "Toronto's new week starts at Monday 00:01 local")]
    [TestCase(Berlin, "2026-03-29T21:59:00Z", "2026-03-23", TestName = "Berlin's week with the change to summer time ends at Sunday 23:59")]
    [TestCase(Toronto, "2026-11-02T05:01:00Z", "2026-11-02", TestName = "Toronto's week after summer time ends starts at Monday 00:01 winter time")]
    public void This_week_starts_on_the_centre_s_monday(string zone, string utc, string monday)
    {
        var clock = new CentreClock(new FakeTimeProvider(DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture)));

        Assert.That(clock.ThisWeek(zone), Is.EqualTo(DateOnly.Parse(monday, CultureInfo.InvariantCulture)));
    }

    [Test]
    public void Moving_the_clock_past_midnight_moves_today()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 10, 21, 59, 0, TimeSpan.Zero));
        var clock = new CentreClock(time);
        var before = clock.Today(Berlin);

        time.Advance(TimeSpan.FromMinutes(2));

        Assert.That((before, clock.Today(Berlin)), Is.EqualTo((new DateOnly(2026, 6, 10), new DateOnly(2026, 6, 11))));
    }

    [Test]
    public void Now_is_the_centre_s_wall_clock_time()
    {
        var clock = new CentreClock(new FakeTimeProvider(new DateTimeOffset(2026, 1, 15, 4, 30, 0, TimeSpan.Zero)));

        Assert.That((clock.Now(Berlin), clock.Now(Toronto)), Is.EqualTo((new DateTime(2026, 1, 15, 5, 30, 0), new DateTime(2026, 1, 14, 23, 30, 0))));
    }
}
