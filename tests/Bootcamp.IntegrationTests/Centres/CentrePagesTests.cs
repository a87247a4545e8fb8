using System.Net;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Centres;

public sealed class CentrePagesTests : AppFixture
{
    private const string LisbonStaff = "lisbon.staff@bootcamp.local";

    private HttpClient _admin = null!;
    private HttpClient _staff = null!;
    private int _berlinId;
    private int _lisbonId;

    protected override async Task ArrangeFixtureAsync()
    {
        _admin = await App.SignInAsync(BootcampApp.Admin);
        _staff = await App.SignInAsync(BootcampApp.Staff);
        _berlinId = await CentreIdAsync("Berlin Kreuzberg");
        _lisbonId = await CentreIdAsync("Lisbon Alcântara");
    }

    private Task<int> CentreIdAsync(string name) =>
        App.WithDbAsync(db => db.Centres.Where(c => c.Name == name).Select(c => c.Id).SingleAsync());

    private static List<string> CentreNames(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();

    [Test]
    public async Task Admin_sees_every_centre()
    {
        var page = await _admin.GetPageAsync("/Centres");
        Assert.That(CentreNames(page), Is.SupersetOf(new[] { "Berlin Kreuzberg", "Lisbon Alcântara", "Toronto Liberty Village" }));
        Assert.That(page.QuerySelector("a[href='/Centres/Create']"), Is.Not.Null);
    }

    [Test]
    public async Task Staff_see_only_their_own_centre()
    {
        var page = await _staff.GetPageAsync("/Centres");
        Assert.That(CentreNames(page), Is.EqualTo(new[] { "Berlin Kreuzberg" }));
        Assert.That(page.QuerySelector("a[href='/Centres/Create']"), Is.Null);
    }

    [Test]
    public async Task Staff_open_their_centre_with_rooms_every_upcoming_holiday_and_its_cohorts()
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(App.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")).DateTime);
        var expected = await App.WithDbAsync(async db => new
        {
            Rooms = await db.Rooms.CountAsync(r => r.CentreId == _berlinId),
            Holidays = await db.Holidays.CountAsync(h => h.CentreId == _berlinId && h.LastDay >= today),
            AllHolidays = await db.Holidays.CountAsync(h => h.CentreId == _berlinId),
        });

        var page = await _staff.GetPageAsync($"/Centres/Details/{_berlinId}");

        Assert.That(page.QuerySelector("h1")?.TextContent, Is.EqualTo("Berlin Kreuzberg"));
        Assert.That(page.QuerySelectorAll("#rooms tbody tr"), Has.Length.EqualTo(expected.Rooms));
        Assert.That(page.QuerySelectorAll("#holidays tbody tr"), Has.Length.EqualTo(expected.Holidays).And.Length.LessThan(expected.AllHolidays));
        var cohorts = page.QuerySelectorAll("#cohorts tbody tr td:first-child").Select(td => td.TextContent.Trim());
        Assert.That(cohorts, Is.EquivalentTo(new[] { "BER-FSW-07", "BER-DAN-03", "BER-DAN-02" }));
        Assert.That(page.QuerySelector($"a[href='/Centres/Edit/{_berlinId}']"), Is.Null, "staff do not edit the centre itself");
    }

    [Test]
    public async Task Admin_opens_any_centre_and_its_create_and_edit_forms()
    {
        Assert.That((await _admin.GetPageAsync($"/Centres/Details/{_lisbonId}")).QuerySelector("h1")?.TextContent, Is.EqualTo("Lisbon Alcântara"));
        var edit = await _admin.GetPageAsync($"/Centres/Edit/{_lisbonId}");
        Assert.That(edit.QuerySelector("#Form_TimeZoneId option[selected]")?.GetAttribute("value"), Is.EqualTo("Europe/Lisbon"));
        Assert.That(edit.QuerySelector("#Form_OperatorPartnerId option[selected]")?.TextContent, Is.EqualTo("Atlantic Skills Alliance"));
        var create = await _admin.GetPageAsync("/Centres/Create");
        Assert.That(create.QuerySelectorAll("#Form_TimeZoneId option").Select(o => o.GetAttribute("value")), Does.Contain("America/Toronto"));
    }

    [Test]
    public async Task Staff_asking_for_another_centre_get_not_found()
    {
        Assert.That(await _staff.FinalStatusAsync($"/Centres/Details/{_lisbonId}"), Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Staff_of_another_centre_see_that_centre_but_not_berlin()
    {
        var lisbon = await App.SignInAsync(LisbonStaff);
        Assert.That(CentreNames(await lisbon.GetPageAsync("/Centres")), Is.EqualTo(new[] { "Lisbon Alcântara" }));
        Assert.That(await lisbon.FinalStatusAsync($"/Centres/Details/{_berlinId}"), Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Staff_may_not_create_or_edit_centres()
    {
        Assert.That(await _staff.FinalStatusAsync("/Centres/Create"), Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await _staff.FinalStatusAsync($"/Centres/Edit/{_berlinId}"), Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [TestCase(BootcampApp.Instructor)]
    [TestCase(BootcampApp.Partner)]
    public async Task Instructors_and_partners_are_refused_every_centre_page(string email)
    {
        var client = await App.SignInAsync(email);
        foreach (var url in new[] { "/Centres", $"/Centres/Details/{_berlinId}", $"/Centres/Details/{_lisbonId}", "/Centres/Create" })
            Assert.That(await client.FinalStatusAsync(url), Is.EqualTo(HttpStatusCode.Forbidden), url);
    }

    [Test]
    public async Task Anonymous_visitor_is_sent_to_sign_in()
    {
        var client = App.Anonymous();
        await client.AssertSentToSignInAsync("/Centres");
        await client.AssertSentToSignInAsync($"/Centres/Details/{_berlinId}");
    }

    [Test]
    public async Task A_post_without_the_antiforgery_token_is_rejected()
    {
        var response = await _staff.PostWithoutTokenAsync($"/Centres/AddRoom/{_berlinId}", new() { ["Room.Name"] = "No token", ["Room.Capacity"] = "10" });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await App.WithDbAsync(db => db.Rooms.AnyAsync(r => r.Name == "No token")), Is.False);
    }
}
