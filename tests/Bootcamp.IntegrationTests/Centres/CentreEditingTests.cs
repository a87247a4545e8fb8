using System.Net;
using Bootcamp.Domain.Centres;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Centres;

public sealed class CentreEditingTests : AppFixture
{
    private HttpClient _admin = null!;
    private HttpClient _staff = null!;
    private int _berlinId;
    private int _lisbonId;

    protected override async Task ArrangeFixtureAsync()
    {
        _admin = await App.SignInAsync(BootcampApp.Admin);
        _staff = await App.SignInAsync(BootcampApp.Staff);
        _berlinId = await App.WithDbAsync(db => db.Centres.Where(c => c.Name == "Berlin Kreuzberg").Select(c => c.Id).SingleAsync());
        _lisbonId = await App.WithDbAsync(db => db.Centres.Where(c => c.Name == "Lisbon Alcântara").Select(c => c.Id).SingleAsync());
    }

    private string Berlin => $"/Centres/Details/{_berlinId}";

    private static Dictionary<string, string> CentreFields(string name, string country = "ie", string zone = "Europe/Dublin", string partner = "") => new()
    {
        ["Form.Name"] = name, ["Form.City"] = "Dublin", ["Form.CountryCode"] = country, ["Form.TimeZoneId"] = zone, ["Form.OperatorPartnerId"] = partner,
    };

    [Test]
    public async Task Admin_creates_a_centre_run_by_a_partner()
    {
        var partnerId = await App.WithDbAsync(db => db.Partners.Where(p => p.Name == "Atlantic Skills Alliance").Select(p => p.Id).SingleAsync());

        var response = await _admin.PostFormAsync("/Centres/Create", "/Centres/Create", CentreFields("Dublin Docklands", partner: partnerId.ToString()));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var saved = await App.WithDbAsync(db => db.Centres.AsNoTracking().SingleAsync(c => c.Name == "Dublin Docklands"));
        Assert.That((saved.City, saved.CountryCode, saved.TimeZoneId, saved.OperatorPartnerId), Is.EqualTo(("Dublin", "IE", "Europe/Dublin", (int?)partnerId)));
    }

