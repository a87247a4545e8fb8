using System.Net;
using Bootcamp.Domain.Centres;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Centres;

/// <summary>Issue 12: staff import a year's public holidays from the library, preview first; the seed's hand-kept days stay.</summary>
public sealed class HolidayImportTests : AppFixture
{
    private HttpClient _staff = null!;
    private int _berlin;

    protected override async Task ArrangeFixtureAsync()
    {
        _staff = await App.SignInAsync(BootcampApp.Staff);
        _berlin = await App.WithDbAsync(db => db.Centres.Where(c => c.Name == "Berlin Kreuzberg").Select(c => c.Id).SingleAsync());
    }

    private string Url => $"/Centres/ImportHolidays/{_berlin}";

    private Task<List<Holiday>> HolidaysAsync(int year) =>
        App.WithDbAsync(db => db.Holidays.AsNoTracking().Where(h => h.CentreId == _berlin && h.LastDay.Year >= year && h.FirstDay.Year <= year).OrderBy(h => h.FirstDay).ToListAsync());

    private static Dictionary<string, string> Fields(string country, string region, string year, string command) => new()
    {
        ["Form.Country"] = country, ["Form.Region"] = region, ["Form.Year"] = year, ["command"] = command,
    };

    [Test]
    public async Task A_seeded_year_previews_every_Berlin_holiday_as_already_kept_and_offers_nothing_to_import()
    {
        var before = await HolidaysAsync(2027);

        var page = await (await _staff.PostFormAsync(Url, Url, Fields("DE", "BE", "2027", "preview"))).ReadPageAsync();

        Assert.That(page.GetElementById("preview-heading")!.TextContent, Is.EqualTo("0 new public holidays, 10 already kept"));
        Assert.That(page.QuerySelector("#imported")!.TextContent, Does.Contain("Already kept: Internationaler Frauentag"));
        Assert.That(page.QuerySelectorAll("button[value=import]"), Is.Empty);
        Assert.That(await HolidaysAsync(2027), Has.Count.EqualTo(before.Count));
    }

    [Test]
    public async Task Staff_preview_a_new_year_untick_one_day_import_the_rest_and_a_second_import_adds_nothing()
    {
        var form = await _staff.GetPageAsync(Url);
        Assert.That(form.QuerySelector("#Form_Country")!.GetAttribute("value"), Is.EqualTo("DE"));
        Assert.That(form.QuerySelectorAll("#Form_Region option").Select(o => o.TextContent), Does.Contain("Berlin"));

        var preview = await (await _staff.PostFormAsync(Url, Url, Fields("DE", "BE", "2029", "preview"))).ReadPageAsync();
        // 1 January 2029 lies in the seed's Winterpause closure (22 December 2028 to 1 January 2029).
        Assert.That(preview.GetElementById("preview-heading")!.TextContent, Is.EqualTo("9 new public holidays, 1 already kept"));
        Assert.That(preview.QuerySelector("#imported")!.TextContent, Does.Contain("Already kept: Winterpause"));
        var ticked = preview.QuerySelectorAll("input[name='Form.Dates'][checked]").Select(i => i.GetAttribute("value")!).ToList();
        Assert.That(ticked, Has.Count.EqualTo(9).And.Contains("2029-03-08"));

        var fields = Fields("DE", "BE", "2029", "import");
        var chosen = ticked.Where(d => d != "2029-03-08").ToList();
        for (var i = 0; i < chosen.Count; i++)
            fields[$"Form.Dates[{i}]"] = chosen[i];
        var response = await _staff.PostFormAsync(Url, Url, fields);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var details = await _staff.GetPageAsync(response.Headers.Location!.ToString());
        Assert.That(details.QuerySelector(".flash")!.TextContent, Does.Contain("Imported 8 public holidays for 2029 (DE, Berlin); 1 days were already kept"));
        var stored = await HolidaysAsync(2029);
        Assert.That(stored.Where(h => h.Kind == HolidayKind.PublicHoliday).Select(h => h.FirstDay.ToString("yyyy-MM-dd")), Is.EquivalentTo(chosen));
        Assert.That(stored.Single(h => h.FirstDay == new DateOnly(2029, 10, 3)).Name, Is.EqualTo("Tag der Deutschen Einheit"));

        var again = await (await _staff.PostFormAsync(Url, Url, Fields("DE", "BE", "2029", "preview"))).ReadPageAsync();
        Assert.That(again.GetElementById("preview-heading")!.TextContent, Is.EqualTo("1 new public holidays, 9 already kept"));
        var refused = await _staff.PostFormAsync(Url, Url, Fields("DE", "BE", "2029", "import"));
        Assert.That((await refused.ReadPageAsync()).Errors(), Has.Some.EqualTo("Tick at least one new holiday to import; nothing was added."));
        Assert.That(await HolidaysAsync(2029), Has.Count.EqualTo(stored.Count));
    }

    [Test]
    public async Task A_country_the_library_does_not_know_gets_a_clear_message_and_nothing_is_added()
    {
        var before = await App.WithDbAsync(db => db.Holidays.CountAsync());

        var response = await _staff.PostFormAsync(Url, Url, Fields("IN", "", "2027", "preview"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await response.ReadPageAsync()).FieldError("Form_Country"),
            Is.EqualTo("The holiday library has no calendar for IN: add the centre's holidays by hand on the centre's page."));
        Assert.That(await App.WithDbAsync(db => db.Holidays.CountAsync()), Is.EqualTo(before));
    }
}
