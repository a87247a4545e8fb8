using System.Net;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Projects;

public sealed class ProjectPagesTests : AppFixture
{
    private static Dictionary<string, string> ProjectFields(string title, string due, string passMark) => new()
    {
        ["Form.Title"] = title, ["Form.Brief"] = "Pairs build a blog.", ["Form.DueDate"] = due, ["Form.PassMarkPercent"] = passMark,
        ["Form.Milestones[0].Title"] = "Draft", ["Form.Milestones[0].DueDate"] = "2026-06-20",
        ["Form.Milestones[1].Title"] = "", ["Form.Milestones[1].DueDate"] = "",
    };

    [Test]
    public async Task Staff_create_a_project_with_its_milestones_from_the_cohorts_project_list()
    {
        var world = await ProjectWorld.CreateAsync(App);
        var staff = await App.SignInAsync(BootcampApp.Staff);
        var cohortPage = await staff.GetPageAsync($"/Cohorts/Details/{world.CohortId}");
        Assert.That(cohortPage.QuerySelector($"a[href='/Projects/Cohort/{world.CohortId}']"), Is.Not.Null, "the cohort page links to its projects");

        var response = await staff.PostFormAsync($"/Projects/Cohort/{world.CohortId}/Create", $"/Projects/Cohort/{world.CohortId}/Create",
            ProjectFields("Blog", "2026-07-01", "55"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var project = await App.WithDbAsync(db => db.GroupProjects.AsNoTracking().Include(p => p.Milestones).SingleAsync(p => p.CohortId == world.CohortId && p.Title == "Blog"));
        Assert.That((project.DueDate, project.PassMarkPercent), Is.EqualTo((new DateOnly(2026, 7, 1), 55)));
        Assert.That(project.Milestones.Select(m => (m.Title, m.DueDate)), Is.EqualTo(new[] { ("Draft", new DateOnly(2026, 6, 20)) }));
        var list = await staff.GetPageAsync($"/Projects/Cohort/{world.CohortId}");
        Assert.That(list.QuerySelectorAll("td a").Select(a => a.TextContent), Does.Contain("Blog"));
    }

    [Test]
    public async Task Bad_project_input_gets_its_message_next_to_the_field_and_nothing_is_saved()
    {
        var world = await ProjectWorld.CreateAsync(App);
        var instructor = await App.SignInAsync(BootcampApp.Instructor);
        var url = $"/Projects/Cohort/{world.CohortId}/Create";

        var empty = await (await instructor.PostFormAsync(url, url, ProjectFields(" ", "2026-07-01", "60"))).ReadPageAsync();
        var passMark = await (await instructor.PostFormAsync(url, url, ProjectFields("Blog", "2026-07-01", "101"))).ReadPageAsync();
        var zero = await (await instructor.PostFormAsync(url, url, ProjectFields("Blog", "2026-07-01", "0"))).ReadPageAsync();
        var due = await (await instructor.PostFormAsync(url, url, ProjectFields("Blog", "2101-01-01", "60"))).ReadPageAsync();
        var fields = ProjectFields("Blog", "2026-07-01", "60");
        fields["Form.Milestones[1].DueDate"] = "2026-06-25";
        var untitledMilestone = await (await instructor.PostFormAsync(url, url, fields)).ReadPageAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(empty.FieldError("Form_Title"), Is.EqualTo("A project needs a title."));
            Assert.That(passMark.FieldError("Form_PassMarkPercent"), Is.EqualTo("The pass mark is 1 to 100 percent."));
            Assert.That(zero.FieldError("Form_PassMarkPercent"), Is.EqualTo("The pass mark is 1 to 100 percent."));
            Assert.That(due.FieldError("Form_DueDate"), Is.EqualTo("The due date must be between 2000 and 2100."));
            Assert.That(untitledMilestone.FieldError("Form_Milestones_1__Title"), Is.EqualTo("A milestone needs a title."));
        }
        Assert.That(await App.WithDbAsync(db => db.GroupProjects.CountAsync(p => p.CohortId == world.CohortId)), Is.EqualTo(1), "only the world's own project");
    }

    [Test]
    public async Task Copying_the_programmes_templates_dates_the_project_by_the_cohorts_lectures_of_its_module_once()
    {
        var world = await ProjectWorld.CreateAsync(App);
        var instructor = await App.SignInAsync(BootcampApp.Instructor);
        var list = $"/Projects/Cohort/{world.CohortId}";

        var first = await instructor.PostFormAsync(list, $"/Projects/Cohort/{world.CohortId}/CopyTemplates", []);
        var again = await instructor.PostFormAsync(list, $"/Projects/Cohort/{world.CohortId}/CopyTemplates", []);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var copies = await App.WithDbAsync(db => db.GroupProjects.AsNoTracking().Include(p => p.Milestones).Where(p => p.CohortId == world.CohortId && p.Title == "Shop").ToListAsync());
        Assert.That(copies, Has.Count.EqualTo(1), "copied once");
        var shop = copies[0];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(shop.ModuleId, Is.EqualTo(world.Module2));
            Assert.That(shop.PassMarkPercent, Is.EqualTo(65));
            Assert.That(shop.DueDate, Is.EqualTo(world.Module2LastLecture), "due at the module's last lecture");
            Assert.That(shop.Milestones.OrderBy(m => m.DueDate).Select(m => m.Title), Is.EqualTo(new[] { "Wireframes", "Working cart", "Demo" }));
            Assert.That(shop.Milestones.Max(m => m.DueDate), Is.EqualTo(world.Module2LastLecture));
        }
    }

