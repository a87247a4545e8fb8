using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Bootcamp.Web.Data.Backups;

/// <summary>
/// <c>backup [file]</c> and <c>restore &lt;file&gt;</c>, run with the app's own settings so that the database is the
/// one its connection string names. A backup goes to <c>backups/bootcamp-&lt;UTC time&gt;.db</c> beside the database
/// unless a file is given.
/// </summary>
public static class BackupCommand
{
    public const string Backup = "backup";
    public const string Restore = "restore";

    /// <summary>Runs <paramref name="command"/> for the arguments after its name; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string command, IConfiguration configuration, IHostEnvironment environment, TimeProvider clock,
        IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (DataServices.Provider(configuration) == DatabaseProvider.Postgres)
        {
            output.WriteLine($"{command} works on the SQLite database only. On PostgreSQL use its own tools: pg_dump -Fc for a backup "
                + "(consistent while the app writes), pg_restore into an empty database to restore, with the app stopped. Nothing done.");
            return 1;
        }
        var database = new SqliteConnectionStringBuilder(DataServices.ConnectionString(configuration, environment)).DataSource;
        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            switch (command, arguments)
            {
                case (Backup, []):
                case (Backup, [_]):
                    var file = arguments.Count == 1
                        ? Path.GetFullPath(arguments[0])
                        : Path.Combine(Path.GetDirectoryName(database)!, "backups", $"bootcamp-{now:yyyyMMdd-HHmmss}.db");
                    var watch = Stopwatch.StartNew();
                    var bytes = await DatabaseBackup.BackupAsync(database, file, cancellationToken);
                    output.WriteLine($"Backed up {database} to {file} ({bytes / 1024.0 / 1024.0:0.0} MB) in {watch.Elapsed.TotalSeconds:0.0} s.");
                    return 0;
                case (Restore, [var backup]):
                    var moved = await DatabaseBackup.RestoreAsync(Path.GetFullPath(backup), database, now, cancellationToken);
                    output.WriteLine($"Restored {Path.GetFullPath(backup)} to {database}.");
                    output.WriteLine(moved is null ? "There was no database there before." : $"The database that was there is now {moved}.");
                    return 0;
                default:
                    output.WriteLine("Usage: backup [backup file] | restore <backup file>");
                    return 2;
            }
        }
        catch (BackupException e)
        {
            output.WriteLine(e.Message);
            return 1;
        }
    }
}