    [TestCase("Ireland", "Europe/Dublin", "Form_CountryCode", "two-letter ISO country code")]
    [TestCase("IE", "Europe/Atlantis", "Form_TimeZoneId", "Choose a time zone from the list.")]
    [TestCase("IE", "", "Form_TimeZoneId", "Choose the centre's time zone.")]
    public async Task A_bad_centre_is_refused_next_to_the_field_and_nothing_is_saved(string country, string zone, string field, string message)
    {
        var before = await App.WithDbAsync(db => db.Centres.CountAsync());

        var response = await _admin.PostFormAsync("/Centres/Create", "/Centres/Create", CentreFields("Refused Centre", country, zone));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await response.ReadPageAsync()).FieldError(field), Does.Contain(message));
        Assert.That(await App.WithDbAsync(db => db.Centres.CountAsync()), Is.EqualTo(before));
    }

    [Test]
    public async Task Admin_edits_a_centre()
    {
        var id = await App.WithDbAsync(async db =>
        {
            var centre = new TrainingCentre("Porto Bolhão", "Porto", "PT", "Europe/Lisbon", null);
            db.Centres.Add(centre);
            await db.SaveChangesAsync();
            return centre.Id;
        });
        var fields = CentreFields("Porto Campanhã", country: "PT", zone: "Atlantic/Madeira");
        fields["Form.City"] = "Porto";

        var response = await _admin.PostFormAsync($"/Centres/Edit/{id}", $"/Centres/Edit/{id}", fields);

        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo($"/Centres/Details/{id}"));
        var saved = await App.WithDbAsync(db => db.Centres.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.That((saved.Name, saved.TimeZoneId), Is.EqualTo(("Porto Campanhã", "Atlantic/Madeira")));
    }

    [Test]
    public async Task Staff_add_a_room_to_their_centre()
    {
        var response = await _staff.PostFormAsync(Berlin, $"/Centres/AddRoom/{_berlinId}", new() { ["Room.Name"] = "Landwehr", ["Room.Capacity"] = "18" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var room = await App.WithDbAsync(db => db.Rooms.AsNoTracking().SingleAsync(r => r.CentreId == _berlinId && r.Name == "Landwehr"));
        Assert.That(room.Capacity, Is.EqualTo(18));
        var page = await _staff.GetPageAsync(Berlin);
        Assert.That(page.QuerySelectorAll("#rooms td").Select(td => td.TextContent), Does.Contain("Landwehr"));
    }

    [TestCase("Empty room", "0", "Room_Capacity", "A room holds 1 to 500 people.")]
    [TestCase("Spree", "20", "Room_Name", "already has a room called Spree")]
    public async Task A_bad_room_is_refused_next_to_the_field_and_nothing_is_saved(string name, string capacity, string field, string message)
    {
        var before = await App.WithDbAsync(db => db.Rooms.CountAsync());

        var response = await _staff.PostFormAsync(Berlin, $"/Centres/AddRoom/{_berlinId}", new() { ["Room.Name"] = name, ["Room.Capacity"] = capacity });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var page = await response.ReadPageAsync();
        Assert.That(page.FieldError(field), Does.Contain(message));
        Assert.That(page.QuerySelector("h1")?.TextContent, Is.EqualTo("Berlin Kreuzberg"));
        Assert.That(await App.WithDbAsync(db => db.Rooms.CountAsync()), Is.EqualTo(before));
    }

    [Test]
    public async Task Staff_cannot_add_a_room_to_another_centre()
    {
        var before = await App.WithDbAsync(db => db.Rooms.CountAsync());

        var response = await _staff.PostFormAsync(Berlin, $"/Centres/AddRoom/{_lisbonId}", new() { ["Room.Name"] = "Intruder", ["Room.Capacity"] = "10" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await App.WithDbAsync(db => db.Rooms.CountAsync()), Is.EqualTo(before));
    }

    [Test]
    public async Task Staff_add_a_closure_over_several_days_and_a_single_holiday()
    {
        var first = DateOnly.FromDateTime(App.UtcNow).AddMonths(2);

        await _staff.PostFormAsync(Berlin, $"/Centres/AddHoliday/{_berlinId}", new()
        {
            ["Holiday.Name"] = "Renovation", ["Holiday.FirstDay"] = first.ToString("yyyy-MM-dd"),
            ["Holiday.LastDay"] = first.AddDays(4).ToString("yyyy-MM-dd"), ["Holiday.Kind"] = "Closure",
        });
        await _staff.PostFormAsync(Berlin, $"/Centres/AddHoliday/{_berlinId}", new()
        {
            ["Holiday.Name"] = "Centre anniversary", ["Holiday.FirstDay"] = first.AddDays(20).ToString("yyyy-MM-dd"),
            ["Holiday.LastDay"] = "", ["Holiday.Kind"] = "PublicHoliday",
        });

        var saved = await App.WithDbAsync(db => db.Holidays.AsNoTracking()
            .Where(h => h.CentreId == _berlinId && (h.Name == "Renovation" || h.Name == "Centre anniversary"))
            .OrderBy(h => h.FirstDay).Select(h => new { h.Name, h.FirstDay, h.LastDay, h.Kind }).ToListAsync());
        Assert.That(saved, Has.Count.EqualTo(2));
        Assert.That((saved[0].FirstDay, saved[0].LastDay, saved[0].Kind), Is.EqualTo((first, first.AddDays(4), HolidayKind.Closure)));
        Assert.That((saved[1].FirstDay, saved[1].LastDay, saved[1].Kind), Is.EqualTo((first.AddDays(20), first.AddDays(20), HolidayKind.PublicHoliday)));
        var page = await _staff.GetPageAsync(Berlin);
        Assert.That(page.QuerySelectorAll("#holidays td").Select(td => td.TextContent), Does.Contain("Renovation"));
    }

    [Test]
    public async Task A_closure_ending_before_it_starts_is_refused_next_to_the_last_day_and_nothing_is_saved()
    {
        var before = await App.WithDbAsync(db => db.Holidays.CountAsync());

        var response = await _staff.PostFormAsync(Berlin, $"/Centres/AddHoliday/{_berlinId}", new()
        {
            ["Holiday.Name"] = "Backwards", ["Holiday.FirstDay"] = "2027-03-10", ["Holiday.LastDay"] = "2027-03-01", ["Holiday.Kind"] = "Closure",
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await response.ReadPageAsync()).FieldError("Holiday_LastDay"), Is.EqualTo("The last day cannot be before the first day."));
        Assert.That(await App.WithDbAsync(db => db.Holidays.CountAsync()), Is.EqualTo(before));
    }

    [Test]
    public async Task Staff_remove_a_holiday_of_their_centre_but_not_of_another()
    {
        var (own, other) = await App.WithDbAsync(async db =>
        {
            var day = DateOnly.FromDateTime(App.UtcNow).AddMonths(3);
            var berlin = await db.Centres.SingleAsync(c => c.Id == _berlinId);
            var lisbon = await db.Centres.SingleAsync(c => c.Id == _lisbonId);
            var a = berlin.AddHoliday("Staff outing", day, day, HolidayKind.Closure);
            var b = lisbon.AddHoliday("Lisbon outing", day, day, HolidayKind.Closure);
            await db.SaveChangesAsync();
            return (a.Id, b.Id);
        });

        var removed = await _staff.PostFormAsync(Berlin, $"/Centres/RemoveHoliday/{_berlinId}", new() { ["holidayId"] = own.ToString() });
        var refused = await _staff.PostFormAsync(Berlin, $"/Centres/RemoveHoliday/{_lisbonId}", new() { ["holidayId"] = other.ToString() });
        var wrongCentre = await _staff.PostFormAsync(Berlin, $"/Centres/RemoveHoliday/{_berlinId}", new() { ["holidayId"] = other.ToString() });

        Assert.That(removed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(wrongCentre.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var left = await App.WithDbAsync(db => db.Holidays.Where(h => h.Id == own || h.Id == other).Select(h => h.Id).ToListAsync());
        Assert.That(left, Is.EqualTo(new[] { other }));
    }
}