    [Test]
    public async Task A_partner_reads_a_project_of_their_cohorts_but_cannot_change_it()
    {
        var (projectId, groupId) = await App.WithDbAsync(async db =>
        {
            var cohort = await db.Cohorts.SingleAsync(c => c.Code == "LIS-QAA-03");
            var group = await db.ProjectGroups.Where(g => g.CohortId == cohort.Id && g.GroupProjectId != null).OrderBy(g => g.Id).FirstAsync();
            return (group.GroupProjectId!.Value, group.Id);
        });
        var partner = await App.SignInAsync(BootcampApp.Partner);
        var gradeBefore = await App.WithDbAsync(db => db.ProjectGroups.Where(g => g.Id == groupId).Select(g => g.GradePercent).SingleAsync());

        var page = await partner.GetPageAsync($"/Projects/{projectId}");
        var post = await partner.PostFormAsync($"/Projects/{projectId}", $"/Projects/Groups/{groupId}/Grade", new() { ["Form.TeamGrade"] = "10" });

        Assert.That(page.QuerySelector($"a[href='/Projects/Groups/{groupId}/Grade']"), Is.Null, "no grading link");
        Assert.That(page.QuerySelector("form[action$='/Move']"), Is.Null, "no move form");
        Assert.That(await partner.FinalStatusAsync($"/Projects/Groups/{groupId}/Grade"), Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(post.Headers.Location?.OriginalString, Does.Contain("/Account/Denied"));
        Assert.That(await App.WithDbAsync(db => db.ProjectGroups.Where(g => g.Id == groupId).Select(g => g.GradePercent).SingleAsync()), Is.EqualTo(gradeBefore));
    }

    [Test]
    public async Task An_instructor_of_another_cohort_gets_not_found_for_its_projects_and_groups()
    {
        var (cohortId, projectId, groupId) = await App.WithDbAsync(async db =>
        {
            var cohort = await db.Cohorts.SingleAsync(c => c.Code == "TOR-CYB-04");
            var group = await db.ProjectGroups.Where(g => g.CohortId == cohort.Id && g.GroupProjectId != null).OrderBy(g => g.Id).FirstAsync();
            return (cohort.Id, group.GroupProjectId!.Value, group.Id);
        });
        var instructor = await App.SignInAsync(BootcampApp.Instructor);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await instructor.FinalStatusAsync($"/Projects/Cohort/{cohortId}"), Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await instructor.FinalStatusAsync($"/Projects/{projectId}"), Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await instructor.FinalStatusAsync($"/Projects/Groups/{groupId}"), Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await instructor.FinalStatusAsync($"/Projects/Groups/{groupId}/Grade"), Is.EqualTo(HttpStatusCode.NotFound));
        }
        var post = await instructor.PostFormAsync("/", $"/Projects/Groups/{groupId}/Grade", new() { ["Form.TeamGrade"] = "10" });
        Assert.That(post.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Editing_a_project_renames_and_adds_milestones_but_keeps_one_with_submitted_work()
    {
        var world = await ProjectWorld.CreateAsync(App);
        var groups = await world.FormGroupsAsync(App, [.. world.Learners.Take(2)]);
        await App.WithDbAsync(db =>
        {
            db.MilestoneSubmissions.Add(new Bootcamp.Domain.Projects.MilestoneSubmission(world.CohortId, groups[0], world.PastMilestone, "https://git.example.org/plan", null,
                BootcampApp.Instructor, App.UtcNow, LoggingWorld.BerlinToday(App)));
            return db.SaveChangesAsync();
        });
        var staff = await App.SignInAsync(BootcampApp.Staff);
        var url = $"/Projects/{world.ProjectId}/Edit";
        var form = await staff.GetPageAsync(url);
        Assert.That(form.QuerySelector("#Form_Title")?.GetAttribute("value"), Is.EqualTo("Team site"));
        string Text(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Dictionary<string, string> Fields(string planTitle) => new()
        {
            ["Form.Title"] = "Team site v2", ["Form.Brief"] = "", ["Form.ModuleId"] = Text(world.Module2), ["Form.DueDate"] = "2026-07-10", ["Form.PassMarkPercent"] = "70",
            ["Form.Milestones[0].Id"] = Text(world.PastMilestone), ["Form.Milestones[0].Title"] = planTitle, ["Form.Milestones[0].DueDate"] = "2026-06-07",
            ["Form.Milestones[1].Id"] = Text(world.FutureMilestone), ["Form.Milestones[1].Title"] = "Release candidate", ["Form.Milestones[1].DueDate"] = "2026-06-20",
            ["Form.Milestones[2].Title"] = "Demo", ["Form.Milestones[2].DueDate"] = "2026-07-10",
        };

        var refused = await (await staff.PostFormAsync(url, url, Fields(""))).ReadPageAsync();
        var saved = await staff.PostFormAsync(url, url, Fields("Plan and backlog"));

        Assert.That(refused.Errors(), Does.Contain("'Plan' has submitted work, so it cannot be removed."));
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var project = await App.WithDbAsync(db => db.GroupProjects.AsNoTracking().Include(p => p.Milestones).SingleAsync(p => p.Id == world.ProjectId));
        Assert.That((project.Title, project.PassMarkPercent, project.DueDate), Is.EqualTo(("Team site v2", 70, new DateOnly(2026, 7, 10))));
        Assert.That(project.Milestones.OrderBy(m => m.DueDate).Select(m => m.Title), Is.EqualTo(new[] { "Plan and backlog", "Release candidate", "Demo" }));
    }

    [Test]
    public async Task Every_form_of_the_project_pages_carries_its_own_anti_forgery_token()
    {
        var world = await ProjectWorld.CreateAsync(App);
        var staff = await App.SignInAsync(BootcampApp.Staff);
        var forms = 0;
        async Task CheckAsync(params string[] urls)
        {
            foreach (var url in urls)
            {
                var page = await staff.GetPageAsync(url);
                foreach (var form in page.QuerySelectorAll("main form[method=post]"))
                {
                    forms++;
                    Assert.That(form.QuerySelector("input[name=__RequestVerificationToken]"), Is.Not.Null, $"a form on {url} posting to {form.GetAttribute("action")}");
                }
            }
        }

        await CheckAsync($"/Projects/Cohort/{world.CohortId}", $"/Projects/Cohort/{world.CohortId}/Create", $"/Projects/{world.ProjectId}/Edit", $"/Projects/{world.ProjectId}/Groups");
        var groups = await world.FormGroupsAsync(App, [.. world.Learners.Take(2)], [.. world.Learners.Skip(2)]);
        await App.WithDbAsync(db =>
        {
            db.MilestoneSubmissions.Add(new Bootcamp.Domain.Projects.MilestoneSubmission(world.CohortId, groups[0], world.PastMilestone, "https://git.example.org/plan", null,
                BootcampApp.Staff, App.UtcNow, LoggingWorld.BerlinToday(App)));
            return db.SaveChangesAsync();
        });
        await CheckAsync($"/Projects/{world.ProjectId}", $"/Projects/Groups/{groups[0]}", $"/Projects/Groups/{groups[0]}/Grade");

        Assert.That(forms, Is.GreaterThanOrEqualTo(7));
    }
}
