using System.Net;
using AngleSharp.Dom;
using Bootcamp.Domain.Logging;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.SoftSkills;

/// <summary>Issue 10: instructors rate a whole cohort or one group on one page, whole or not at all, audited like hours.</summary>
public sealed class RatingGridTests : AppFixture
{
    private static string Url(int cohortId) => $"/SoftSkills/Rate/{cohortId}";

    private static string Message(IDocument page, string inputId)
    {
        var input = page.GetElementById(inputId) ?? throw new AssertionException($"no input #{inputId}");
        Assert.That(input.ClassList, Does.Contain("input-validation-error"), $"#{inputId} is not marked invalid");
        var described = input.GetAttribute("aria-describedby") ?? throw new AssertionException($"#{inputId} points at no message");
        return page.GetElementById(described)?.TextContent.Trim() ?? "";
    }

    private Task<List<(int Learner, int Skill, int Score, string? Comment)>> RatingsAsync(int cohortId, int pointId) =>
        App.WithDbAsync(async db => (await db.SoftSkillAssessments.AsNoTracking().Where(a => a.CohortId == cohortId && a.PointId == pointId)
            .OrderBy(a => a.LearnerId).ThenBy(a => a.SkillId).Select(a => new { a.LearnerId, a.SkillId, a.Score, a.Comment }).ToListAsync())
            .Select(a => (a.LearnerId, a.SkillId, a.Score, a.Comment)).ToList());

    [Test]
    public async Task The_grid_shows_every_rated_learner_by_every_skill_with_the_level_descriptors()
    {
        var world = await SoftSkillWorld.CreateAsync(App);
        var instructor = await App.SignInAsync(BootcampApp.Instructor);

        var page = await instructor.GetPageAsync($"{Url(world.CohortId)}?pointId={world.Midpoint}");

        var headers = page.QuerySelectorAll("#ratings thead th[scope=col]").Skip(1).ToList();
        Assert.That(headers.Select(h => h.TextContent.Trim()), Is.EqualTo(new[] { "Teamwork", "Communication", "Problem solving", "Time management", "Adaptability" }));
        Assert.That(headers[0].GetAttribute("title"), Does.StartWith("1: Works alone even in group tasks").And.Contain("5: Holds the group together"));
        Assert.That(page.QuerySelectorAll("#ratings tbody tr"), Has.Length.EqualTo(world.Rated.Count), "the withdrawn learner is not rated");
        Assert.That(page.QuerySelectorAll("#ratings input[type=number]"), Has.Length.EqualTo(world.Rated.Count * 5));
    }

