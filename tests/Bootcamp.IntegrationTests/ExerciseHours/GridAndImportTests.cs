using System.Globalization;
using System.Net;
using Bootcamp.Domain.Logging;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.ExerciseHours;

public sealed class GridAndImportTests : AppFixture
{
    private HttpClient _instructor = null!;

    protected override async Task ArrangeFixtureAsync() => _instructor = await App.SignInAsync(BootcampApp.Instructor);

    private static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static string Key(int learnerId, DateOnly day) => $"Form.Hours[{learnerId}:{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}]";

    private static Dictionary<string, string> Grid(LoggingWorld world, DateOnly monday, Dictionary<string, string> cells)
    {
        var fields = new Dictionary<string, string>(cells)
        {
            ["week"] = monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Form.Description"] = "Grid week",
        };
        foreach (var learner in world.Regulars)
        {
            fields[$"Form.Modules[{learner}]"] = world.ModuleIds[1].ToString(CultureInfo.InvariantCulture);
            fields[$"Form.Kinds[{learner}]"] = "Solo";
        }
        return fields;
    }

    [Test]
    public async Task Weekly_grid_is_saved_all_or_nothing()
    {
        var world = await LoggingWorld.CreateAsync(App);
        var monday = Monday(world.Today.AddDays(-7));
        var url = $"/ExerciseHours/Cohorts/{world.CohortId}/Week?week={monday:yyyy-MM-dd}";
        var post = $"/ExerciseHours/Cohorts/{world.CohortId}/Week";
        var good = new Dictionary<string, string>
        {
            [Key(world.Regulars[0], monday)] = "2",
            [Key(world.Regulars[0], monday.AddDays(1))] = "1.5",
            [Key(world.Regulars[1], monday.AddDays(2))] = "3",
        };
        var withBadCell = new Dictionary<string, string>(good) { [Key(world.Regulars[2], monday.AddDays(3))] = "13" };

        var refused = await _instructor.PostFormAsync(url, post, Grid(world, monday, withBadCell));

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var page = await refused.ReadPageAsync();
        Assert.That(page.Errors(), Has.Some.Contains("Nothing was saved").And.Some.Contains("at most 12 h a day"));
        Assert.That(await world.HoursCountAsync(App), Is.Zero);

        var saved = await _instructor.PostFormAsync(url, post, Grid(world, monday, good));

        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var minutes = await App.WithDbAsync(db => db.ExerciseLogs.Where(e => e.CohortId == world.CohortId).Select(e => e.Minutes).ToListAsync());
        Assert.That(minutes, Is.EquivalentTo(new[] { 120, 90, 180 }));
    }

    [Test]
    public async Task Weekly_grid_shows_hours_already_logged()
    {
        var world = await LoggingWorld.CreateAsync(App);
        var day = world.Today.AddDays(-1);
        await world.StoreHoursAsync(App, world.Regulars[0], day, 150, BootcampApp.Instructor, App.UtcNow);

        var page = await _instructor.GetPageAsync($"/ExerciseHours/Cohorts/{world.CohortId}/Week?week={Monday(day):yyyy-MM-dd}");

        Assert.That(page.QuerySelector("table.grid")!.TextContent, Does.Contain("2.5 h logged"));
        Assert.That(page.QuerySelectorAll($"input[name='{Key(world.LateLearner, Monday(day))}']").Length,
            Is.EqualTo(Monday(day) >= world.Today.AddDays(-5) ? 1 : 0), "a day before enrolment has no input");
    }

