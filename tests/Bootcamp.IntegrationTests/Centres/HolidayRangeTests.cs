using System.Net;
using Bootcamp.Domain.Centres;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Centres;

/// <summary>Holidays lie within the years the app schedules, and any stored one can be seen and removed.</summary>
public sealed class HolidayRangeTests : AppFixture
{
    [TestCase("9999-12-31", "", "Holiday_FirstDay", "The first day must be between 2000 and 2100.")]
    [TestCase("0001-01-01", "", "Holiday_FirstDay", "The first day must be between 2000 and 2100.")]
    [TestCase("2030-01-01", "9999-12-31", "Holiday_LastDay", "The last day must be between 2000 and 2100.")]
    public async Task A_holiday_outside_2000_to_2100_is_refused_next_to_its_field(string first, string last, string field, string message)
    {
        using var staff = await App.SignInAsync(BootcampApp.Staff);
        var berlin = await App.WithDbAsync(db => db.Centres.Where(c => c.Name == "Berlin Kreuzberg").Select(c => c.Id).SingleAsync());
        var before = await App.WithDbAsync(db => db.Holidays.CountAsync());

        var response = await staff.PostFormAsync($"/Centres/Details/{berlin}", $"/Centres/AddHoliday/{berlin}", new()
        {
            ["Holiday.Name"] = "Far away", ["Holiday.FirstDay"] = first, ["Holiday.LastDay"] = last, ["Holiday.Kind"] = "Closure",
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await response.ReadPageAsync()).FieldError(field), Is.EqualTo(message));
        Assert.That(await App.WithDbAsync(db => db.Holidays.CountAsync()), Is.EqualTo(before));
    }

    [Test]
    public async Task A_holiday_without_a_first_day_gets_a_message_instead_of_an_error_page()
    {
        using var staff = await App.SignInAsync(BootcampApp.Staff);
        var berlin = await App.WithDbAsync(db => db.Centres.Where(c => c.Name == "Berlin Kreuzberg").Select(c => c.Id).SingleAsync());
        var before = await App.WithDbAsync(db => db.Holidays.CountAsync());

        var response = await staff.PostFormAsync($"/Centres/Details/{berlin}", $"/Centres/AddHoliday/{berlin}", new()
        {
            ["Holiday.Name"] = "No date", ["Holiday.FirstDay"] = "", ["Holiday.LastDay"] = "", ["Holiday.Kind"] = "Closure",
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await response.ReadPageAsync()).FieldError("Holiday_FirstDay"), Is.EqualTo("Enter the first day."));
        Assert.That(await App.WithDbAsync(db => db.Holidays.CountAsync()), Is.EqualTo(before));
    }

    [Test]
    public async Task A_holiday_decades_ahead_is_listed_on_the_centre_page_and_can_be_removed()
    {
        using var staff = await App.SignInAsync(BootcampApp.Staff);
        var (berlin, holidayId) = await App.WithDbAsync(async db =>
        {
            var centre = await db.Centres.SingleAsync(c => c.Name == "Berlin Kreuzberg");
            var holiday = centre.AddHoliday("Mistyped closure", new DateOnly(2099, 12, 31), new DateOnly(2099, 12, 31), HolidayKind.Closure);
            await db.SaveChangesAsync();
            return (centre.Id, holiday.Id);
        });
        var url = $"/Centres/Details/{berlin}";

        var page = await staff.GetPageAsync(url);
        Assert.That(page.QuerySelector("section[aria-labelledby=holidays-heading]")!.TextContent, Does.Contain("Mistyped closure"));

        var removed = await staff.PostFormAsync(url, $"/Centres/RemoveHoliday/{berlin}", new() { ["holidayId"] = holidayId.ToString() });
        Assert.That(removed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await App.WithDbAsync(db => db.Holidays.AnyAsync(h => h.Id == holidayId)), Is.False);
    }
}
