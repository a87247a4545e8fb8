using System.Globalization;
using System.Net;
using Bootcamp.Domain.Programmes;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Programmes;

/// <summary>
/// Forms and pages read and write numbers the same way whatever the server's locale: a centre in Lisbon or Berlin
/// whose machine runs in Portuguese or German must not read "12.25" hours as 1225.
/// </summary>
[NonParallelizable]
public sealed class ServerCultureTests : AppFixture
{
    private HttpClient _admin = null!;
    private CultureInfo? _before;

    protected override async Task ArrangeFixtureAsync() => _admin = await App.SignInAsync(BootcampApp.Admin);

    /// <summary>The test server runs requests outside the test's own flow, so the machine's default is what it sees.</summary>
    [SetUp]
    public void GermanServer()
    {
        _before = CultureInfo.DefaultThreadCurrentCulture;
        CultureInfo.DefaultThreadCurrentCulture = new CultureInfo("de-DE");
    }

    [TearDown]
    public void RestoreCulture() => CultureInfo.DefaultThreadCurrentCulture = _before;

    [Test]
    public async Task Decimal_hours_with_a_dot_are_read_as_hours_under_a_German_locale()
    {
        var id = await App.WithDbAsync(async db =>
        {
            var programme = new Programme("LOC", "Programme LOC", "Testing", 30, "");
            db.Programmes.Add(programme);
            await db.SaveChangesAsync();
            return programme.Id;
        });

        var response = await _admin.PostFormAsync($"/Programmes/AddModule/{id}", $"/Programmes/AddModule/{id}", new()
        {
            ["Form.Title"] = "Containers",
            ["Form.LectureHours"] = "12.25",
            ["Form.ExerciseHours"] = "40.5",
            ["Form.Topics"] = "Images",
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var module = await App.WithDbAsync(db => db.Modules.AsNoTracking().SingleAsync(m => m.ProgrammeId == id));
        Assert.That((module.PlannedLectureMinutes, module.PlannedExerciseMinutes), Is.EqualTo((735, 2430)));
        var page = await _admin.GetStringAsync($"/Programmes/Details/{id}");
        Assert.That(page, Does.Contain("12.25").Or.Contain("12.3"), "hours are shown with a decimal point");
        Assert.That(page, Does.Not.Contain("12,25"));
    }
}
