using Bootcamp.IntegrationTests.Support;

namespace Bootcamp.IntegrationTests.Schedule;

/// <summary>
/// Issue 9: the network timeline marks each centre's own today, not the UTC date. The fixture's app is its own, so
/// moving its clock forward touches no other test.
/// </summary>
public sealed class TimelineTodayTests : AppFixture
{
    [Test]
    public async Task At_half_past_three_UTC_Toronto_is_still_on_the_day_before_and_Berlin_on_the_next()
    {
        App.Clock.SetUtcNow(new DateTimeOffset(2026, 6, 11, 3, 30, 0, TimeSpan.Zero));
        var admin = await App.SignInAsync(BootcampApp.Admin);

        var page = await admin.GetPageAsync("/Schedule/Timeline");

        var todays = page.QuerySelectorAll("svg line.today title").Select(t => t.TextContent).ToList();
        Assert.That(todays, Does.Contain("Today at Toronto Liberty Village: 10 Jun 2026"));
        Assert.That(todays, Does.Contain("Today at Berlin Kreuzberg: 11 Jun 2026"));
    }
}
