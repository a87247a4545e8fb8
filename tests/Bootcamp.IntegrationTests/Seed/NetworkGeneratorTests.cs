using System.Net;
using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Learners;
using Bootcamp.IntegrationTests.Support;
using Bootcamp.Web.Data;
using Bootcamp.Web.Data.SeedData;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Bootcamp.IntegrationTests.Seed;

/// <summary>
/// A tiny network (scale 0.002) generated through the real generator into its own file, then read by the real app:
/// the sizes follow the scale, the calendars keep their pattern and the holidays, the history stays inside each
/// learner's enrolment, and the app and its progress engine work on it.
/// </summary>
[SqliteOnly("the generator writes a SQLite file of its own, whatever the app runs on")]
public sealed class NetworkGeneratorTests
{
    private const double Scale = 0.002;

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"bootcamp-network-test-{Guid.NewGuid():N}.db");
    private readonly List<string> _files = [];
    private NetworkSummary _summary = null!;
    private BootcampApp _app = null!;

    [OneTimeSetUp]
    public async Task GenerateAsync()
    {
        _summary = await GenerateIntoAsync(_path);
        _app = BootcampApp.OnFile(_path);
    }

    [OneTimeTearDown]
    public async Task DeleteAsync()
    {
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in _files.Append(_path).SelectMany(f => new[] { f, f + "-wal", f + "-shm", f + ".marker" }))
            File.Delete(file);
        var exports = _path[..^3] + "-exports";
        if (Directory.Exists(exports))
            Directory.Delete(exports, recursive: true);
    }

    [Test]
    public async Task Counts_follow_the_scale_and_every_cohort_status_is_there()
    {
        var size = NetworkSize.For(Scale);
        await _app.WithDbAsync(async db =>
        {
            Assert.That(await db.Cohorts.CountAsync(), Is.EqualTo(4).And.EqualTo(size.Cohorts));
            Assert.That(await db.Learners.CountAsync(), Is.EqualTo(100).And.EqualTo((int)(50_000 * Scale)));
            Assert.That(await db.Enrolments.CountAsync(), Is.EqualTo(100));
            Assert.That(await db.Centres.CountAsync(), Is.EqualTo(size.Centres));
            Assert.That(await db.Programmes.CountAsync(), Is.EqualTo(size.Programmes));
            Assert.That(await db.Cohorts.Select(c => c.Status).Distinct().ToListAsync(), Is.EquivalentTo(Enum.GetValues<CohortStatus>()));
            Assert.That(await db.Holidays.CountAsync(), Is.GreaterThan(20 * size.Centres), "each centre keeps its country's public holidays over the years");
            Assert.That(await db.Attendance.CountAsync(), Is.GreaterThan(0));
            Assert.That(await db.ExerciseLogs.CountAsync(e => e.GroupEntryId != null), Is.GreaterThan(0), "group work");
            Assert.That(await db.ExerciseLogs.CountAsync(e => e.GroupEntryId == null), Is.GreaterThan(0), "solo work");
            Assert.That(await db.ProjectGroups.CountAsync(), Is.GreaterThan(0));
            Assert.That(await db.SoftSkillAssessments.CountAsync(), Is.GreaterThan(0));
            Assert.That(await db.BadgeAwards.CountAsync(), Is.GreaterThan(0));
            Assert.That(await db.Enrolments.CountAsync(e => e.Status == EnrolmentStatus.Graduated || e.Status == EnrolmentStatus.NotGraduated), Is.GreaterThan(0));
            return 0;
        });
        Assert.That(_summary.TotalRows, Is.EqualTo(_summary.Rows.Values.Sum()).And.GreaterThan(1_000));
        Assert.That(_summary.Bytes, Is.EqualTo(new FileInfo(_path).Length));
        var lastMigration = await _app.WithDbAsync(async db => (await db.Database.GetAppliedMigrationsAsync()).Last());
        Assert.That(await new SqliteNetwork(_path).MarkerAsync(CancellationToken.None), Is.EqualTo($"generator {NetworkGenerator.Version}, scale 0.002, migration {lastMigration}"));
    }

    [Test]
    public async Task Every_lecture_falls_on_its_cohorts_weekly_pattern_and_never_on_a_holiday()
    {
        await _app.WithDbAsync(async db =>
        {
            var cohorts = await db.Cohorts.AsNoTracking().ToListAsync();
            var centres = await db.Centres.AsNoTracking().Include(c => c.Holidays).ToDictionaryAsync(c => c.Id);
            var sessions = await db.Sessions.AsNoTracking().ToListAsync();
            Assert.That(sessions, Is.Not.Empty);
            foreach (var session in sessions)
            {
                var cohort = cohorts.Single(c => c.Id == session.CohortId);
                var centre = centres[cohort.CentreId];
                var local = TimeZoneInfo.ConvertTimeFromUtc(session.StartUtc, TimeZoneInfo.FindSystemTimeZoneById(centre.TimeZoneId));
                var date = DateOnly.FromDateTime(local);
                Assert.That(cohort.Pattern.Any(p => p.Day == local.DayOfWeek && p.Start == TimeOnly.FromDateTime(local)), Is.True,
                    $"{cohort.Code}: a lecture on {local:ddd yyyy-MM-dd HH:mm} is not on its pattern");
                Assert.That(centre.Holidays.Where(h => h.Covers(date)).Select(h => h.Name), Is.Empty, $"{cohort.Code}: a lecture on {date}");
            }
            return 0;
        });
    }

    [Test]
    public async Task No_attendance_or_hours_fall_outside_a_learners_enrolment()
    {
        await _app.WithDbAsync(async db =>
        {
            var enrolments = await db.Enrolments.AsNoTracking().ToDictionaryAsync(e => (e.CohortId, e.LearnerId));
            var left = enrolments.Values.Count(e => e.Status is EnrolmentStatus.Withdrawn or EnrolmentStatus.Deferred);
            Assert.That(left, Is.GreaterThan(0), "the network has learners who left");
            var marks = await db.Attendance.AsNoTracking()
                .Join(db.Sessions, a => a.SessionId, s => s.Id, (a, s) => new { s.CohortId, a.LearnerId, s.StartUtc }).ToListAsync();
            var zones = await db.Cohorts.Join(db.Centres, c => c.CentreId, c => c.Id, (c, centre) => new { c.Id, centre.TimeZoneId })
                .ToDictionaryAsync(c => c.Id, c => TimeZoneInfo.FindSystemTimeZoneById(c.TimeZoneId));
            foreach (var mark in marks)
            {
                var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(mark.StartUtc, zones[mark.CohortId]));
                Assert.That(enrolments.TryGetValue((mark.CohortId, mark.LearnerId), out var enrolment), Is.True, "a mark for a learner not enrolled");
                Assert.That(enrolment!.CoversDate(date), Is.True, $"a mark on {date} for enrolment {enrolment.Id} ({enrolment.Status} on {enrolment.StatusChangedOn})");
            }
            foreach (var log in await db.ExerciseLogs.AsNoTracking().Select(e => new { e.CohortId, e.LearnerId, e.Date }).ToListAsync())
            {
                Assert.That(enrolments.TryGetValue((log.CohortId, log.LearnerId), out var enrolment), Is.True, "hours for a learner not enrolled");
                Assert.That(enrolment!.CoversDate(log.Date), Is.True, $"hours on {log.Date} for enrolment {enrolment.Id}");
            }
            return 0;
        });
    }

    [Test]
    public async Task Learners_log_solo_work_more_often_a_week_than_in_the_demo_and_never_more_than_the_density_allows()
    {
        var most = 1 + NetworkGenerator.Density.SoloEntryMinutes.Count;
        var perWeek = await _app.WithDbAsync(async db =>
        {
            var starts = await db.Cohorts.ToDictionaryAsync(c => c.Id, c => c.StartDate);
            var solo = await db.ExerciseLogs.AsNoTracking().Where(e => e.GroupEntryId == null)
                .Select(e => new { e.CohortId, e.LearnerId, e.Date }).ToListAsync();
            return solo.GroupBy(e => (e.CohortId, e.LearnerId, Week: (e.Date.DayNumber - starts[e.CohortId].DayNumber) / 7))
                .Select(g => g.Count()).ToList();
        });

        Assert.That(perWeek, Is.Not.Empty);
        Assert.That(perWeek.Max(), Is.LessThanOrEqualTo(most));
        Assert.That(perWeek.Average(), Is.GreaterThan(1 + HistoryDensity.Demo.SoloEntryMinutes.Count),
            "on average more solo entries per learner-week than the demo's most");
    }

    [Test]
    public async Task The_progress_engine_reads_every_cohort_with_all_its_learners()
    {
        var cohorts = await _app.WithDbAsync(db => db.Cohorts.Select(c => c.Id).ToListAsync());
        var enrolled = await _app.WithDbAsync(db => db.Enrolments.GroupBy(e => e.CohortId).ToDictionaryAsync(g => g.Key, g => g.Count()));
        var marks = await _app.WithDbAsync(db => db.Attendance.Join(db.Sessions, a => a.SessionId, s => s.Id, (a, s) => s.CohortId)
            .GroupBy(c => c).ToDictionaryAsync(g => g.Key, g => g.Count()));

        var facts = await _app.FactsAsync("admin@bootcamp.local", cohorts);

        Assert.That(facts.Keys, Is.EquivalentTo(cohorts));
        foreach (var (id, cohort) in facts)
        {
            Assert.That(cohort.Learners, Has.Count.EqualTo(enrolled.GetValueOrDefault(id)), $"cohort {id}");
            Assert.That(cohort.Learners.Sum(l => l.Marks.Count), Is.EqualTo(marks.GetValueOrDefault(id)), $"cohort {id}");
        }
    }

    [Test]
    public async Task The_generated_admin_and_a_centres_staff_sign_in_and_open_the_home_and_a_cohort_page()
    {
        var (cohortId, staff) = await _app.WithDbAsync(async db =>
        {
            var cohort = await db.Cohorts.Where(c => c.Status == CohortStatus.Active).Select(c => new { c.Id, c.CentreId }).FirstAsync();
            var email = await db.Users.Where(u => u.Centres.Any(c => c.CentreId == cohort.CentreId)).Select(u => u.Email!).FirstAsync();
            return (cohort.Id, email);
        });
        foreach (var email in new[] { "admin@bootcamp.local", staff })
        {
            var client = await _app.SignInAsync(email, DemoAccounts.Password);
            Assert.That((await client.GetAsync("/")).StatusCode, Is.EqualTo(HttpStatusCode.OK), email);
            var page = await client.GetAsync($"/Cohorts/Details/{cohortId}");
            Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK), email);
        }
    }

    [Test]
    public async Task The_same_scale_on_the_same_day_makes_the_same_network()
    {
        var again = Path.Combine(Path.GetTempPath(), $"bootcamp-network-test-{Guid.NewGuid():N}.db");
        _files.Add(again);

        var second = await GenerateIntoAsync(again);

        Assert.That(second.Rows, Is.EquivalentTo(_summary.Rows));
        Assert.That(await FingerprintAsync(again), Is.EqualTo(await FingerprintAsync(_path)));
    }

    [Test]
    public async Task An_existing_database_that_is_not_a_generated_network_is_never_overwritten()
    {
        var other = Path.Combine(Path.GetTempPath(), $"bootcamp-network-test-{Guid.NewGuid():N}.db");
        _files.Add(other);
        await File.WriteAllTextAsync(other, "not a network");

        var refused = await Assert.ThrowsAsync<NetworkDatabaseException>(() => GenerateIntoAsync(other));

        Assert.That(refused!.Message, Is.EqualTo($"{other} exists and is not a generated network; name another file."));
        Assert.That(await File.ReadAllTextAsync(other), Is.EqualTo("not a network"));
    }

    private static Task<NetworkSummary> GenerateIntoAsync(string path) =>
        new NetworkGenerator(new SqliteNetwork(path), new FakeTimeProvider(BootcampApp.Start), TextWriter.Null).GenerateAsync(Scale, BootcampApp.SeedFolder, CancellationToken.None);

    private static async Task<string> FingerprintAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT group_concat(FirstName || ' ' || LastName || ' ' || Email, ';') FROM Learners)
              || (SELECT group_concat(Code || ' ' || Status || ' ' || StartDate, ';') FROM Cohorts)
              || (SELECT sum(Minutes) FROM ExerciseLogs) || (SELECT group_concat(Status, '') FROM Attendance)
            """;
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