    [Test]
    public async Task A_whole_cohort_is_rated_in_one_save_with_an_audit_entry_per_rating()
    {
        var world = await SoftSkillWorld.CreateAsync(App);
        var instructor = await App.SignInAsync(BootcampApp.Instructor);
        var url = $"{Url(world.CohortId)}?pointId={world.Midpoint}";

        var response = await instructor.PostFormAsync(url, Url(world.CohortId),
            world.Grid(world.Midpoint, world.Rated, 3, (l, s) => l == world.Rated[0] && s == world.Skills[0] ? ("4", "Leads the stand-ups") : null));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var ratings = await RatingsAsync(world.CohortId, world.Midpoint);
        Assert.That(ratings, Has.Count.EqualTo(world.Rated.Count * 5));
        Assert.That(ratings.First(r => r.Learner == world.Rated[0] && r.Skill == world.Skills[0]), Is.EqualTo((world.Rated[0], world.Skills[0], 4, (string?)"Leads the stand-ups")));
        var audit = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.CohortId == world.CohortId && a.Record == AuditedRecord.SoftSkillRating).ToListAsync());
        Assert.That(audit, Has.Count.EqualTo(world.Rated.Count * 5));
        Assert.That(audit, Has.All.Matches<AuditEntry>(a => a!.ChangedBy == BootcampApp.Instructor && a.Action == AuditAction.Created && a.OldValue == null));
        Assert.That(audit.Select(a => a.NewValue), Does.Contain("Teamwork at Midpoint: 4 (Leads the stand-ups)"));
    }

    [Test]
    public async Task A_changed_rating_is_audited_with_before_and_after_and_an_unchanged_one_is_not()
    {
        var world = await SoftSkillWorld.CreateAsync(App);
        var staff = await App.SignInAsync(BootcampApp.Staff);
        var url = $"{Url(world.CohortId)}?pointId={world.Midpoint}";
        var learners = world.Rated.Take(1).ToList();
        await staff.PostFormAsync(url, Url(world.CohortId), world.Grid(world.Midpoint, learners, 3));

        await staff.PostFormAsync(url, Url(world.CohortId), world.Grid(world.Midpoint, learners, 3, (_, s) => s == world.Skills[1] ? ("2", "Quieter lately") : null));

        var changes = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.CohortId == world.CohortId && a.Record == AuditedRecord.SoftSkillRating && a.Action == AuditAction.Changed).ToListAsync());
        Assert.That(changes.Select(c => (c.OldValue, c.NewValue, c.ChangedBy)), Is.EqualTo(new[]
        {
            ((string?)"Communication at Midpoint: 3", (string?)"Communication at Midpoint: 2 (Quieter lately)", BootcampApp.Staff),
        }));
    }

    [Test]
    public async Task A_group_is_rated_on_its_own_page_with_only_its_members()
    {
        var world = await SoftSkillWorld.CreateAsync(App);
        var instructor = await App.SignInAsync(BootcampApp.Instructor);
        var url = $"{Url(world.CohortId)}?pointId={world.Midpoint}&groupId={world.Cohort.GroupId}";

        var page = await instructor.GetPageAsync(url);
        var response = await instructor.PostFormAsync(url, Url(world.CohortId), world.Grid(world.Midpoint, world.Cohort.GroupMembers, 4, groupId: world.Cohort.GroupId));

        Assert.That(page.QuerySelectorAll("#ratings tbody tr"), Has.Length.EqualTo(3));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.OriginalString, Does.Contain($"groupId={world.Cohort.GroupId}"));
        var ratings = await RatingsAsync(world.CohortId, world.Midpoint);
        Assert.That(ratings.Select(r => r.Learner).Distinct(), Is.EquivalentTo(world.Cohort.GroupMembers));
        Assert.That(ratings.Select(r => r.Score), Is.All.EqualTo(4));
    }

    [Test]
    public async Task A_rating_outside_1_to_5_gets_its_message_beside_the_cell_and_nothing_is_saved()
    {
        var world = await SoftSkillWorld.CreateAsync(App);
        var instructor = await App.SignInAsync(BootcampApp.Instructor);
        var url = $"{Url(world.CohortId)}?pointId={world.Midpoint}";
        await instructor.PostFormAsync(url, Url(world.CohortId), world.Grid(world.Midpoint, world.Rated, 3));
        var before = await RatingsAsync(world.CohortId, world.Midpoint);

        var response = await instructor.PostFormAsync(url, Url(world.CohortId),
            world.Grid(world.Midpoint, world.Rated, 5, (l, s) => l == world.Rated[1] && s == world.Skills[2] ? ("6", null) : null));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var page = await response.ReadPageAsync();
        Assert.That(Message(page, "score-7"), Is.EqualTo("A rating is 1 to 5."));
        Assert.That(page.GetElementById("score-7")?.GetAttribute("value"), Is.EqualTo("6"), "the posted value is shown for correcting");
        Assert.That(await RatingsAsync(world.CohortId, world.Midpoint), Is.EqualTo(before), "no cell of the grid was saved");
    }

    [Test]
    public async Task An_unknown_skill_and_a_comment_too_long_get_their_messages_and_nothing_is_saved()
    {
        var world = await SoftSkillWorld.CreateAsync(App);
        var instructor = await App.SignInAsync(BootcampApp.Instructor);
        var url = $"{Url(world.CohortId)}?pointId={world.Midpoint}";
        var fields = world.Grid(world.Midpoint, world.Rated.Take(1).ToList(), 3, (_, s) => s == world.Skills[0] ? ("3", new string('x', 1001)) : null);
        fields["Form.Cells[1].SkillId"] = "987654";

        var response = await instructor.PostFormAsync(url, Url(world.CohortId), fields);

        var page = await response.ReadPageAsync();
        Assert.That(Message(page, "comment-0"), Is.EqualTo("Keep the comment to 1000 characters."));
        Assert.That(page.Errors(), Does.Contain("This skill is not in the programme's rubric."));
        Assert.That(await RatingsAsync(world.CohortId, world.Midpoint), Is.Empty);
    }

    [Test]
    public async Task Staff_of_another_centre_and_the_partner_do_not_reach_the_grid()
    {
        var world = await SoftSkillWorld.CreateAsync(App);
        var lisbon = await App.SignInAsync("lisbon.staff@bootcamp.local");
        var partner = await App.SignInAsync(BootcampApp.Partner);

        foreach (var page in new[] { "Rate", "Peer", "Points" })
        {
            Assert.That(await lisbon.FinalStatusAsync($"/SoftSkills/{page}/{world.CohortId}"), Is.EqualTo(HttpStatusCode.NotFound), page);
            Assert.That(await partner.FinalStatusAsync($"/SoftSkills/{page}/{world.CohortId}"), Is.EqualTo(HttpStatusCode.Forbidden), page);
        }
        var post = await lisbon.PostFormAsync("/", Url(world.CohortId), world.Grid(world.Midpoint, world.Rated, 3));
        Assert.That(post.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await RatingsAsync(world.CohortId, world.Midpoint), Is.Empty);
    }
}
