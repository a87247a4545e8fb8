using System.Net;
using Bootcamp.Domain.Programmes;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Programmes;

public sealed class ProgrammeEditingTests : AppFixture
{
    private HttpClient _admin = null!;

    protected override async Task ArrangeFixtureAsync() => _admin = await App.SignInAsync(BootcampApp.Admin);

    private static Dictionary<string, string> ProgrammeFields(string code, string weeks = "30") => new()
    {
        ["Form.Code"] = code,
        ["Form.Name"] = $"Programme {code}",
        ["Form.Track"] = "Cloud operations",
        ["Form.DurationWeeks"] = weeks,
        ["Form.Description"] = "Linux, networking and cloud platforms for career changers.",
        ["Form.MinAttendancePercent"] = "85",
        ["Form.MinExerciseHours"] = "350",
        ["Form.MinGroupSharePercent"] = "30",
        ["Form.MinSoftSkillAverage"] = "3.5",
        ["Form.RequireAllProjectsPassed"] = "true",
        ["Form.RequireAllBadges"] = "false",
    };

    private Task<int> ArrangeProgrammeAsync(string code, params string[] modules) => App.WithDbAsync(async db =>
    {
        var programme = new Programme(code, $"Programme {code}", "Testing", 30, "");
        foreach (var title in modules)
            programme.AddModule(title, 600, 1200, null);
        db.Programmes.Add(programme);
        await db.SaveChangesAsync();
        return programme.Id;
    });

