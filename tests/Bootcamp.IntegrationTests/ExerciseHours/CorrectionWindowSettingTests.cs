using System.Globalization;
using System.Net;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.ExerciseHours;

/// <summary>A centre that allows instructors two days instead of seven sets <c>Corrections:WindowDays</c>.</summary>
public sealed class CorrectionWindowSettingTests() : AppFixture(settings: new Dictionary<string, string> { ["Corrections:WindowDays"] = "2" })
{
    private LoggingWorld _world = null!;
    private HttpClient _instructor = null!;

    protected override async Task ArrangeFixtureAsync()
    {
        _world = await LoggingWorld.CreateAsync(App);
        _instructor = await App.SignInAsync(BootcampApp.Instructor);
    }

    private async Task<(HttpStatusCode Status, int Minutes)> CorrectAsync(int learnerId, int daysAgo)
    {
        var day = _world.Today.AddDays(-daysAgo);
        var id = await _world.StoreHoursAsync(App, learnerId, day, 60, BootcampApp.Instructor, App.UtcNow.AddDays(-daysAgo));
        var version = await App.WithDbAsync(db => db.ExerciseLogs.Where(e => e.Id == id).Select(e => e.Version).SingleAsync());
        var url = $"/ExerciseHours/Entries/{id}/Edit";
        var response = await _instructor.PostFormAsync(url, url, new()
        {
            ["Form.ModuleId"] = _world.ModuleIds[0].ToString(CultureInfo.InvariantCulture),
            ["Form.Date"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Form.Hours"] = "2",
            ["Form.Kind"] = "Solo",
            ["Form.Description"] = "Corrected",
            ["Form.Version"] = version.ToString(CultureInfo.InvariantCulture),
        });
        return (response.StatusCode, await App.WithDbAsync(db => db.ExerciseLogs.Where(e => e.Id == id).Select(e => e.Minutes).SingleAsync()));
    }

    [Test]
    public async Task An_own_entry_of_yesterday_can_still_be_corrected()
    {
        Assert.That(await CorrectAsync(_world.Regulars[0], daysAgo: 1), Is.EqualTo((HttpStatusCode.Redirect, 120)));
    }

    [Test]
    public async Task An_own_entry_of_three_days_ago_is_past_the_shorter_window()
    {
        Assert.That(await CorrectAsync(_world.Regulars[1], daysAgo: 3), Is.EqualTo((HttpStatusCode.OK, 60)));
    }
}