    [Test]
    public async Task Csv_preview_shows_each_rows_problem_and_saves_nothing()
    {
        var world = await LoggingWorld.CreateAsync(App);
        var emails = await EmailsAsync(world);
        var day = world.Today.AddDays(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var csv = "email,date,hours,kind,module,description\n"
                  + $"{emails[world.Regulars[0]]},{day},2,solo,1,\"Katas, part 1\"\n"
                  + $"nobody@example.org,{day},2,solo,1,Katas\n"
                  + $"{emails[world.Regulars[1]]},{world.Today.AddDays(3):yyyy-MM-dd},1,group,2,Future\n"
                  + $"{emails[world.Regulars[2]]},{day},1.1,solo,1,Odd hours\n";
        var url = $"/ExerciseHours/Cohorts/{world.CohortId}/Import";

        var response = await _instructor.PostFormAsync(url, url, new() { ["Form.Csv"] = csv, ["Form.Command"] = "Import" });

        var page = await response.ReadPageAsync();
        var problems = page.QuerySelectorAll("tbody tr").Select(r => r.Children.Last().TextContent.Trim()).ToList();
        Assert.That(problems, Has.Count.EqualTo(4));
        Assert.That(problems[0], Is.EqualTo("OK"));
        Assert.That(problems[1], Does.Contain("nobody@example.org"));
        Assert.That(problems[2], Does.Contain("future"));
        Assert.That(problems[3], Does.Contain("quarter hours"));
        Assert.That(page.QuerySelector("button[value=Import]"), Is.Null, "no import button while a row is wrong");
        Assert.That(await world.HoursCountAsync(App), Is.Zero);
    }

    [Test]
    public async Task Csv_with_only_good_rows_is_imported_after_the_preview()
    {
        var world = await LoggingWorld.CreateAsync(App);
        var emails = await EmailsAsync(world);
        var day = world.Today.AddDays(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var csv = "email,date,hours,kind,module,description\r\n"
                  + $"{emails[world.Regulars[0]]},{day},2,solo,1,Katas\r\n"
                  + $"{emails[world.Regulars[1]]},{day},0.75,group,2,\"Pairing on \"\"todo\"\" app\"\r\n";
        var url = $"/ExerciseHours/Cohorts/{world.CohortId}/Import";

        var preview = await (await _instructor.PostFormAsync(url, url, new() { ["Form.Csv"] = csv, ["Form.Command"] = "Preview" })).ReadPageAsync();
        Assert.That(preview.QuerySelector("button[value=Import]")?.TextContent, Does.Contain("Import 2 rows"));
        Assert.That(await world.HoursCountAsync(App), Is.Zero, "a preview saves nothing");

        var import = await _instructor.PostFormAsync(url, url, new() { ["Form.Csv"] = csv, ["Form.Command"] = "Import" });

        Assert.That(import.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var logs = await App.WithDbAsync(db => db.ExerciseLogs.Where(e => e.CohortId == world.CohortId).OrderBy(e => e.Minutes).ToListAsync());
        Assert.That(logs.Select(l => (l.Minutes, l.Kind)), Is.EqualTo(new[] { (45, ExerciseKind.Group), (120, ExerciseKind.Solo) }));
        Assert.That(logs[0].Description, Is.EqualTo("Pairing on \"todo\" app"));
    }

    [Test]
    public async Task Sample_file_is_a_valid_import()
    {
        var world = await LoggingWorld.CreateAsync(App);
        var sample = await _instructor.GetStringAsync($"/ExerciseHours/Cohorts/{world.CohortId}/Import/Sample");
        Assert.That(sample, Does.StartWith("email,date,hours,kind,module,description"));

        var url = $"/ExerciseHours/Cohorts/{world.CohortId}/Import";
        var response = await _instructor.PostFormAsync(url, url, new() { ["Form.Csv"] = sample, ["Form.Command"] = "Import" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await world.HoursCountAsync(App), Is.EqualTo(3));
    }

    private Task<Dictionary<int, string>> EmailsAsync(LoggingWorld world) =>
        App.WithDbAsync(db => db.Enrolments.Where(e => e.CohortId == world.CohortId)
            .Join(db.Learners, e => e.LearnerId, l => l.Id, (e, l) => l)
            .ToDictionaryAsync(l => l.Id, l => l.Email));
}
