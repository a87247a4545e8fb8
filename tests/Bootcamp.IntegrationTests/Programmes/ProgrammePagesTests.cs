using System.Net;
using Bootcamp.Domain.Programmes;
using Bootcamp.IntegrationTests.Support;
using Bootcamp.Web.Features.Programmes;
using Bootcamp.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Programmes;

public sealed class ProgrammePagesTests : AppFixture
{
    private HttpClient _admin = null!;
    private int _fswId;

    protected override async Task ArrangeFixtureAsync()
    {
        _admin = await App.SignInAsync(BootcampApp.Admin);
        _fswId = await App.WithDbAsync(db => db.Programmes.Where(p => p.Code == "FSW").Select(p => p.Id).SingleAsync());
    }

    [Test]
    public async Task Admin_sees_every_programme_in_the_list()
    {
        var page = await _admin.GetPageAsync("/Programmes");
        var codes = page.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();
        Assert.That(codes, Is.SupersetOf(new[] { "CYB", "DAN", "FSW", "QAA" }));
    }

    [Test]
    public async Task Programme_detail_shows_modules_in_order_with_totals_and_criteria_in_words()
    {
        var expected = await App.WithDbAsync(db => db.Modules.Where(m => m.ProgrammeId == _fswId).OrderBy(m => m.Position)
            .Select(m => new { m.Title, m.PlannedLectureMinutes, m.PlannedExerciseMinutes }).ToListAsync());

        var page = await _admin.GetPageAsync($"/Programmes/Details/{_fswId}");

        var titles = page.QuerySelectorAll("#modules tbody tr td:nth-child(2)").Select(td => td.TextContent.Trim());
        Assert.That(titles, Is.EqualTo(expected.Select(m => m.Title)));
        Assert.That(page.GetElementById("total-lecture")?.TextContent, Is.EqualTo(Hours.Of(expected.Sum(m => m.PlannedLectureMinutes))));
        Assert.That(page.GetElementById("total-exercise")?.TextContent, Is.EqualTo(Hours.Of(expected.Sum(m => m.PlannedExerciseMinutes))));
        var criteria = page.QuerySelectorAll("#criteria li").Select(li => li.TextContent).ToList();
        Assert.That(criteria, Has.Some.StartsWith("Attend at least"));
        Assert.That(criteria, Has.Some.StartsWith("Log at least"));
        Assert.That(page.QuerySelectorAll("h1"), Has.Length.EqualTo(1));
    }

    [Test]
    public async Task Admin_opens_the_create_edit_and_module_forms()
    {
        var moduleId = await App.WithDbAsync(db => db.Modules.Where(m => m.ProgrammeId == _fswId).Select(m => m.Id).FirstAsync());
        foreach (var url in new[] { "/Programmes/Create", $"/Programmes/Edit/{_fswId}", $"/Programmes/AddModule/{_fswId}", $"/Programmes/EditModule/{moduleId}" })
        {
            var page = await _admin.GetPageAsync(url);
            Assert.That(page.QuerySelector("form input[name=__RequestVerificationToken]"), Is.Not.Null, url);
        }
    }

    [Test]
    public async Task An_unknown_programme_is_not_found()
    {
        Assert.That(await _admin.FinalStatusAsync("/Programmes/Details/99999"), Is.EqualTo(HttpStatusCode.NotFound));
    }

    [TestCase(BootcampApp.Staff)]
    [TestCase(BootcampApp.Instructor)]
    [TestCase(BootcampApp.Partner)]
    public async Task Other_roles_are_refused_every_programme_page(string email)
    {
        var client = await App.SignInAsync(email);
        foreach (var url in new[] { "/Programmes", $"/Programmes/Details/{_fswId}", "/Programmes/Create", $"/Programmes/Edit/{_fswId}", $"/Programmes/AddModule/{_fswId}" })
            Assert.That(await client.FinalStatusAsync(url), Is.EqualTo(HttpStatusCode.Forbidden), url);
    }

    [Test]
    public async Task Anonymous_visitor_is_sent_to_sign_in()
    {
        var client = App.Anonymous();
        await client.AssertSentToSignInAsync("/Programmes");
        await client.AssertSentToSignInAsync($"/Programmes/Details/{_fswId}");
    }

    [Test]
    public async Task A_post_without_the_antiforgery_token_is_rejected()
    {
        var response = await _admin.PostWithoutTokenAsync("/Programmes/Create", new()
        {
            ["Form.Code"] = "NOTOKEN", ["Form.Name"] = "No token", ["Form.Track"] = "Web", ["Form.DurationWeeks"] = "30",
        });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await App.WithDbAsync(db => db.Programmes.AnyAsync(p => p.Code == "NOTOKEN")), Is.False);
    }
}
