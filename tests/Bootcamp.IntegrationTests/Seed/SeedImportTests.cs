using System.Text.Json;
using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Learners;
using Bootcamp.IntegrationTests.Support;
using Bootcamp.Web.Data;
using Bootcamp.Web.Data.SeedData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Seed;

public sealed class SeedImportTests : AppFixture
{
    [Test]
    public async Task Importing_again_into_the_seeded_database_adds_nothing()
    {
        var before = await App.WithDbAsync(Counts);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<SeedImporter>().ImportAsync(BootcampApp.SeedFolder, CancellationToken.None);
            Assert.That(result, Does.Contain("nothing imported"));
        }
        var after = await App.WithDbAsync(Counts);
        Assert.That(after, Is.EqualTo(before));
        Assert.That(before["SeedImports"], Is.EqualTo(1));
    }

    [Test]
    public async Task Centres_programmes_modules_and_cohorts_are_what_the_files_say()
    {
        var centres = Json("centres.json").GetProperty("centres").EnumerateArray().ToList();
        var programmes = Json("programmes.json").GetProperty("programmes").EnumerateArray().ToList();
        var cohorts = Json("cohorts.json").GetProperty("cohorts").EnumerateArray().ToList();
        var holidays = centres.Sum(c => c.GetProperty("holidays").GetArrayLength() + c.GetProperty("closures").GetArrayLength());

        await App.WithDbAsync(async db =>
        {
            Assert.That(await db.Centres.Select(c => c.Name).ToListAsync(), Is.EquivalentTo(centres.Select(c => c.GetProperty("name").GetString())));
            Assert.That(await db.Holidays.CountAsync(), Is.EqualTo(holidays));
            Assert.That(await db.Programmes.Select(p => p.Code).ToListAsync(), Is.EquivalentTo(programmes.Select(p => p.GetProperty("code").GetString())));
            foreach (var programme in programmes)
            {
                var code = programme.GetProperty("code").GetString();
                var titles = await db.Modules.Where(m => db.Programmes.Any(p => p.Id == m.ProgrammeId && p.Code == code))
                    .OrderBy(m => m.Position).Select(m => m.Title).ToListAsync();
                Assert.That(titles, Is.EqualTo(programme.GetProperty("modules").EnumerateArray().Select(m => m.GetProperty("title").GetString())), code);
            }
            var stored = await db.Cohorts.ToDictionaryAsync(c => c.Code, c => c.Status);
            Assert.That(stored, Is.EquivalentTo(cohorts.ToDictionary(c => c.GetProperty("code").GetString()!, c => Enum.Parse<CohortStatus>(c.GetProperty("status").GetString()!))));
            return 0;
        });
    }

    [Test]
    public async Task Learners_and_enrolments_per_cohort_are_what_the_csv_says()
    {
        var lines = File.ReadAllLines(Path.Combine(BootcampApp.SeedFolder, "learners.csv")).Where(l => l.Length > 0).ToList();
        Assert.That(lines, Has.None.Contains("\""), "this test splits on commas, so the file must not quote fields");
        var header = lines[0].Split(',').ToList();
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        var expected = rows.GroupBy(r => r[header.IndexOf("cohort")]).ToDictionary(g => g.Key, g => g.Count());

        await App.WithDbAsync(async db =>
        {
            Assert.That(await db.Learners.CountAsync(), Is.EqualTo(rows.Select(r => r[header.IndexOf("email")].ToLowerInvariant()).Distinct().Count()));
            var enrolments = await db.Enrolments.GroupBy(e => e.CohortId)
                .Select(g => new { Code = db.Cohorts.Single(c => c.Id == g.Key).Code, Count = g.Count() })
                .ToDictionaryAsync(x => x.Code, x => x.Count);
            Assert.That(enrolments, Is.EquivalentTo(expected));
            var withdrawn = rows.Count(r => r[header.IndexOf("status")] == "Withdrawn");
            Assert.That(await db.Enrolments.CountAsync(e => e.Status == EnrolmentStatus.Withdrawn && e.StatusReason != null && e.StatusChangedOn != null), Is.EqualTo(withdrawn));
            return 0;
        });
    }

    [Test]
    public async Task Active_cohorts_have_history_up_to_yesterday_and_none_in_the_future()
    {
        var now = App.UtcNow;
        await App.WithDbAsync(async db =>
        {
            var active = await db.Cohorts.Where(c => c.Status == CohortStatus.Active).ToListAsync();
            Assert.That(active, Has.Count.EqualTo(3));
            foreach (var cohort in active)
            {
                var zone = TimeZoneInfo.FindSystemTimeZoneById(await db.Centres.Where(c => c.Id == cohort.CentreId).Select(c => c.TimeZoneId).SingleAsync());
                var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(now, zone));
                var sessionsWithMarks = await db.Sessions.Where(s => s.CohortId == cohort.Id && db.Attendance.Any(a => a.SessionId == s.Id))
                    .Select(s => s.StartUtc).ToListAsync();
                var lastHeldBeforeToday = (await db.Sessions.Where(s => s.CohortId == cohort.Id).Select(s => s.StartUtc).ToListAsync())
                    .Where(s => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(s, zone)) < today).Max();
                Assert.That(sessionsWithMarks.Max(), Is.EqualTo(lastHeldBeforeToday), cohort.Code);
                Assert.That(sessionsWithMarks, Has.All.LessThan(now), cohort.Code);

                var logDates = await db.ExerciseLogs.Where(e => e.CohortId == cohort.Id).Select(e => e.Date).ToListAsync();
                Assert.That(logDates.Max(), Is.LessThan(today).And.GreaterThanOrEqualTo(today.AddDays(-7)), cohort.Code);
                Assert.That(await db.BadgeAwards.Where(b => b.CohortId == cohort.Id).AllAsync(b => b.AwardedOn < today), Is.True, cohort.Code);
                Assert.That(await db.SoftSkillAssessments.Where(a => a.CohortId == cohort.Id).AllAsync(a => a.AssessedOn < today), Is.True, cohort.Code);
                Assert.That(await db.Sessions.CountAsync(s => s.CohortId == cohort.Id && s.StartUtc > now), Is.GreaterThan(0), $"{cohort.Code} is mid-programme");
            }
            return 0;
        });
    }

    [Test]
    public async Task Every_learner_of_a_completed_cohort_has_a_decision_but_in_the_cohort_the_data_set_leaves_waiting()
    {
        await App.WithDbAsync(async db =>
        {
            var statuses = await db.Enrolments.Where(e => db.Cohorts.Any(c => c.Id == e.CohortId && c.Status == CohortStatus.Completed && c.Code != Waiting))
                .Select(e => e.Status).ToListAsync();
            Assert.That(statuses, Has.All.AnyOf(EnrolmentStatus.Graduated, EnrolmentStatus.NotGraduated, EnrolmentStatus.Withdrawn));
            Assert.That(statuses, Does.Contain(EnrolmentStatus.NotGraduated).And.Contain(EnrolmentStatus.Graduated));
            var waiting = await db.Enrolments.Where(e => db.Cohorts.Any(c => c.Id == e.CohortId && c.Code == Waiting)).Select(e => e.Status).ToListAsync();
            Assert.That(waiting, Has.All.AnyOf(EnrolmentStatus.Enrolled, EnrolmentStatus.Withdrawn));
            Assert.That(waiting, Does.Contain(EnrolmentStatus.Enrolled));
            return 0;
        });
    }

    [Test]
    public async Task Berlin_staff_find_the_decision_form_on_the_board_of_the_cohort_that_ended_last_week()
    {
        var id = await App.WithDbAsync(db => db.Cohorts.Where(c => c.Code == Waiting).Select(c => c.Id).SingleAsync());
        using var client = await App.SignInAsync(BootcampApp.Staff);
        var board = await client.GetStringAsync($"/Graduation/Cohort/{id}");
        Assert.That(board, Does.Contain($"action=\"/Graduation/Cohort/{id}\""), "the decision form");
        Assert.That(board, Does.Contain("0 decided"));
    }

    private const string Waiting = "BER-DAN-02";

    [Test]
    public void The_banner_lists_the_accounts_of_the_data_set()
    {
        var emails = Json("accounts.json").GetProperty("accounts").EnumerateArray().Select(a => a.GetProperty("email").GetString());
        Assert.That(DemoAccounts.All.Select(a => a.Email), Is.EquivalentTo(emails));
    }

    [TestCaseSource(typeof(DemoAccounts), nameof(DemoAccounts.All))]
    public async Task Demo_account_can_sign_in(DemoAccount account)
    {
        using var client = await App.SignInAsync(account.Email, DemoAccounts.Password);
        var home = await client.GetAsync("/");
        Assert.That(home.IsSuccessStatusCode, Is.True, $"{account.Email} got {home.StatusCode} for the home page");
    }

    private static JsonElement Json(string name) => JsonDocument.Parse(File.ReadAllText(Path.Combine(BootcampApp.SeedFolder, name))).RootElement;

    private static async Task<Dictionary<string, int>> Counts(BootcampDb db) => new()
    {
        ["Partners"] = await db.Partners.CountAsync(),
        ["Centres"] = await db.Centres.CountAsync(),
        ["Rooms"] = await db.Rooms.CountAsync(),
        ["Holidays"] = await db.Holidays.CountAsync(),
        ["Programmes"] = await db.Programmes.CountAsync(),
        ["Modules"] = await db.Modules.CountAsync(),
        ["Instructors"] = await db.Instructors.CountAsync(),
        ["Cohorts"] = await db.Cohorts.CountAsync(),
        ["Learners"] = await db.Learners.CountAsync(),
        ["Enrolments"] = await db.Enrolments.CountAsync(),
        ["Sessions"] = await db.Sessions.CountAsync(),
        ["Attendance"] = await db.Attendance.CountAsync(),
        ["ExerciseLogs"] = await db.ExerciseLogs.CountAsync(),
        ["GroupProjects"] = await db.GroupProjects.CountAsync(),
        ["ProjectGroups"] = await db.ProjectGroups.CountAsync(),
        ["SoftSkillAssessments"] = await db.SoftSkillAssessments.CountAsync(),
        ["BadgeAwards"] = await db.BadgeAwards.CountAsync(),
        ["Users"] = await db.Users.CountAsync(),
        ["SeedImports"] = await db.SeedImports.CountAsync(),
    };
}
