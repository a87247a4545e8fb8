using System.Net;
using Bootcamp.Domain.Logging;
using Bootcamp.IntegrationTests.Support;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Exports;
using Bootcamp.Web.Features.Shared;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Data;

/// <summary>
/// What only PostgreSQL has to show, on a server whatever provider the rest of the suite runs on: a first start on an
/// empty database, the writers' advisory lock, and the bulk path's multi-row statements. Without a server they are
/// ignored with the reason, and under CI they fail.
/// </summary>
public sealed class PostgresTests
{
    private BootcampApp _app = null!;

    [OneTimeSetUp]
    public void StartOnAnEmptyDatabase()
    {
        var server = TestDatabases.RequireServer();
        _app = BootcampApp.OnNewPostgresDatabase(server, new Dictionary<string, string> { ["Jobs:Storage"] = "Database" });
        _ = _app.Services;
    }

    [OneTimeTearDown]
    public async Task DropAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
    }

    [Test]
    public async Task The_app_migrates_an_empty_database_imports_the_demo_and_serves_it()
    {
        var (applied, cohorts) = await _app.WithDbAsync(async db =>
            ((await db.Database.GetAppliedMigrationsAsync()).ToList(), await db.Cohorts.CountAsync()));
        var client = await _app.SignInAsync(BootcampApp.Admin);

        Assert.That(_app.OnPostgres, Is.True);
        using var model = new PostgresBootcampDbDesignTimeFactory().CreateDbContext([]);
        Assert.That(applied, Is.EqualTo(model.Database.GetMigrations()));
        Assert.That(cohorts, Is.EqualTo(7));
        Assert.That(await _app.Anonymous().GetStringAsync("/health"), Is.EqualTo("Healthy"));
        foreach (var page in new[] { "/", "/Cohorts", "/Dashboard", "/Centres", "/Users" })
            Assert.That(await client.FinalStatusAsync(page), Is.EqualTo(HttpStatusCode.OK), page);
    }

    [Test]
    public void Jobs_are_kept_in_the_database_in_a_schema_of_their_own()
    {
        var storage = _app.Services.GetRequiredService<JobStorage>();
        using var connection = storage.GetConnection();

        Assert.That(storage, Is.TypeOf<PostgreSqlStorage>());
        Assert.That(connection.GetRecurringJobs().Select(j => j.Id), Does.Contain(ExportCleanupJob.RecurringJobId));
    }

    [Test]
    public async Task Write_transactions_on_any_connection_take_turns_so_each_reads_what_the_one_before_committed()
    {
        const int writers = 8;
        var stored = await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(() => _app.WithDbAsync(async db =>
        {
            await using var transaction = await WriteTransaction.BeginAsync(db, CancellationToken.None);
            var before = await db.SeedImports.CountAsync(s => s.DataSet.StartsWith("turn "));
            // Long enough for every other writer to read the same count, were they not held at the lock.
            await Task.Delay(50);
            db.SeedImports.Add(new SeedImport { DataSet = $"turn {before + 1}", ImportedAtUtc = _app.UtcNow });
            await db.SaveChangesAsync();
            await transaction.CommitAsync(CancellationToken.None);
            return before + 1;
        }))));

        Assert.That(stored.Order(), Is.EqualTo(Enumerable.Range(1, writers)));
    }

    [Test]
    public async Task Without_the_write_transaction_writers_that_read_at_once_write_the_same_turn()
    {
        const int writers = 4;
        var allRead = new CountdownEvent(writers);
        var stored = await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(() => _app.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var before = await db.SeedImports.CountAsync(s => s.DataSet.StartsWith("race "));
            allRead.Signal();
            allRead.Wait();
            db.SeedImports.Add(new SeedImport { DataSet = $"race {before + 1}", ImportedAtUtc = _app.UtcNow });
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            return before + 1;
        }))));

        Assert.That(stored, Is.All.EqualTo(1), "the lock in the test above is what keeps the turns apart");
    }

    [Test]
    public async Task Bulk_insert_writes_more_rows_than_one_statement_takes_with_their_keys_and_rolls_back_with_the_transaction()
    {
        var rows = BulkInsert.PostgresRowsPerStatement * 2 + 7;
        var at = new DateTime(2026, 3, 4, 17, 45, 12, DateTimeKind.Utc);
        var (enrolment, moduleId) = await _app.WithDbAsync(async db =>
        {
            var first = await db.Enrolments.OrderBy(e => e.Id).FirstAsync();
            var module = await db.Cohorts.Where(c => c.Id == first.CohortId)
                .SelectMany(c => db.Modules.Where(m => m.ProgrammeId == c.ProgrammeId)).Select(m => m.Id).FirstAsync();
            return (first, module);
        });
        List<ExerciseLog> Logs(string by) => Enumerable.Range(0, rows).Select(i => new ExerciseLog(enrolment.CohortId, enrolment.LearnerId, moduleId,
            new DateOnly(2026, 3, 2).AddDays(i % 5), 15 * (1 + i % 8), ExerciseKind.Solo, null, null, $"Bulk {i}", by, at)).ToList();

        var written = Logs("bulk-pg@test");
        await _app.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await BulkInsert.RunAsync(db, written, CancellationToken.None);
            await transaction.CommitAsync();
            await using var abandoned = await db.Database.BeginTransactionAsync();
            return await BulkInsert.RunAsync(db, Logs("bulk-pg-rolled-back@test"), CancellationToken.None);
        });

        var stored = await _app.WithDbAsync(db => db.ExerciseLogs.AsNoTracking().Where(e => e.LoggedBy.StartsWith("bulk-pg")).OrderBy(e => e.Id).ToListAsync());
        Assert.That(written.Select(w => w.Id), Is.Unique.And.All.GreaterThan(0));
        Assert.That(stored.Select(s => (s.Id, s.Date, s.Minutes, s.Description, s.LoggedBy, s.LoggedAtUtc)),
            Is.EqualTo(written.Select(w => (w.Id, w.Date, w.Minutes, w.Description, w.LoggedBy, w.LoggedAtUtc))));
        Assert.That(stored[0].LoggedAtUtc.Kind, Is.EqualTo(DateTimeKind.Utc));
    }
}
