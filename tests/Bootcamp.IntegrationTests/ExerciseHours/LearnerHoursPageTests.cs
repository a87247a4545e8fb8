using System.Globalization;
using Bootcamp.Domain.Logging;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.ExerciseHours;

/// <summary>
/// A learner's hours page sums before it lists: hours by module, solo and group, over every entry; then the entries
/// a page at a time, newest first, with every entry on exactly one page.
/// </summary>
public sealed class LearnerHoursPageTests : AppFixture
{
    private const int Entries = 60;
    private LoggingWorld _world = null!;
    private int _learner;
    private string _loggedBy = "";

    protected override async Task ArrangeFixtureAsync()
    {
        _world = await LoggingWorld.CreateAsync(App);
        _learner = _world.Regulars[0];
        _loggedBy = await App.WithDbAsync(db => db.Users.Where(u => u.Email == BootcampApp.Instructor).Select(u => u.Id).SingleAsync());
        await App.WithDbAsync(async db =>
        {
            // 60 entries over 60 days: modules taken in turn, every third one group work, 45 to 120 minutes.
            for (var i = 0; i < Entries; i++)
            {
                db.ExerciseLogs.Add(new ExerciseLog(_world.CohortId, _learner, _world.ModuleIds[i % 2], _world.Today.AddDays(-1 - i), 45 + 15 * (i % 6),
                    i % 3 == 0 ? ExerciseKind.Group : ExerciseKind.Solo, null, null, $"Kata {i + 1}", _loggedBy, App.UtcNow));
            }
            return await db.SaveChangesAsync();
        });
    }

    private string Url(int? page = null) => $"/ExerciseHours/Cohorts/{_world.CohortId}/Learners/{_learner}{(page is { } p ? $"?page={p}" : "")}";

    private static string H(int minutes) => (minutes / 60m).ToString("0.##", CultureInfo.InvariantCulture);

    [Test]
    public async Task The_sums_by_module_and_kind_come_before_the_entries_and_cover_every_entry()
    {
        var logs = await App.WithDbAsync(db => db.ExerciseLogs.Where(e => e.CohortId == _world.CohortId && e.LearnerId == _learner).ToListAsync());
        var titles = await App.WithDbAsync(db => db.Modules.Where(m => _world.ModuleIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Title));
        var staff = await App.SignInAsync(BootcampApp.Staff);

        var page = await staff.GetPageAsync(Url());

        var rows = page.QuerySelectorAll("#by-module tbody tr")
            .Select(r => string.Join("|", r.Children.Select(c => c.TextContent.Trim()))).ToList();
        var expected = logs.GroupBy(l => l.ModuleId).OrderBy(g => _world.ModuleIds.ToList().IndexOf(g.Key))
            .Select(g => $"{titles[g.Key]}|{H(g.Where(l => l.Kind == ExerciseKind.Solo).Sum(l => l.Minutes))}|{H(g.Where(l => l.Kind == ExerciseKind.Group).Sum(l => l.Minutes))}|{H(g.Sum(l => l.Minutes))}");
        Assert.That(rows, Is.EqualTo(expected));
        Assert.That(page.QuerySelector("[data-figure=total]")!.TextContent, Does.StartWith($"{H(logs.Sum(l => l.Minutes))} h logged in {Entries} entries: "));
        var headings = page.QuerySelectorAll("h2").Select(h => h.Id).ToList();
        Assert.That(headings.IndexOf("summary-heading"), Is.LessThan(headings.IndexOf("entries-heading")), "numbers summarise before they list");
    }

    [Test]
    public async Task The_entries_come_a_page_at_a_time_newest_first_each_on_one_page()
    {
        var staff = await App.SignInAsync(BootcampApp.Staff);
        var seen = new List<string>();
        for (var p = 1; p <= 3; p++)
        {
            var page = await staff.GetPageAsync(Url(p));
            var descriptions = page.QuerySelectorAll("section[aria-labelledby=entries-heading] tbody tr").Select(r => r.Children[5].TextContent.Trim()).ToList();
            Assert.That(descriptions, Has.Count.EqualTo(p < 3 ? 25 : 10), $"page {p}");
            Assert.That(page.QuerySelector("nav[aria-label=Pages]")!.TextContent, Does.Contain($"Page {p} of 3"));
            seen.AddRange(descriptions);
        }

        Assert.That(seen, Is.EqualTo(Enumerable.Range(1, Entries).Select(i => $"Kata {i}")), "newest first, none twice, none left out");
        var beyond = await staff.GetPageAsync(Url(99));
        Assert.That(beyond.QuerySelector("nav[aria-label=Pages]")!.TextContent, Does.Contain("Page 3 of 3"), "a page past the last shows the last");
    }
}
