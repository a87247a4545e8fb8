using System.Globalization;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.ExerciseHours;

/// <summary>
/// Issue 9: "today" is the centre's own date, read from the app's clock. Pinned a minute either side of midnight in
/// Berlin and in Toronto, where the UTC date has already moved on at 23:59. The fixture has its own app, so moving its
/// clock touches no other test.
/// </summary>
public sealed class CentreDayTests : AppFixture
{
    private int _berlin;
    private int _toronto;

    protected override async Task ArrangeFixtureAsync()
    {
        _berlin = (await LoggingWorld.CreateAsync(App)).CohortId;
        _toronto = await App.WithDbAsync(db => db.Cohorts.Where(c => c.Code == "TOR-CYB-04").Select(c => c.Id).SingleAsync());
    }

    /// <summary>The instants in the order they happen, since the app's clock only moves forward.</summary>
    [Test]
    public async Task The_hours_form_offers_the_centres_date_as_today_a_minute_either_side_of_its_midnight()
    {
        (string Zone, string Local, string Today)[] instants =
        [
            ("Europe/Berlin", "2026-06-10T23:59", "2026-06-10"),
            ("Europe/Berlin", "2026-06-11T00:01", "2026-06-11"),
            ("America/Toronto", "2026-06-10T23:59", "2026-06-10"),
            ("America/Toronto", "2026-06-11T00:01", "2026-06-11"),
        ];
        var offered = new List<(string, string?, string?)>();
        foreach (var (zone, local, _) in instants)
        {
            var at = DateTime.Parse(local, CultureInfo.InvariantCulture);
            App.Clock.SetUtcNow(TimeZoneInfo.ConvertTimeToUtc(at, TimeZoneInfo.FindSystemTimeZoneById(zone)));
            // Signed in after the clock moved, so the sign-in's own lifetime is not what the test measures.
            var admin = await App.SignInAsync(BootcampApp.Admin);
            var page = await admin.GetPageAsync($"/ExerciseHours/Cohorts/{(zone == "Europe/Berlin" ? _berlin : _toronto)}/Log");
            var date = page.QuerySelector("input[name='Form.Date']")!;
            offered.Add(($"{zone} {local}", date.GetAttribute("value"), date.GetAttribute("max")));
        }

        Assert.That(offered, Is.EqualTo(instants.Select(i => ($"{i.Zone} {i.Local}", (string?)i.Today, (string?)i.Today))));
    }
}
