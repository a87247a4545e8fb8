using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Bootcamp.Domain.Logging;
using Bootcamp.IntegrationTests.Graduation;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Projects;

public sealed class GradingTests : AppFixture
{
    private static string Text(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Grades(int teamGrade, IReadOnlyList<(int Learner, int Adjustment)> members, string reason = "")
    {
        var fields = new Dictionary<string, string> { ["Form.TeamGrade"] = Text(teamGrade), ["Form.Reason"] = reason };
        for (var i = 0; i < members.Count; i++)
        {
            fields[$"Form.Rows[{i}].LearnerId"] = Text(members[i].Learner);
            fields[$"Form.Rows[{i}].Adjustment"] = Text(members[i].Adjustment);
        }
        return fields;
    }

    private static string BoardCell(IDocument page, int learnerId, string criterion) =>
        page.QuerySelector($"tr[data-learner='{learnerId}'] td[data-criterion='{criterion}']")?.TextContent.Trim() ?? throw new AssertionException($"no {criterion} cell");

    private Task<int> GroupOfAsync(int cohortId) =>
        App.WithDbAsync(db => db.ProjectGroups.Where(g => g.CohortId == cohortId && g.GroupProjectId != null).Select(g => g.Id).SingleAsync());

    [Test]
    public async Task A_members_result_is_the_team_grade_adjusted_by_contribution_and_the_graduation_board_judges_it()
    {
        var world = await GraduationWorld.CreateAsync(App);
        var group = await GroupOfAsync(world.CohortId);
        var staff = await App.SignInAsync(BootcampApp.Staff);
        var url = $"/Projects/Groups/{group}/Grade";

        var response = await staff.PostFormAsync(url, url, Grades(70, [(world.Qualified, 5), (world.ShortOfHours, -15), (world.OftenAbsent, 0)]));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var board = await staff.GetPageAsync($"/Graduation/Cohort/{world.CohortId}");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(BoardCell(board, world.Qualified, "Projects"), Does.StartWith("Met").And.Contain("1 of 1 passed"));
            Assert.That(BoardCell(board, world.ShortOfHours, "Projects"), Does.StartWith("Not met").And.Contain("'Team app' graded 55%, needs 60%"));
            Assert.That(BoardCell(board, world.OftenAbsent, "Projects"), Does.StartWith("Met"));
        }
        var projectId = await App.WithDbAsync(db => db.ProjectGroups.Where(g => g.Id == group).Select(g => g.GroupProjectId!.Value).SingleAsync());
        var page = await staff.GetPageAsync($"/Projects/{projectId}");
        var rows = page.QuerySelectorAll(".group tbody tr").Select(r => r.TextContent).ToList();
        Assert.That(rows.Single(r => r.Contains("Qualified", StringComparison.Ordinal)), Does.Contain("+5").And.Contain("75%").And.Contain("yes"));
        Assert.That(rows.Single(r => r.Contains("Short", StringComparison.Ordinal)), Does.Contain("-15").And.Contain("55%").And.Contain("no"));
    }

