using Bootcamp.IntegrationTests.Support;
using Bootcamp.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Bootcamp.IntegrationTests.SoftSkills;

/// <summary>
/// A database from before the per-programme rubric, holding ratings as the old fixed skills and points, is upgraded
/// by the migration: the ratings keep their learner, skill, point, score and comment.
/// </summary>
[SqliteOnly("a SQLite migration's data upgrade from before the PostgreSQL migrations began")]
public sealed class RubricMigrationTests
{
    private const string Before = "20261202053029_CohortCancellationReason";
    private string _path = "";

    [SetUp]
    public void CreateFile() => _path = Path.Combine(Path.GetTempPath(), $"bootcamp-rubric-migration-{Guid.NewGuid():N}.db");

    [TearDown]
    public void DeleteFile()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_path + suffix);
    }

    private BootcampDb Open() => new(new DbContextOptionsBuilder<BootcampDb>().UseSqlite($"Data Source={_path}").Options);

    [Test]
    public async Task Ratings_stored_as_the_old_fixed_skills_and_points_keep_their_meaning()
    {
        await using (var db = Open())
        {
            await db.GetService<IMigrator>().MigrateAsync(Before);
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO Programmes (Id, Code, Name, Track, Description, DurationWeeks, Criteria_MinAttendancePercent, Criteria_MinExerciseMinutes,
                    Criteria_MinGroupSharePercent, Criteria_MinSoftSkillAverage, Criteria_RequireAllBadges, Criteria_RequireAllProjectsPassed)
                VALUES (1, 'OLD', 'Old programme', 'Testing', '', 30, 80, 24000, 25, '3.0', 1, 1);
                INSERT INTO Centres (Id, Name, City, CountryCode, TimeZoneId) VALUES (1, 'Old centre', 'Berlin', 'DE', 'Europe/Berlin');
                INSERT INTO Cohorts (Id, CalendarToken, Code, ProgrammeId, CentreId, StartDate, EndDate, Capacity, Status, Pattern)
                VALUES (1, 'token', 'OLD-1', 1, 1, '2026-01-05', '2026-07-03', 20, 'Completed', '[]');
                INSERT INTO Learners (Id, FirstName, LastName, Email) VALUES (1, 'Ada', 'Old', 'ada@example.org');
                INSERT INTO SoftSkillAssessments (CohortId, LearnerId, Skill, Point, Score, AssessorKind, AssessedBy, AssessedOn, Comment) VALUES
                    (1, 1, 'Teamwork', 'Midpoint', 2, 'Instructor', 'i@example.org', '2026-04-01', 'Quiet in groups'),
                    (1, 1, 'ProblemSolving', 'Final', 4, 'Instructor', 'i@example.org', '2026-07-05', NULL),
                    (1, 1, 'Teamwork', 'Final', 5, 'Peer', 'peer', '2026-07-05', NULL);
                """);
        }

        await using (var db = Open())
        {
            await db.Database.MigrateAsync();
            var ratings = await db.SoftSkillAssessments.AsNoTracking()
                .Join(db.SoftSkills, a => a.SkillId, s => s.Id, (a, s) => new { a, Skill = s.Name })
                .Join(db.AssessmentPoints, x => x.a.PointId, p => p.Id, (x, p) => new { x.Skill, Point = p.Name, p.Date, x.a.Score, x.a.Comment })
                .OrderBy(x => x.Date)
                .ToListAsync();
            var points = await db.AssessmentPoints.AsNoTracking().OrderBy(p => p.Date).Select(p => new { p.Name, p.Date }).ToListAsync();
            var rubric = await db.SoftSkills.AsNoTracking().Where(s => s.ProgrammeId == 1).OrderBy(s => s.Position).ToListAsync();
            var source = await db.Programmes.AsNoTracking().Select(p => p.Criteria.SoftSkillSource).SingleAsync();

            Assert.That(ratings.Select(r => (r.Skill, r.Point, r.Score, r.Comment)), Is.EqualTo(new[]
            {
                ("Teamwork", "Midpoint", 2, (string?)"Quiet in groups"),
                ("Problem solving", "Final", 4, null),
            }), "the instructor's ratings, under the rubric's names; the peer row is not an instructor rating");
            Assert.That(points.Select(p => (p.Name, p.Date)), Is.EqualTo(new[]
            {
                ("Initial", new DateOnly(2026, 1, 18)), ("Midpoint", new DateOnly(2026, 4, 4)), ("Final", new DateOnly(2026, 7, 5)),
            }));
            Assert.That(rubric.Select(s => s.Name), Is.EqualTo(new[] { "Teamwork", "Communication", "Problem solving", "Time management", "Adaptability" }));
            Assert.That(rubric.Select(s => s.Descriptors.Count), Is.All.EqualTo(5));
            Assert.That(source, Is.EqualTo(Bootcamp.Domain.Programmes.SoftSkillSource.InstructorFinal));
        }
    }
}
