using System.Globalization;
using System.Net;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.SoftSkills;

/// <summary>Issue 10: the programme's rubric is edited on its page by admins; the cohort's assessment points by its centre's staff.</summary>
public sealed class RubricAndPointsTests : AppFixture
{
    private static Dictionary<string, string> Skill(string name, params string[] levels)
    {
        var fields = new Dictionary<string, string> { ["Form.Name"] = name };
        for (var i = 0; i < levels.Length; i++)
            fields[$"Form.Descriptors[{i}]"] = levels[i];
        return fields;
    }

    private Task<int> ProgrammeAsync(string code) => App.WithDbAsync(db => db.Programmes.Where(p => p.Code == code).Select(p => p.Id).SingleAsync());

    [Test]
    public async Task An_admin_adds_a_skill_with_five_levels_and_renames_it()
    {
        var programme = await ProgrammeAsync("DAN");
        var admin = await App.SignInAsync(BootcampApp.Admin);
        var rubric = $"/SoftSkills/Rubric/{programme}";

        var added = await admin.PostFormAsync(rubric, $"/SoftSkills/SaveSkill/{programme}", Skill("Data storytelling", "Reads charts aloud", "Picks a chart", "Tells the finding", "Shapes a narrative", "Persuades a board"));
        var skillId = await App.WithDbAsync(db => db.SoftSkills.Where(s => s.ProgrammeId == programme && s.Name == "Data storytelling").Select(s => s.Id).SingleAsync());
        var fields = Skill("Storytelling with data", "Reads charts aloud", "Picks a chart", "Tells the finding", "Shapes a narrative", "Persuades a board");
        fields["Form.SkillId"] = skillId.ToString(CultureInfo.InvariantCulture);
        var renamed = await admin.PostFormAsync(rubric, $"/SoftSkills/SaveSkill/{programme}", fields);

        Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(renamed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var page = await admin.GetPageAsync(rubric);
        var section = page.GetElementById($"skill-{skillId}")!;
        Assert.That(section.QuerySelector("h2")?.TextContent, Does.Contain("Storytelling with data"));
        Assert.That(section.QuerySelectorAll("ol.levels li").Select(l => l.TextContent), Is.EqualTo(new[] { "Reads charts aloud", "Picks a chart", "Tells the finding", "Shapes a narrative", "Persuades a board" }));
    }

    [Test]
    public async Task A_skill_without_a_level_described_gets_the_message_at_that_level_and_is_not_added()
    {
        var programme = await ProgrammeAsync("DAN");
        var admin = await App.SignInAsync(BootcampApp.Admin);
        var before = await App.WithDbAsync(db => db.SoftSkills.CountAsync(s => s.ProgrammeId == programme));

        var response = await admin.PostFormAsync($"/SoftSkills/Rubric/{programme}", $"/SoftSkills/SaveSkill/{programme}", Skill("Negotiation", "a", "b", "", "d", "e"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var page = await response.ReadPageAsync();
        var input = page.GetElementById("new-skill-level-3")!;
        Assert.That(page.GetElementById(input.GetAttribute("aria-describedby")!)?.TextContent.Trim(), Is.EqualTo("Describe level 3."));
        Assert.That(await App.WithDbAsync(db => db.SoftSkills.CountAsync(s => s.ProgrammeId == programme)), Is.EqualTo(before));
    }

    [Test]
    public async Task A_skill_learners_were_rated_in_cannot_be_removed()
    {
        var programme = await ProgrammeAsync("FSW");
        var teamwork = await App.WithDbAsync(db => db.SoftSkills.Where(s => s.ProgrammeId == programme && s.Name == "Teamwork").Select(s => s.Id).SingleAsync());
        var admin = await App.SignInAsync(BootcampApp.Admin);

        var response = await admin.PostFormAsync($"/SoftSkills/Rubric/{programme}", $"/SoftSkills/RemoveSkill/{programme}", new() { ["skillId"] = teamwork.ToString(CultureInfo.InvariantCulture) });

        Assert.That((await response.ReadPageAsync()).Errors().Where(e => e.StartsWith("Learners have been rated in Teamwork", StringComparison.Ordinal)).ToList(),
            Has.Count.EqualTo(1), "the message stands once, at the skill it is about");
        Assert.That(await App.WithDbAsync(db => db.SoftSkills.AnyAsync(s => s.Id == teamwork)), Is.True);
    }

    [Test]
    public async Task Staff_and_instructors_cannot_edit_the_rubric()
    {
        var programme = await ProgrammeAsync("FSW");

        foreach (var account in new[] { BootcampApp.Staff, BootcampApp.Instructor })
        {
            var client = await App.SignInAsync(account);
            Assert.That(await client.FinalStatusAsync($"/SoftSkills/Rubric/{programme}"), Is.EqualTo(HttpStatusCode.Forbidden), account);
        }
    }

    [Test]
    public async Task Staff_add_an_assessment_point_and_the_last_one_by_date_is_the_final()
    {
        var world = await SoftSkillWorld.CreateAsync(App);
        var staff = await App.SignInAsync(BootcampApp.Staff);
        var points = $"/SoftSkills/Points/{world.CohortId}";

        var response = await staff.PostFormAsync(points, $"/SoftSkills/SavePoint/{world.CohortId}",
            new() { ["Form.Name"] = "Demo day", ["Form.Date"] = world.Cohort.Today.AddDays(300).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var rows = (await staff.GetPageAsync(points)).QuerySelectorAll("#points tbody th").Select(t => t.TextContent.Trim());
        Assert.That(rows, Is.EqualTo(new[] { "Midpoint", "Final", "Demo day (final)" }));
    }

    [Test]
    public async Task A_point_without_a_date_gets_its_message_and_instructors_cannot_add_points()
    {
        var world = await SoftSkillWorld.CreateAsync(App);
        var staff = await App.SignInAsync(BootcampApp.Staff);
        var instructor = await App.SignInAsync(BootcampApp.Instructor);

        var missingDate = await staff.PostFormAsync($"/SoftSkills/Points/{world.CohortId}", $"/SoftSkills/SavePoint/{world.CohortId}", new() { ["Form.Name"] = "Late review" });
        var byInstructor = await instructor.PostFormAsync($"/SoftSkills/Points/{world.CohortId}", $"/SoftSkills/SavePoint/{world.CohortId}",
            new() { ["Form.Name"] = "Late review", ["Form.Date"] = "2026-09-01" });

        var page = await missingDate.ReadPageAsync();
        var input = page.GetElementById("new-point-date")!;
        Assert.That(page.GetElementById(input.GetAttribute("aria-describedby")!)?.TextContent.Trim(), Is.EqualTo("Give the date of the assessment."));
        Assert.That(page.Errors().Count(e => e == "Give the date of the assessment."), Is.EqualTo(1), "only the posted form shows the message");
        Assert.That(byInstructor.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(byInstructor.Headers.Location?.OriginalString, Does.Contain("/Account/Denied"));
        Assert.That(await App.WithDbAsync(db => db.AssessmentPoints.CountAsync(p => p.CohortId == world.CohortId)), Is.EqualTo(2));
    }

    [Test]
    public async Task An_admin_sets_which_ratings_the_soft_skill_criterion_reads_in_the_programme_editor()
    {
        var admin = await App.SignInAsync(BootcampApp.Admin);
        var fields = new Dictionary<string, string>
        {
            ["Form.Code"] = "SSK", ["Form.Name"] = "Programme SSK", ["Form.Track"] = "Testing", ["Form.DurationWeeks"] = "30", ["Form.Description"] = "",
            ["Form.MinAttendancePercent"] = "80", ["Form.MinExerciseHours"] = "400", ["Form.MinGroupSharePercent"] = "25", ["Form.MinSoftSkillAverage"] = "3",
            ["Form.RequireAllProjectsPassed"] = "true", ["Form.RequireAllBadges"] = "true", ["Form.SoftSkillSource"] = "InstructorAverage",
        };

        var response = await admin.PostFormAsync("/Programmes/Create", "/Programmes/Create", fields);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var id = await ProgrammeAsync("SSK");
        Assert.That(await App.WithDbAsync(db => db.Programmes.Where(p => p.Id == id).Select(p => p.Criteria.SoftSkillSource).SingleAsync()),
            Is.EqualTo(Bootcamp.Domain.Programmes.SoftSkillSource.InstructorAverage));
        var edit = await admin.GetPageAsync($"/Programmes/Edit/{id}");
        Assert.That(edit.QuerySelector("select[name='Form.SoftSkillSource'] option[selected]")?.GetAttribute("value"), Is.EqualTo("InstructorAverage"));
        Assert.That((await admin.GetPageAsync($"/Programmes/Details/{id}")).GetElementById("criteria")?.TextContent, Does.Contain("over the instructor's ratings at the assessment points"));
    }
}