    [Test]
    public async Task Grades_are_audited_with_who_when_before_and_after_per_member()
    {
        var world = await ProjectWorld.CreateAsync(App);
        var groups = await world.FormGroupsAsync(App, [.. world.Learners.Take(2)]);
        var instructor = await App.SignInAsync(BootcampApp.Instructor);
        var url = $"/Projects/Groups/{groups[0]}/Grade";

        await instructor.PostFormAsync(url, url, Grades(80, [(world.Learners[0], 0), (world.Learners[1], 0)]));
        var changed = await instructor.PostFormAsync(url, url, Grades(80, [(world.Learners[0], 4), (world.Learners[1], 0)]));

        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var audit = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Record == AuditedRecord.ProjectGrade && a.RecordId == groups[0]).OrderBy(a => a.Id).ToListAsync());
        Assert.That(audit.Select(a => (a.LearnerId, a.Action, a.OldValue, a.NewValue, a.ChangedBy)), Is.EqualTo(new[]
        {
            (world.Learners[0], AuditAction.Created, (string?)null, (string?)"team 80%, contribution 0: 80% (passed, pass mark 60%)", BootcampApp.Instructor),
            (world.Learners[1], AuditAction.Created, null, "team 80%, contribution 0: 80% (passed, pass mark 60%)", BootcampApp.Instructor),
            (world.Learners[0], AuditAction.Changed, "team 80%, contribution 0: 80% (passed, pass mark 60%)", "team 80%, contribution +4: 84% (passed, pass mark 60%)", BootcampApp.Instructor),
        }));
        Assert.That(audit.Select(a => a.ChangedAtUtc), Is.All.EqualTo(App.UtcNow));
    }

    [Test]
    public async Task After_the_correction_window_only_staff_change_a_grade_and_they_must_give_a_reason()
    {
        var world = await ProjectWorld.CreateAsync(App);
        var groups = await world.FormGroupsAsync(App, [.. world.Learners.Take(2)]);
        var instructor = await App.SignInAsync(BootcampApp.Instructor);
        var url = $"/Projects/Groups/{groups[0]}/Grade";
        await instructor.PostFormAsync(url, url, Grades(80, [(world.Learners[0], 0), (world.Learners[1], 0)]));
        // The grade was given ten days ago: the 7-day window has closed.
        await App.WithDbAsync(db => db.AuditEntries.Where(a => a.Record == AuditedRecord.ProjectGrade && a.RecordId == groups[0])
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.ChangedAtUtc, a => a.ChangedAtUtc.AddDays(-10))));

        var byInstructor = await (await instructor.PostFormAsync(url, url, Grades(50, [(world.Learners[0], 0), (world.Learners[1], 0)]))).ReadPageAsync();
        var staff = await App.SignInAsync(BootcampApp.Staff);
        var withoutReason = await (await staff.PostFormAsync(url, url, Grades(50, [(world.Learners[0], 0), (world.Learners[1], 0)]))).ReadPageAsync();

        Assert.That(byInstructor.Errors().Single(), Does.StartWith("The 7-day correction window closed on"));
        Assert.That(withoutReason.FieldError("Form_Reason"), Is.EqualTo("A correction after the 7-day window needs a reason."));
        Assert.That(withoutReason.QuerySelector("main, body")?.TextContent, Does.Contain("a change needs a reason"));
        Assert.That(await App.WithDbAsync(db => db.ProjectGroups.Where(g => g.Id == groups[0]).Select(g => g.GradePercent).SingleAsync()), Is.EqualTo(80));

        var withReason = await staff.PostFormAsync(url, url, Grades(50, [(world.Learners[0], 0), (world.Learners[1], 0)], "Plagiarism found in the final demo"));

        Assert.That(withReason.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var changes = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Record == AuditedRecord.ProjectGrade && a.RecordId == groups[0] && a.Action == AuditAction.Changed).ToListAsync());
        Assert.That(changes, Has.Count.EqualTo(2));
        Assert.That(changes.Select(c => (c.Reason, c.ChangedBy, c.NewValue)), Is.All.EqualTo(((string?)"Plagiarism found in the final demo", BootcampApp.Staff,
            (string?)"team 50%, contribution 0: 50% (not passed, pass mark 60%)")));
    }

    [Test]
    public async Task A_grade_or_adjustment_out_of_range_gets_its_message_next_to_the_field_and_nothing_is_saved()
    {
        var world = await ProjectWorld.CreateAsync(App);
        var groups = await world.FormGroupsAsync(App, [.. world.Learners.Take(2)]);
        var instructor = await App.SignInAsync(BootcampApp.Instructor);
        var url = $"/Projects/Groups/{groups[0]}/Grade";

        var grade = await (await instructor.PostFormAsync(url, url, Grades(101, [(world.Learners[0], 0), (world.Learners[1], 0)]))).ReadPageAsync();
        var negative = await (await instructor.PostFormAsync(url, url, Grades(-1, [(world.Learners[0], 0), (world.Learners[1], 0)]))).ReadPageAsync();
        var adjustment = await (await instructor.PostFormAsync(url, url, Grades(70, [(world.Learners[0], 5), (world.Learners[1], 31)]))).ReadPageAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(grade.FieldError("Form_TeamGrade"), Is.EqualTo("A grade is 0 to 100 percent."));
            Assert.That(negative.FieldError("Form_TeamGrade"), Is.EqualTo("A grade is 0 to 100 percent."));
            Assert.That(adjustment.FieldError("Form_Rows_1__Adjustment"), Is.EqualTo("A contribution adjustment is -30 to +30 points."));
        }
        var saved = await App.WithDbAsync(async db => await db.ProjectGroups.AsNoTracking().Include(g => g.Members).SingleAsync(g => g.Id == groups[0]));
        Assert.That(saved.GradePercent, Is.Null, "the group is not half graded");
        Assert.That(saved.Members.Select(m => m.ContributionAdjustment), Is.All.EqualTo(0));
        Assert.That(await App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Record == AuditedRecord.ProjectGrade && a.RecordId == groups[0])), Is.Zero);
    }

    [Test]
    public async Task The_grading_form_shows_what_the_groups_peer_round_said_beside_each_member()
    {
        var world = await ProjectWorld.CreateAsync(App);
        var groups = await world.FormGroupsAsync(App, [.. world.Learners.Take(3)]);
        var (a, b, c) = (world.Learners[0], world.Learners[1], world.Learners[2]);
        await App.WithDbAsync(async db =>
        {
            var programmeId = await db.Cohorts.Where(k => k.Id == world.CohortId).Select(k => k.ProgrammeId).SingleAsync();
            var skill = new Bootcamp.Domain.SoftSkills.SoftSkill(programmeId, 1, "Teamwork", ["1", "2", "3", "4", "5"]);
            var point = new Bootcamp.Domain.SoftSkills.AssessmentPoint(world.CohortId, "Final", LoggingWorld.BerlinToday(App));
            db.AddRange(skill, point);
            await db.SaveChangesAsync();
            var round = new Bootcamp.Domain.SoftSkills.PeerRound(world.CohortId, groups[0], point.Id, BootcampApp.Instructor, App.UtcNow);
            db.Add(round);
            await db.SaveChangesAsync();
            db.AddRange(
                new Bootcamp.Domain.SoftSkills.PeerSubmission(round.Id, world.CohortId, a, [new(a, skill.Id, 5), new(b, skill.Id, 2), new(c, skill.Id, 4)], BootcampApp.Instructor, App.UtcNow),
                new Bootcamp.Domain.SoftSkills.PeerSubmission(round.Id, world.CohortId, b, [new(a, skill.Id, 4), new(b, skill.Id, 4), new(c, skill.Id, 5)], BootcampApp.Instructor, App.UtcNow));
            return await db.SaveChangesAsync();
        });
        var instructor = await App.SignInAsync(BootcampApp.Instructor);

        var page = await instructor.GetPageAsync($"/Projects/Groups/{groups[0]}/Grade");

        var hints = page.QuerySelectorAll(".peers").Select(h => h.TextContent.Trim()).ToList();
        Assert.That(hints, Is.EquivalentTo(new[]
        {
            "Peers rated 4.0 of 5 (1 score); self 5.0.", "Peers rated 2.0 of 5 (1 score); self 4.0.", "Peers rated 4.5 of 5 (2 scores); self –.",
        }));
        Assert.That(page.QuerySelectorAll("input[name$='.Adjustment']").Select(i => i.GetAttribute("value")), Is.All.EqualTo("0"), "the ratings are not turned into adjustments");
    }

    [Test]
    public async Task A_milestone_is_late_when_submitted_after_its_due_date_or_overdue_without_a_submission()
    {
        var world = await ProjectWorld.CreateAsync(App);
        var groups = await world.FormGroupsAsync(App, [.. world.Learners.Take(4)], [.. world.Learners.Skip(4)]);
        var instructor = await App.SignInAsync(BootcampApp.Instructor);
        var groupA = $"/Projects/Groups/{groups[0]}";

        var submitted = await instructor.PostFormAsync(groupA, $"{groupA}/Submit", new() { ["Submit.MilestoneId"] = Text(world.PastMilestone), ["Submit.Link"] = "https://git.example.org/team-a/plan", ["Submit.Note"] = "Backlog in the wiki" });
        var onTime = await instructor.PostFormAsync(groupA, $"{groupA}/Submit", new() { ["Submit.MilestoneId"] = Text(world.FutureMilestone), ["Submit.Link"] = "https://git.example.org/team-a/release" });
        var reviewed = await instructor.PostFormAsync(groupA, $"{groupA}/Review", new() { ["Review.MilestoneId"] = Text(world.FutureMilestone), ["Review.Note"] = "Ships" });
        var badLink = await (await instructor.PostFormAsync(groupA, $"{groupA}/Submit", new() { ["Submit.MilestoneId"] = Text(world.FutureMilestone), ["Submit.Link"] = "my laptop" })).ReadPageAsync();

        Assert.That(new[] { submitted.StatusCode, onTime.StatusCode, reviewed.StatusCode }, Is.All.EqualTo(HttpStatusCode.Redirect));
        Assert.That(badLink.GetElementById($"link-{world.FutureMilestone}-error")?.TextContent.Trim(), Is.EqualTo("A link starts with https:// or http://."));
        var project = await instructor.GetPageAsync($"/Projects/{world.ProjectId}");
        var chips = project.QuerySelectorAll($"#group-{groups[0]} .chip").Select(c => c.TextContent.Trim()).ToList();
        var others = project.QuerySelectorAll($"#group-{groups[1]} .chip").Select(c => c.TextContent.Trim()).ToList();
        var today = LoggingWorld.BerlinToday(App);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(chips, Is.EqualTo(new[] { $"Plan: submitted on {today:d MMM} · late", $"Release: reviewed on {today:d MMM}" }));
            Assert.That(others, Is.EqualTo(new[] { "Plan: not submitted · late", "Release: not submitted" }));
        }
        var stored = await App.WithDbAsync(db => db.MilestoneSubmissions.AsNoTracking().SingleAsync(s => s.GroupId == groups[0] && s.MilestoneId == world.FutureMilestone));
        Assert.That((stored.Link, stored.ReviewNote, stored.ReviewedBy), Is.EqualTo(("https://git.example.org/team-a/release", (string?)"Ships", (string?)BootcampApp.Instructor)));
    }
}
