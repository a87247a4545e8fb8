using Bootcamp.Domain.Logging;
using Bootcamp.IntegrationTests.Support;
using Bootcamp.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Data;

/// <summary>The bulk path that hours and audit entries take must store what SaveChanges would, keys included.</summary>
public sealed class BulkInsertTests : AppFixture
{
    [Test]
    public async Task Rows_get_their_generated_keys_and_read_back_through_EF_as_written()
    {
        var at = new DateTime(2026, 3, 4, 17, 45, 12, DateTimeKind.Utc);
        var written = await App.WithDbAsync(async db =>
        {
            var enrolment = await db.Enrolments.OrderBy(e => e.Id).FirstAsync();
            var moduleId = await db.Cohorts.Where(c => c.Id == enrolment.CohortId)
                .SelectMany(c => db.Modules.Where(m => m.ProgrammeId == c.ProgrammeId)).Select(m => m.Id).FirstAsync();
            var groupEntry = Guid.NewGuid();
            List<ExerciseLog> logs =
            [
                new(enrolment.CohortId, enrolment.LearnerId, moduleId, new DateOnly(2026, 3, 2), 90, ExerciseKind.Solo, null, null, "Bulk one", "bulk@test", at),
                new(enrolment.CohortId, enrolment.LearnerId, moduleId, new DateOnly(2026, 3, 3), 45, ExerciseKind.Group, null, groupEntry, "Bulk two", "bulk@test", at),
            ];
            await using var transaction = await db.Database.BeginTransactionAsync();
            Assert.That(await BulkInsert.RunAsync(db, logs, CancellationToken.None), Is.EqualTo(2));
            await transaction.CommitAsync();
            return logs;
        });

        Assert.That(written.Select(l => l.Id), Is.All.GreaterThan(0));
        Assert.That(written.Select(l => l.Id), Is.Unique);
        await App.WithDbAsync(async db =>
        {
            var stored = await db.ExerciseLogs.AsNoTracking().Where(e => e.LoggedBy == "bulk@test").OrderBy(e => e.Id).ToListAsync();
            Assert.That(stored.Select(s => s.Id), Is.EqualTo(written.Select(w => w.Id)));
            Assert.That(stored.Select(s => (s.Date, s.Minutes, s.Kind, s.GroupEntryId, s.Description, s.LoggedAtUtc, s.Version)),
                Is.EqualTo(written.Select(w => (w.Date, w.Minutes, w.Kind, w.GroupEntryId, w.Description, w.LoggedAtUtc, w.Version))));
            Assert.That(stored[0].LoggedAtUtc.Kind, Is.EqualTo(DateTimeKind.Utc));
            Assert.That(await db.ExerciseLogs.CountAsync(e => e.LoggedBy == "bulk@test" && e.Kind == ExerciseKind.Group), Is.EqualTo(1), "the enum is stored as EF stores it, so LINQ filters on it");
            var groupEntry = written[1].GroupEntryId;
            Assert.That(await db.ExerciseLogs.CountAsync(e => e.GroupEntryId == groupEntry), Is.EqualTo(1), "the Guid is stored as EF stores it, so LINQ finds it");
            return 0;
        });
    }

    [Test]
    public async Task Nothing_is_kept_when_the_transaction_is_rolled_back()
    {
        await App.WithDbAsync(async db =>
        {
            var enrolment = await db.Enrolments.OrderBy(e => e.Id).FirstAsync();
            var moduleId = await db.Modules.Select(m => m.Id).FirstAsync();
            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                await BulkInsert.RunAsync(db, [new ExerciseLog(enrolment.CohortId, enrolment.LearnerId, moduleId, new DateOnly(2026, 3, 2), 30,
                    ExerciseKind.Solo, null, null, "Rolled back", "rollback@test", App.UtcNow)], CancellationToken.None);
                await transaction.RollbackAsync();
            }
            Assert.That(await db.ExerciseLogs.CountAsync(e => e.LoggedBy == "rollback@test"), Is.Zero);
            return 0;
        });
    }
}