    [Test]
    public async Task Admin_creates_a_programme_with_its_graduation_criteria()
    {
        var response = await _admin.PostFormAsync("/Programmes/Create", "/Programmes/Create", ProgrammeFields("cld"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var saved = await App.WithDbAsync(db => db.Programmes.AsNoTracking().SingleAsync(p => p.Code == "CLD"));
        Assert.That(saved.Name, Is.EqualTo("Programme cld"));
        Assert.That(saved.DurationWeeks, Is.EqualTo(30));
        Assert.That(saved.Criteria, Is.EqualTo(new GraduationCriteria(85, 350 * 60, 30, true, 3.5m, false)));
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo($"/Programmes/Details/{saved.Id}"));
    }

    [Test]
    public async Task A_programme_longer_than_39_weeks_is_refused_next_to_the_field_and_nothing_is_saved()
    {
        var before = await App.WithDbAsync(db => db.Programmes.CountAsync());

        var response = await _admin.PostFormAsync("/Programmes/Create", "/Programmes/Create", ProgrammeFields("LONG", weeks: "40"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var page = await response.ReadPageAsync();
        Assert.That(page.FieldError("Form_DurationWeeks"), Is.EqualTo("A programme runs 26 to 39 weeks."));
        Assert.That(page.GetElementById("Form_Code")?.GetAttribute("value"), Is.EqualTo("LONG"));
        Assert.That(await App.WithDbAsync(db => db.Programmes.CountAsync()), Is.EqualTo(before));
    }

    [Test]
    public async Task A_second_programme_with_the_same_code_is_refused_next_to_the_code()
    {
        var before = await App.WithDbAsync(db => db.Programmes.CountAsync());

        var response = await _admin.PostFormAsync("/Programmes/Create", "/Programmes/Create", ProgrammeFields("fsw"));

        var page = await response.ReadPageAsync();
        Assert.That(page.FieldError("Form_Code"), Does.Contain("already has the code FSW"));
        Assert.That(await App.WithDbAsync(db => db.Programmes.CountAsync()), Is.EqualTo(before));
    }

    [Test]
    public async Task Admin_edits_a_programme_and_its_criteria()
    {
        var id = await ArrangeProgrammeAsync("EDT");
        var fields = ProgrammeFields("EDT2", weeks: "26");
        fields["Form.MinAttendancePercent"] = "75";

        var response = await _admin.PostFormAsync($"/Programmes/Edit/{id}", $"/Programmes/Edit/{id}", fields);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var saved = await App.WithDbAsync(db => db.Programmes.AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.That(saved.Code, Is.EqualTo("EDT2"));
        Assert.That(saved.DurationWeeks, Is.EqualTo(26));
        Assert.That(saved.Criteria.MinAttendancePercent, Is.EqualTo(75));
    }

    [Test]
    public async Task Module_hours_in_quarter_steps_are_stored_as_minutes_after_the_last_module()
    {
        var id = await ArrangeProgrammeAsync("MOD", "Foundations");

        var response = await _admin.PostFormAsync($"/Programmes/AddModule/{id}", $"/Programmes/AddModule/{id}", new()
        {
            ["Form.Title"] = "Containers",
            ["Form.LectureHours"] = "12.25",
            ["Form.ExerciseHours"] = "40.5",
            ["Form.BadgeName"] = "Container Basics",
            ["Form.Topics"] = "Images\r\n\r\n  Volumes \nNetworking",
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var module = await App.WithDbAsync(db => db.Modules.AsNoTracking().SingleAsync(m => m.ProgrammeId == id && m.Title == "Containers"));
        Assert.That(module.PlannedLectureMinutes, Is.EqualTo(735));
        Assert.That(module.PlannedExerciseMinutes, Is.EqualTo(2430));
        Assert.That(module.Position, Is.EqualTo(2));
        Assert.That(module.BadgeName, Is.EqualTo("Container Basics"));
        Assert.That(module.Topics, Is.EqualTo(new[] { "Images", "Volumes", "Networking" }));
    }

    [TestCase("1e28", "20", "Form_LectureHours", "Lecture hours are 0 to 1000.")]
    [TestCase("10", "79228162514264337593543950335", "Form_ExerciseHours", "Exercise hours are 0 to 2000.")]
    public async Task Absurd_module_hours_are_refused_next_to_the_field_instead_of_an_error_page(string lecture, string exercise, string field, string message)
    {
        var id = await ArrangeProgrammeAsync(lecture == "10" ? "HUGE" : "HUG");

        var response = await _admin.PostFormAsync($"/Programmes/AddModule/{id}", $"/Programmes/AddModule/{id}", new()
        {
            ["Form.Title"] = "Absurd hours", ["Form.LectureHours"] = lecture, ["Form.ExerciseHours"] = exercise,
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await response.ReadPageAsync()).FieldError(field), Is.EqualTo(message));
        Assert.That(await App.WithDbAsync(db => db.Modules.CountAsync(m => m.ProgrammeId == id)), Is.Zero);
    }

    [Test]
    public async Task Module_hours_off_the_quarter_hour_are_refused_next_to_the_field_and_nothing_is_saved()
    {
        var id = await ArrangeProgrammeAsync("QTR");

        var response = await _admin.PostFormAsync($"/Programmes/AddModule/{id}", $"/Programmes/AddModule/{id}", new()
        {
            ["Form.Title"] = "Odd hours", ["Form.LectureHours"] = "10.1", ["Form.ExerciseHours"] = "20",
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var page = await response.ReadPageAsync();
        Assert.That(page.FieldError("Form_LectureHours"), Does.Contain("quarter hours"));
        Assert.That(await App.WithDbAsync(db => db.Modules.CountAsync(m => m.ProgrammeId == id)), Is.Zero);
    }

    [Test]
    public async Task Admin_edits_a_module_and_the_detail_shows_the_new_totals()
    {
        var id = await ArrangeProgrammeAsync("EMD", "Intro", "Advanced");
        var moduleId = await App.WithDbAsync(db => db.Modules.Where(m => m.ProgrammeId == id && m.Title == "Intro").Select(m => m.Id).SingleAsync());

        var response = await _admin.PostFormAsync($"/Programmes/EditModule/{moduleId}", $"/Programmes/EditModule/{moduleId}", new()
        {
            ["Form.Title"] = "Introduction", ["Form.LectureHours"] = "0.75", ["Form.ExerciseHours"] = "1", ["Form.Topics"] = "",
        });

        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo($"/Programmes/Details/{id}"));
        var module = await App.WithDbAsync(db => db.Modules.AsNoTracking().SingleAsync(m => m.Id == moduleId));
        Assert.That((module.Title, module.PlannedLectureMinutes, module.PlannedExerciseMinutes), Is.EqualTo(("Introduction", 45, 60)));
        var page = await _admin.GetPageAsync($"/Programmes/Details/{id}");
        Assert.That(page.GetElementById("total-lecture")?.TextContent, Is.EqualTo("10.75 h"));
    }

    [Test]
    public async Task Moving_a_module_up_swaps_it_with_the_one_before()
    {
        var id = await ArrangeProgrammeAsync("MOV", "First", "Second", "Third");
        var third = await App.WithDbAsync(db => db.Modules.Where(m => m.ProgrammeId == id && m.Title == "Third").Select(m => m.Id).SingleAsync());

        var response = await _admin.PostFormAsync($"/Programmes/Details/{id}", $"/Programmes/MoveModule/{id}", new()
        {
            ["moduleId"] = third.ToString(), ["direction"] = "-1",
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var order = await App.WithDbAsync(db => db.Modules.Where(m => m.ProgrammeId == id).OrderBy(m => m.Position).Select(m => m.Title).ToListAsync());
        Assert.That(order, Is.EqualTo(new[] { "First", "Third", "Second" }));
    }
}
