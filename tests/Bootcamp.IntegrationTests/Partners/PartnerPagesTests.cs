using System.Net;
using Bootcamp.Domain.Partners;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Partners;

public sealed class PartnerPagesTests : AppFixture
{
    private HttpClient _admin = null!;
    private int _atlanticId;

    protected override async Task ArrangeFixtureAsync()
    {
        _admin = await App.SignInAsync(BootcampApp.Admin);
        _atlanticId = await App.WithDbAsync(db => db.Partners.Where(p => p.Name == "Atlantic Skills Alliance").Select(p => p.Id).SingleAsync());
    }

    private static Dictionary<string, string> PartnerFields(string name, string country = "es", string email = "hola@example.org") => new()
    {
        ["Form.Name"] = name, ["Form.CountryCode"] = country, ["Form.ContactEmail"] = email,
    };

    private Task<int> ArrangePartnerAsync(string name) => App.WithDbAsync(async db =>
    {
        var partner = new Partner(name, "FR", "contact@example.org");
        db.Partners.Add(partner);
        await db.SaveChangesAsync();
        return partner.Id;
    });

    [Test]
    public async Task Admin_sees_which_centres_each_partner_runs_and_which_cohorts_it_sponsors()
    {
        var page = await _admin.GetPageAsync("/Partners");

        var rows = page.QuerySelectorAll("tbody tr").ToDictionary(
            tr => tr.QuerySelector("td")!.TextContent.Trim(),
            tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList());
        Assert.That(rows["Atlantic Skills Alliance"][3], Is.EqualTo("Lisbon Alcântara"));
        Assert.That(rows["Atlantic Skills Alliance"][4], Is.EqualTo("none"));
        Assert.That(rows["Maple Digital Futures"][3], Is.EqualTo("none"));
        Assert.That(rows["Maple Digital Futures"][4], Is.EqualTo("TOR-CYB-04"));
    }

    [Test]
    public async Task Admin_opens_the_create_and_edit_forms()
    {
        Assert.That((await _admin.GetPageAsync("/Partners/Create")).GetElementById("Form_ContactEmail"), Is.Not.Null);
        var edit = await _admin.GetPageAsync($"/Partners/Edit/{_atlanticId}");
        Assert.That(edit.GetElementById("Form_Name")?.GetAttribute("value"), Is.EqualTo("Atlantic Skills Alliance"));
        Assert.That(edit.QuerySelector("dl.facts")?.TextContent, Does.Contain("Lisbon Alcântara"));
    }

    [TestCase(BootcampApp.Staff)]
    [TestCase(BootcampApp.Instructor)]
    [TestCase(BootcampApp.Partner)]
    public async Task Other_roles_are_refused_every_partner_page(string email)
    {
        var client = await App.SignInAsync(email);
        foreach (var url in new[] { "/Partners", "/Partners/Create", $"/Partners/Edit/{_atlanticId}" })
            Assert.That(await client.FinalStatusAsync(url), Is.EqualTo(HttpStatusCode.Forbidden), url);
    }

    [Test]
    public async Task Anonymous_visitor_is_sent_to_sign_in()
    {
        await App.Anonymous().AssertSentToSignInAsync("/Partners");
    }

    [Test]
    public async Task Admin_creates_a_partner()
    {
        var response = await _admin.PostFormAsync("/Partners/Create", "/Partners/Create", PartnerFields(" Iberia Code Futures "));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var saved = await App.WithDbAsync(db => db.Partners.AsNoTracking().SingleAsync(p => p.Name == "Iberia Code Futures"));
        Assert.That((saved.CountryCode, saved.ContactEmail), Is.EqualTo(("ES", "hola@example.org")));
    }

    [Test]
    public async Task Admin_edits_a_partner()
    {
        var id = await ArrangePartnerAsync("Loire Numérique");

        var response = await _admin.PostFormAsync($"/Partners/Edit/{id}", $"/Partners/Edit/{id}", PartnerFields("Loire Numérique Formation", "FR", "bonjour@loire.example"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var saved = await App.WithDbAsync(db => db.Partners.AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.That((saved.Name, saved.ContactEmail), Is.EqualTo(("Loire Numérique Formation", "bonjour@loire.example")));
    }

    [TestCase("Nordic Upskill", "SE", "not-an-address", "Form_ContactEmail", "contact e-mail address")]
    [TestCase("Nordic Upskill", "Sweden", "hej@nordic.example", "Form_CountryCode", "two-letter ISO country code")]
    [TestCase("Maple Digital Futures", "CA", "hello@maple.example", "Form_Name", "Another partner is already called Maple Digital Futures.")]
    public async Task A_bad_partner_is_refused_next_to_the_field_and_nothing_is_saved(string name, string country, string email, string field, string message)
    {
        var before = await App.WithDbAsync(db => db.Partners.CountAsync());

        var response = await _admin.PostFormAsync("/Partners/Create", "/Partners/Create", PartnerFields(name, country, email));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await response.ReadPageAsync()).FieldError(field), Does.Contain(message));
        Assert.That(await App.WithDbAsync(db => db.Partners.CountAsync()), Is.EqualTo(before));
    }

    [Test]
    public async Task An_edit_with_a_bad_address_changes_nothing()
    {
        var id = await ArrangePartnerAsync("Rhine Digital");

        var response = await _admin.PostFormAsync($"/Partners/Edit/{id}", $"/Partners/Edit/{id}", PartnerFields("Rhine Digital Renamed", "DE", "nobody"));

        Assert.That((await response.ReadPageAsync()).FieldError("Form_ContactEmail"), Is.Not.Empty);
        var saved = await App.WithDbAsync(db => db.Partners.AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.That((saved.Name, saved.ContactEmail), Is.EqualTo(("Rhine Digital", "contact@example.org")));
    }

    [Test]
    public async Task A_post_without_the_antiforgery_token_is_rejected()
    {
        var response = await _admin.PostWithoutTokenAsync("/Partners/Create", PartnerFields("Tokenless Partners"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await App.WithDbAsync(db => db.Partners.AnyAsync(p => p.Name == "Tokenless Partners")), Is.False);
    }
}
