using System.Collections.Concurrent;
using System.Diagnostics;
using Bootcamp.Domain.Learners;
using Bootcamp.IntegrationTests.Support;
using Bootcamp.Web.Data;
using Bootcamp.Web.Data.Backups;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Data;

/// <summary>The online backup of the app's database while it is written to, and putting a backup back.</summary>
[SqliteOnly("SQLite's online backup of the database file and restore of a file")]
public sealed class BackupTests : AppFixture
{
    private const int Writers = 4;

    private readonly List<string> _files = [];

    [TearDown]
    public void DeleteFiles()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in _files.SelectMany(f => new[] { f, f + "-wal", f + "-shm" }))
            File.Delete(file);
        _files.Clear();
    }

    [Test]
    public async Task A_backup_taken_during_writes_holds_every_row_committed_before_it_began_and_restores_sound()
    {
        var committed = new ConcurrentBag<(int Id, long At)>();
        using var stop = new CancellationTokenSource();
        var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(() => WriteLearnersAsync(w, committed, stop.Token))).ToList();
        while (committed.Count < 200 && writers.All(t => !t.IsCompleted))
            await Task.Delay(10);

        var backup = TempFile();
        var backupStarted = Stopwatch.GetTimestamp();
        await DatabaseBackup.BackupAsync(App.DatabasePath, backup, CancellationToken.None);
        var backupFinished = Stopwatch.GetTimestamp();
        while (committed.Count(c => c.At > backupFinished) < 50 && writers.All(t => !t.IsCompleted))
            await Task.Delay(10);
        await stop.CancelAsync();
        await Task.WhenAll(writers);

        var restored = TempFile();
        Assert.That(await DatabaseBackup.RestoreAsync(backup, restored, App.UtcNow, CancellationToken.None), Is.Null, "nothing was there to move aside");
        await using var connection = new SqliteConnection($"Data Source={restored};Pooling=False");
        await connection.OpenAsync();
        Assert.That(await ScalarAsync(connection, "PRAGMA integrity_check"), Is.EqualTo("ok"));
        var stored = new HashSet<long>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT Id FROM Learners WHERE Email LIKE 'writer%@backup.test'";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                stored.Add(reader.GetInt64(0));
        }
        var before = committed.Where(c => c.At < backupStarted).Select(c => (long)c.Id).ToList();
        Assert.That(before, Has.Count.GreaterThanOrEqualTo(200));
        Assert.That(before.Where(id => !stored.Contains(id)), Is.Empty, "rows committed before the backup began");
        Assert.That(committed.Count(c => c.At > backupFinished), Is.GreaterThanOrEqualTo(50), "the writers went on after the backup");
        Assert.That(stored, Has.Count.LessThan(committed.Count), "rows committed after the backup are not in it");
    }

    [Test]
    public async Task Restoring_over_the_database_of_a_running_app_is_refused_and_leaves_it_alone()
    {
        var backup = TempFile();
        await DatabaseBackup.BackupAsync(App.DatabasePath, backup, CancellationToken.None);
        var learners = await App.WithDbAsync(db => db.Learners.CountAsync());

        var refused = await Assert.ThrowsAsync<BackupException>(() => DatabaseBackup.RestoreAsync(backup, App.DatabasePath, App.UtcNow, CancellationToken.None));

        Assert.That(refused!.Message, Is.EqualTo($"{App.DatabasePath} is in use (is the app running?); stop the app and restore again. Nothing restored."));
        Assert.That(await App.WithDbAsync(db => db.Learners.CountAsync()), Is.EqualTo(learners));
        Assert.That(Directory.GetFiles(Path.GetDirectoryName(App.DatabasePath)!, Path.GetFileName(App.DatabasePath) + ".before-restore-*"), Is.Empty);
    }

    [Test]
    public async Task A_file_that_is_not_a_SQLite_database_is_refused()
    {
        var notDatabase = TempFile();
        await File.WriteAllTextAsync(notDatabase, "first_name,last_name\nAmira,Haddad\n");
        var target = TempFile();

        var refused = await Assert.ThrowsAsync<BackupException>(() => DatabaseBackup.RestoreAsync(notDatabase, target, App.UtcNow, CancellationToken.None));

        Assert.That(refused!.Message, Is.EqualTo($"{notDatabase} is not a valid SQLite database; nothing restored."));
        Assert.That(File.Exists(target), Is.False);
    }

    [Test]
    public async Task A_restore_over_an_unused_database_moves_the_old_file_aside_whole()
    {
        var backup = TempFile();
        await DatabaseBackup.BackupAsync(App.DatabasePath, backup, CancellationToken.None);
        var target = TempFile();
        await DatabaseBackup.BackupAsync(App.DatabasePath, target, CancellationToken.None);
        await using (var older = new SqliteConnection($"Data Source={target};Pooling=False"))
        {
            await older.OpenAsync();
            await ScalarAsync(older, "CREATE TABLE OnlyInTheOldFile (Note TEXT); INSERT INTO OnlyInTheOldFile VALUES ('kept'); SELECT 1");
        }
        var now = new DateTime(2026, 6, 10, 10, 30, 15, DateTimeKind.Utc);

        var moved = await DatabaseBackup.RestoreAsync(backup, target, now, CancellationToken.None);
        _files.Add(moved!);

        Assert.That(moved, Is.EqualTo(target + ".before-restore-20260610-103015"));
        await using var old = new SqliteConnection($"Data Source={moved};Pooling=False");
        await old.OpenAsync();
        Assert.That(await ScalarAsync(old, "SELECT Note FROM OnlyInTheOldFile"), Is.EqualTo("kept"));
        await using var restored = new SqliteConnection($"Data Source={target};Pooling=False");
        await restored.OpenAsync();
        Assert.That(await ScalarAsync(restored, "SELECT count(*) FROM sqlite_master WHERE name = 'OnlyInTheOldFile'"), Is.EqualTo("0"));
    }

    /// <summary>One writer on its own connection for the whole run: a learner per transaction, its id noted once committed.</summary>
    private async Task WriteLearnersAsync(int writer, ConcurrentBag<(int Id, long At)> committed, CancellationToken stop)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BootcampDb>();
        await db.Database.OpenConnectionAsync(CancellationToken.None);
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var learner = new Learner("Backup", $"Writer {writer}", $"writer{writer}.{n}@backup.test", null);
            db.Learners.Add(learner);
            await db.SaveChangesAsync(CancellationToken.None);
            committed.Add((learner.Id, Stopwatch.GetTimestamp()));
            db.ChangeTracker.Clear();
        }
    }

    private string TempFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bootcamp-backup-test-{Guid.NewGuid():N}.db");
        _files.Add(path);
        return path;
    }

    private static async Task<string?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
