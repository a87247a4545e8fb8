using System.Globalization;
using System.Net;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.SoftSkills;

/// <summary>
/// Issue 10: the instructor opens a round in a group; each member's paper form is entered once; the ratings show
/// beside the instructor's and are never mixed into it.
/// </summary>
public sealed class PeerRoundTests : AppFixture
{
    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private async Task<int> OpenRoundAsync(HttpClient client, SoftSkillWorld world)
    {
        var response = await client.PostFormAsync($"/SoftSkills/Peer/{world.CohortId}", $"/SoftSkills/OpenRound/{world.CohortId}",
            new() { ["Form.GroupId"] = Text(world.Cohort.GroupId), ["Form.PointId"] = Text(world.Midpoint) });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "open the round");
        return await App.WithDbAsync(db => db.PeerRounds.Where(r => r.GroupId == world.Cohort.GroupId).Select(r => r.Id).SingleAsync());
    }

    /// <summary>The form of <paramref name="rater"/>: every member in every skill, <paramref name="self"/> for themselves and <paramref name="others"/> for the rest.</summary>
    private static Dictionary<string, string> Form(SoftSkillWorld world, int round, int rater, int self, int others)
    {
        var fields = new Dictionary<string, string> { ["Form.RoundId"] = Text(round), ["Form.RaterId"] = Text(rater) };
        var i = 0;
        foreach (var member in world.Cohort.GroupMembers)
        {
            foreach (var skill in world.Skills)
            {
                fields[$"Form.Scores[{i}].LearnerId"] = Text(member);
                fields[$"Form.Scores[{i}].SkillId"] = Text(skill);
                fields[$"Form.Scores[{i}].Score"] = Text(member == rater ? self : others);
                i++;
            }
        }
        return fields;
    }

    private static Task<HttpResponseMessage> EnterAsync(HttpClient client, SoftSkillWorld world, int round, int rater, int self, int others) =>
        client.PostFormAsync($"/SoftSkills/PeerForm/{world.CohortId}?round={round}&rater={rater}", $"/SoftSkills/PeerForm/{world.CohortId}",
            Form(world, round, rater, self, others));

    [Test]
    public async Task A_members_form_is_entered_once_and_a_second_entry_is_refused()
    {
        var world = await SoftSkillWorld.CreateAsync(App);
        var instructor = await App.SignInAsync(BootcampApp.Instructor);
        var round = await OpenRoundAsync(instructor, world);
        var rater = world.Cohort.GroupMembers[0];

        var first = await EnterAsync(instructor, world, round, rater, 5, 3);
        var second = await EnterAsync(instructor, world, round, rater, 1, 1);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await second.ReadPageAsync()).Errors(), Does.Contain("This member's ratings were already entered: each member rates once per round."));
        var stored = await App.WithDbAsync(db => db.PeerSubmissions.AsNoTracking().Where(s => s.RoundId == round).SelectMany(s => s.Ratings, (s, r) => r.Score).ToListAsync());
        Assert.That(stored, Has.Count.EqualTo(3 * world.Skills.Count));
        Assert.That(stored.Count(s => s == 5), Is.EqualTo(world.Skills.Count), "the first form is the one kept");
    }

    [Test]
    public async Task A_form_with_a_rating_out_of_range_is_refused_beside_the_cell()
    {
        var world = await SoftSkillWorld.CreateAsync(App);
        var instructor = await App.SignInAsync(BootcampApp.Instructor);
        var round = await OpenRoundAsync(instructor, world);
        var rater = world.Cohort.GroupMembers[1];
        var fields = Form(world, round, rater, 4, 4);
        fields["Form.Scores[2].Score"] = "0";

        var response = await instructor.PostFormAsync($"/SoftSkills/PeerForm/{world.CohortId}?round={round}&rater={rater}", $"/SoftSkills/PeerForm/{world.CohortId}", fields);

        var page = await response.ReadPageAsync();
        var input = page.GetElementById("peer-2")!;
        Assert.That(page.GetElementById(input.GetAttribute("aria-describedby")!)?.TextContent.Trim(), Is.EqualTo("A rating is 1 to 5."));
        Assert.That(await App.WithDbAsync(db => db.PeerSubmissions.CountAsync(s => s.RoundId == round)), Is.Zero);
    }

    [Test]
    public async Task A_closed_round_takes_no_more_forms()
    {
        var world = await SoftSkillWorld.CreateAsync(App);
        var instructor = await App.SignInAsync(BootcampApp.Instructor);
        var round = await OpenRoundAsync(instructor, world);
        await instructor.PostFormAsync($"/SoftSkills/Peer/{world.CohortId}", $"/SoftSkills/CloseRound/{world.CohortId}", new() { ["roundId"] = Text(round) });

        var response = await EnterAsync(instructor, world, round, world.Cohort.GroupMembers[0], 4, 4);

        Assert.That((await response.ReadPageAsync()).Errors(), Does.Contain("This round is closed: no more ratings can be entered."));
        Assert.That(await App.WithDbAsync(db => db.PeerSubmissions.CountAsync(s => s.RoundId == round)), Is.Zero);
    }

    [Test]
    public async Task Self_and_peer_ratings_show_beside_the_instructors_rating_which_they_leave_alone()
    {
        var world = await SoftSkillWorld.CreateAsync(App);
        var instructor = await App.SignInAsync(BootcampApp.Instructor);
        var rated = world.Cohort.GroupMembers[0];
        var grid = $"/SoftSkills/Rate/{world.CohortId}?pointId={world.Midpoint}&groupId={world.Cohort.GroupId}";
        await instructor.PostFormAsync(grid, $"/SoftSkills/Rate/{world.CohortId}", world.Grid(world.Midpoint, world.Cohort.GroupMembers, 2, groupId: world.Cohort.GroupId));
        var round = await OpenRoundAsync(instructor, world);

        await EnterAsync(instructor, world, round, rated, 5, 3);
        await EnterAsync(instructor, world, round, world.Cohort.GroupMembers[1], 4, 4);
        await EnterAsync(instructor, world, round, world.Cohort.GroupMembers[2], 4, 5);

        var page = await instructor.GetPageAsync(grid);
        var beside = page.QuerySelector($".peer[data-learner='{rated}'][data-skill='{world.Skills[0]}']")?.TextContent.Trim();
        Assert.That(beside, Is.EqualTo("self 5 · peers 4.5 (2)"));
        Assert.That(page.GetElementById("score-0")?.GetAttribute("value"), Is.EqualTo("2"), "the instructor's own rating stays as entered");
        var instructorRatings = await App.WithDbAsync(db => db.SoftSkillAssessments.Where(a => a.LearnerId == rated && a.PointId == world.Midpoint).Select(a => a.Score).ToListAsync());
        Assert.That(instructorRatings, Is.All.EqualTo(2));
    }
}
