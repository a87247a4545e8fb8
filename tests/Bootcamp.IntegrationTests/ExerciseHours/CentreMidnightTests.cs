using System.Globalization;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.ExerciseHours;

/// <summary>
/// The logging page's "today" (the latest date it offers) turns at the centre's midnight, not UTC's: the app's
/// FakeTimeProvider is set to 23:59 and 00:01 local time in Berlin (UTC+2 in June) and Toronto (UTC-4 in June).
/// The clock only moves forward, so one test walks the four instants in order on this fixture's own app.
/// </summary>
public sealed class CentreMidnightTests : AppFixture
{
    [Test]
    public async Task Logging_page_today_turns_at_the_centre_s_midnight_in_Berlin_and_Toronto()
    {
        var seen = new List<string>();
        foreach (var (cohort, utc) in new[]
        {
            ("BER-FSW-07", "2026-06-10T21:59:00Z"), ("BER-FSW-07", "2026-06-10T22:01:00Z"),
            ("TOR-CYB-04", "2026-06-11T03:59:00Z"), ("TOR-CYB-04", "2026-06-11T04:01:00Z"),
        })
        {
            App.Clock.SetUtcNow(DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture));
            var id = await App.WithDbAsync(db => db.Cohorts.Where(c => c.Code == cohort).Select(c => c.Id).SingleAsync());
            var admin = await App.SignInAsync(BootcampApp.Admin);

            var page = await admin.GetPageAsync($"/ExerciseHours/Cohorts/{id}/Log");

            seen.Add($"{cohort} {utc}: {page.GetElementById("Form_Date")?.GetAttribute("max")}");
        }

        Assert.That(seen, Is.EqualTo(new[]
        {
            "BER-FSW-07 2026-06-10T21:59:00Z: 2026-06-10", "BER-FSW-07 2026-06-10T22:01:00Z: 2026-06-11",
            "TOR-CYB-04 2026-06-11T03:59:00Z: 2026-06-10", "TOR-CYB-04 2026-06-11T04:01:00Z: 2026-06-11",
        }));
    }
}
