using System.Net;
using Bootcamp.IntegrationTests.Support;

namespace Bootcamp.IntegrationTests.ExerciseHours;

/// <summary>Issue 8, finding 6: no week and no figure typed or put in a URL answers 500.</summary>
public sealed class OutOfRangeInputTests : AppFixture
{
    private LoggingWorld _world = null!;
    private HttpClient _instructor = null!;

    protected override async Task ArrangeFixtureAsync()
    {
        _world = await LoggingWorld.CreateAsync(App);
        _instructor = await App.SignInAsync(BootcampApp.Instructor);
    }

    private string WeekUrl => $"/ExerciseHours/Cohorts/{_world.CohortId}/Week";

    [TestCase("0001-01-01", "27 Dec 1999")]
    [TestCase("9999-12-31", "27 Dec 2100")]
    public async Task A_week_beyond_the_years_the_app_keeps_shows_the_nearest_week_it_keeps(string week, string shown)
    {
        var page = await _instructor.GetPageAsync($"{WeekUrl}?week={week}");

        Assert.That(page.QuerySelector("h1")!.TextContent, Does.Contain($"week of {shown}"));
    }

    [Test]
    public async Task A_week_that_is_no_date_shows_this_week()
    {
        var page = await _instructor.GetPageAsync($"{WeekUrl}?week=garbage");

        Assert.That(page.QuerySelector("h1")!.TextContent, Does.Contain("week of"));
    }

    [TestCase("9999-12-31")]
    [TestCase("0001-01-01")]
    [TestCase("garbage")]
    public async Task Saving_a_grid_for_a_week_out_of_range_answers_with_a_page_and_saves_nothing(string week)
    {
        var fields = new Dictionary<string, string>
        {
            ["week"] = week,
            [$"Form.Modules[{_world.Regulars[0]}]"] = _world.ModuleIds[0].ToString(),
            [$"Form.Kinds[{_world.Regulars[0]}]"] = "Solo",
            ["Form.Description"] = "Out of range",
            [$"Form.Hours[{_world.Regulars[0]}:9999-12-27]"] = "2",
        };

        var response = await _instructor.PostFormAsync(WeekUrl, WeekUrl, fields);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await response.ReadPageAsync()).QuerySelector("h1")!.TextContent, Does.Contain("week of"));
        Assert.That(await _world.HoursCountAsync(App), Is.Zero);
    }

    [TestCase("1e28")]
    [TestCase("99999999999")]
    [TestCase("1e300")]
    public async Task An_absurd_hours_figure_gets_the_rules_message(string hours)
    {
        var url = $"/ExerciseHours/Cohorts/{_world.CohortId}/Log";
        var response = await _instructor.PostFormAsync(url, url, new()
        {
            ["Form.Who"] = $"learner-{_world.Regulars[0]}",
            ["Form.Kind"] = "Solo",
            ["Form.ModuleId"] = _world.ModuleIds[0].ToString(),
            ["Form.Date"] = _world.Today.AddDays(-1).ToString("yyyy-MM-dd"),
            ["Form.Hours"] = hours,
            ["Form.Description"] = "Absurd",
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await response.ReadPageAsync()).FieldError("Form_Hours"), Does.Contain("at most 12 h a day"));
    }
}
