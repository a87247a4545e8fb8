using System.Net;
using Bootcamp.IntegrationTests.Support;
using Bootcamp.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Projects;

public sealed class GroupFormingTests : AppFixture
{
    private static string GroupsUrl(ProjectWorld world) => $"/Projects/{world.ProjectId}/Groups";

    /// <summary>The forming form with every learner of the world in the group <paramref name="groupOf"/> names (1-based), or none.</summary>
    private static Dictionary<string, string> Fields(ProjectWorld world, string command, int groupCount, Func<int, int?> groupOf, params string[] names)
    {
        var fields = new Dictionary<string, string> { ["Command"] = command, ["GroupCount"] = groupCount.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        for (var g = 0; g < names.Length; g++)
            fields[$"Names[{g}]"] = names[g];
        for (var i = 0; i < world.Learners.Count; i++)
        {
            fields[$"Rows[{i}].LearnerId"] = world.Learners[i].ToString(System.Globalization.CultureInfo.InvariantCulture);
            fields[$"Rows[{i}].Group"] = groupOf(world.Learners[i])?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
        }
        return fields;
    }

    [Test]
    public async Task Groups_formed_by_hand_are_saved_with_a_history_row_per_member()
    {
        var world = await ProjectWorld.CreateAsync(App);
        var instructor = await App.SignInAsync(BootcampApp.Instructor);
        var split = world.Learners.Take(5).ToHashSet();

        var response = await instructor.PostFormAsync(GroupsUrl(world), GroupsUrl(world), Fields(world, GroupsForm.Save, 2, id => split.Contains(id) ? 1 : 2, "Red", "Blue"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var groups = await world.GroupsAsync(App);
        Assert.That(groups.Select(g => g.Name), Is.EqualTo(new[] { "Blue", "Red" }));
        Assert.That(groups.Single(g => g.Name == "Red").Members, Is.EquivalentTo(split));
        var moves = await world.MovesAsync(App);
        Assert.That(moves, Has.Count.EqualTo(8));
        Assert.That(moves.Select(m => (m.FromGroupId, m.Reason, m.MovedBy)), Is.All.EqualTo(((int?)null, GroupWriter.FormedReason, BootcampApp.Instructor)));
        Assert.That(await instructor.FinalStatusAsync(GroupsUrl(world)), Is.EqualTo(HttpStatusCode.Redirect), "formed groups change by moves only");
    }

    [Test]
    public async Task Balancing_previews_groups_that_each_mix_strong_and_struggling_learners_and_saves_nothing_until_saved()
    {
        var world = await ProjectWorld.CreateAsync(App);
        var staff = await App.SignInAsync(BootcampApp.Staff);

        var preview = await (await staff.PostFormAsync(GroupsUrl(world), GroupsUrl(world), Fields(world, GroupsForm.Balance, 2, _ => null))).ReadPageAsync();

        Assert.That(preview.QuerySelector("#preview-heading")?.TextContent, Does.Contain("not saved yet"));
        Assert.That(await world.GroupsAsync(App), Is.Empty, "a preview saves nothing");
        var proposed = world.Learners.Select((id, i) => (id, group: preview.QuerySelector($"#group-{i} option[selected]")?.GetAttribute("value"))).ToList();
        Assert.That(proposed.Select(p => p.group), Is.All.AnyOf("1", "2"));
        foreach (var group in new[] { "1", "2" })
        {
            var members = proposed.Where(p => p.group == group).Select(p => p.id).ToList();
            Assert.That(members, Has.Count.EqualTo(4));
            Assert.That(members.Count(world.Strong.Contains), Is.EqualTo(2), $"group {group} has two of the strong learners");
            Assert.That(members.Count(world.Struggling.Contains), Is.EqualTo(2), $"group {group} has two of the struggling learners");
        }

        var groupOf = proposed.ToDictionary(p => p.id, p => (int?)int.Parse(p.group!, System.Globalization.CultureInfo.InvariantCulture));
        var saved = await staff.PostFormAsync(GroupsUrl(world), GroupsUrl(world), Fields(world, GroupsForm.Save, 2, id => groupOf[id], "Group A", "Group B"));

        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var groups = await world.GroupsAsync(App);
        Assert.That(groups.Select(g => g.Members.Count(world.Strong.Contains)), Is.All.EqualTo(2));
    }

    [Test]
    public async Task A_group_without_members_or_a_learner_no_longer_enrolled_saves_no_group_at_all()
    {
        var world = await ProjectWorld.CreateAsync(App);
        var instructor = await App.SignInAsync(BootcampApp.Instructor);

        var emptyGroup = await (await instructor.PostFormAsync(GroupsUrl(world), GroupsUrl(world),
            Fields(world, GroupsForm.Save, 3, _ => 1, "One", "Two", "Three"))).ReadPageAsync();
        Assert.That(emptyGroup.Errors(), Does.Contain("This group has no members yet."));

        // The page was built while everyone was enrolled; one learner is withdrawn before the save.
        await App.WithDbAsync(async db =>
        {
            var enrolment = await db.Enrolments.SingleAsync(e => e.CohortId == world.CohortId && e.LearnerId == world.Struggling[0]);
            enrolment.Withdraw(LoggingWorld.BerlinToday(App), "Moved away", LoggingWorld.BerlinToday(App));
            return await db.SaveChangesAsync();
        });
        var fields = Fields(world, GroupsForm.Save, 2, id => world.Strong.Contains(id) ? 1 : 2, "One", "Two");
        var refused = await (await instructor.PostFormAsync($"/Projects/{world.ProjectId}", GroupsUrl(world), fields)).ReadPageAsync();

        Assert.That(refused.Errors(), Does.Contain("A learner on this page is no longer enrolled and was taken off it; check the groups and save again."));
        Assert.That(await world.GroupsAsync(App), Is.Empty, "nothing half-saved");
        Assert.That(await world.MovesAsync(App), Is.Empty);
        Assert.That(refused.QuerySelectorAll("select[id^='group-']"), Has.Length.EqualTo(7), "the page offers only the enrolled learners again");
    }

    [Test]
    public async Task Moving_a_learner_keeps_the_history_with_who_when_from_to_and_why()
    {
        var world = await ProjectWorld.CreateAsync(App);
        var groups = await world.FormGroupsAsync(App, [.. world.Learners.Take(4)], [.. world.Learners.Skip(4)]);
        var instructor = await App.SignInAsync(BootcampApp.Instructor);
        var page = $"/Projects/{world.ProjectId}";
        var learner = world.Learners[0];

        var noReason = await (await instructor.PostFormAsync(page, $"{page}/Move", new()
        {
            ["Move.LearnerId"] = learner.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Move.ToGroupId"] = groups[1].ToString(System.Globalization.CultureInfo.InvariantCulture), ["Move.Reason"] = "",
        })).ReadPageAsync();
        Assert.That(noReason.FieldError("Move_Reason"), Is.EqualTo("Say why the learner changes group."));
        Assert.That(await world.MovesAsync(App), Is.Empty);

        var moved = await instructor.PostFormAsync(page, $"{page}/Move", new()
        {
            ["Move.LearnerId"] = learner.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Move.ToGroupId"] = groups[1].ToString(System.Globalization.CultureInfo.InvariantCulture), ["Move.Reason"] = "Balances the back-end work",
        });

        Assert.That(moved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var now = await world.GroupsAsync(App);
        Assert.That(now.Single(g => g.GroupId == groups[0]).Members, Does.Not.Contain(learner));
        Assert.That(now.Single(g => g.GroupId == groups[1]).Members, Does.Contain(learner));
        var move = (await world.MovesAsync(App)).Single();
        Assert.That((move.LearnerId, move.FromGroupId, move.ToGroupId, move.Reason, move.MovedBy, move.MovedAtUtc),
            Is.EqualTo((learner, (int?)groups[0], (int?)groups[1], "Balances the back-end work", BootcampApp.Instructor, App.UtcNow)));
        var history = await instructor.GetPageAsync(page);
        Assert.That(history.QuerySelector("#moves tbody tr")?.TextContent, Does.Contain("Group A").And.Contain("Group B").And.Contain("Balances the back-end work"));
    }

    [Test]
    public async Task A_withdrawn_learner_leaves_an_open_group_but_stays_in_a_graded_one()
    {
        var world = await ProjectWorld.CreateAsync(App);
        var groups = await world.FormGroupsAsync(App, [.. world.Learners.Take(4)], [.. world.Learners.Skip(4)]);
        var learner = world.Learners[0];
        var (enrolmentId, gradedGroup) = await App.WithDbAsync(async db =>
        {
            var graded = new Bootcamp.Domain.Projects.GroupProject(world.CohortId, null, "Earlier project", "", 50, LoggingWorld.BerlinToday(App).AddDays(-10));
            db.GroupProjects.Add(graded);
            await db.SaveChangesAsync();
            var group = new Bootcamp.Domain.Projects.ProjectGroup(world.CohortId, graded.Id, "Done");
            group.AddMember(learner);
            group.Grade(70, LoggingWorld.BerlinToday(App).AddDays(-5));
            db.ProjectGroups.Add(group);
            await db.SaveChangesAsync();
            return (await db.Enrolments.Where(e => e.CohortId == world.CohortId && e.LearnerId == learner).Select(e => e.Id).SingleAsync(), group.Id);
        });
        var staff = await App.SignInAsync(BootcampApp.Staff);
        var url = $"/Cohorts/{world.CohortId}/Withdraw/{enrolmentId}";

        var response = await staff.PostFormAsync(url, url, new() { ["Form.WithdrawnOn"] = LoggingWorld.BerlinToday(App).ToString("yyyy-MM-dd"), ["Form.Reason"] = "Found a job" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var open = await world.GroupsAsync(App);
        Assert.That(open.Single(g => g.GroupId == groups[0]).Members, Does.Not.Contain(learner));
        var move = (await world.MovesAsync(App)).Single();
        Assert.That((move.LearnerId, move.FromGroupId, move.ToGroupId), Is.EqualTo((learner, (int?)groups[0], (int?)null)));
        Assert.That(move.Reason, Does.StartWith("Withdrawn from the cohort"));
        Assert.That(await App.WithDbAsync(db => db.ProjectGroupMembers.AnyAsync(m => m.GroupId == gradedGroup && m.LearnerId == learner)), Is.True);
    }

    [Test]
    public async Task A_refused_withdrawal_moves_nobody()
    {
        var world = await ProjectWorld.CreateAsync(App);
        await world.FormGroupsAsync(App, [.. world.Learners]);
        var learner = world.Learners[0];
        var enrolmentId = await App.WithDbAsync(db => db.Enrolments.Where(e => e.CohortId == world.CohortId && e.LearnerId == learner).Select(e => e.Id).SingleAsync());
        var staff = await App.SignInAsync(BootcampApp.Staff);
        var url = $"/Cohorts/{world.CohortId}/Withdraw/{enrolmentId}";

        var page = await (await staff.PostFormAsync(url, url, new() { ["Form.WithdrawnOn"] = LoggingWorld.BerlinToday(App).AddDays(3).ToString("yyyy-MM-dd"), ["Form.Reason"] = "Found a job" })).ReadPageAsync();

        Assert.That(page.Errors(), Does.Contain("The withdrawal date cannot be in the future."));
        Assert.That((await world.GroupsAsync(App)).Single().Members, Does.Contain(learner));
        Assert.That(await world.MovesAsync(App), Is.Empty);
    }
}
