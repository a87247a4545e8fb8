using Microsoft.Data.Sqlite;

namespace Bootcamp.Web.Data.Backups;

/// <summary>
/// Copies the app's SQLite file while the app runs, and puts a copy back while it does not. The backup is SQLite's
/// online backup API in one step: it reads one snapshot under a read transaction, which in WAL mode never stops a
/// writer, so the copy holds every transaction committed before it began and none that committed during it.
/// </summary>
public static class DatabaseBackup
{
    /// <summary>Writes a consistent copy of <paramref name="databasePath"/> to <paramref name="backupPath"/>, which must not exist yet.</summary>
    public static async Task<long> BackupAsync(string databasePath, string backupPath, CancellationToken cancellationToken)
    {
        if (!File.Exists(databasePath))
            throw new BackupException($"There is no database at {databasePath}.");
        if (File.Exists(backupPath))
            throw new BackupException($"{backupPath} exists already; give a new file name.");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(backupPath))!);
        // Written under a temporary name and moved, so a file with the backup's name is always a whole backup.
        var part = backupPath + ".part";
        await using (var source = await OpenAsync(databasePath, SqliteOpenMode.ReadOnly, cancellationToken))
        await using (var target = await OpenAsync(part, SqliteOpenMode.ReadWriteCreate, cancellationToken))
        {
            source.BackupDatabase(target);
        }
        File.Move(part, backupPath);
        return new FileInfo(backupPath).Length;
    }

    /// <summary>
    /// Puts <paramref name="backupPath"/> in place of <paramref name="databasePath"/>. Refuses a file that is not a
    /// sound SQLite database and a database that any connection (the app's pool) holds open. Returns where the old
    /// database was moved, or null when there was none.
    /// </summary>
    public static async Task<string?> RestoreAsync(string backupPath, string databasePath, DateTime nowUtc, CancellationToken cancellationToken)
    {
        if (!File.Exists(backupPath))
            throw new BackupException($"There is no backup at {backupPath}.");
        await CheckIsDatabaseAsync(backupPath, cancellationToken);
        string? moved = null;
        if (File.Exists(databasePath))
        {
            await CloseUnusedAsync(databasePath, cancellationToken);
            moved = $"{databasePath}.before-restore-{nowUtc:yyyyMMdd-HHmmss}";
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                if (File.Exists(databasePath + suffix))
                    File.Move(databasePath + suffix, moved + suffix);
            }
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        var part = databasePath + ".restoring";
        File.Copy(backupPath, part, overwrite: true);
        File.Move(part, databasePath);
        return moved;
    }

    private static async Task CheckIsDatabaseAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await OpenAsync(path, SqliteOpenMode.ReadOnly, cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA quick_check";
            var result = (string?)await command.ExecuteScalarAsync(cancellationToken);
            if (result != "ok")
                throw new BackupException($"{path} is a damaged SQLite database ({result}); nothing restored.");
            command.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = '__EFMigrationsHistory'";
            if ((long)(await command.ExecuteScalarAsync(cancellationToken))! == 0)
                throw new BackupException($"{path} is a SQLite database but not the app's (it has no migrations history); nothing restored.");
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 26 or 11)
        {
            throw new BackupException($"{path} is not a valid SQLite database; nothing restored.");
        }
    }

    /// <summary>
    /// Leaving WAL mode needs the file to itself: any other connection, an idle one in the app's pool included, makes
    /// it fail. On the way out SQLite folds the write-ahead log into the file, so the file moved aside is whole by
    /// itself; it is put back into WAL mode, as the app left it.
    /// </summary>
    private static async Task CloseUnusedAsync(string databasePath, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(databasePath, SqliteOpenMode.ReadWrite, cancellationToken, busySeconds: 1);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        var mode = (string?)await command.ExecuteScalarAsync(cancellationToken);
        if (mode != "wal")
            return;
        try
        {
            command.CommandText = "PRAGMA journal_mode=DELETE";
            if ((string?)await command.ExecuteScalarAsync(cancellationToken) != "delete")
                throw new BackupException(InUse(databasePath));
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6)
        {
            throw new BackupException(InUse(databasePath));
        }
        command.CommandText = "PRAGMA journal_mode=WAL";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string InUse(string databasePath) =>
        $"{databasePath} is in use (is the app running?); stop the app and restore again. Nothing restored.";

    private static async Task<SqliteConnection> OpenAsync(string path, SqliteOpenMode mode, CancellationToken cancellationToken, int busySeconds = 30)
    {
        // Not pooled: a pooled connection would keep the file open after the command ends.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false, DefaultTimeout = busySeconds }.ToString());
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}

/// <summary>A backup or restore that cannot be done, with a message for the person who asked for it.</summary>
public sealed class BackupException(string message) : Exception(message);
