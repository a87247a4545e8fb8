using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Bootcamp.Web.Data.SeedData;

/// <summary>
/// Where <see cref="NetworkGenerator"/> writes: a SQLite file of its own (<see cref="SqliteNetwork"/>) or a PostgreSQL
/// database (<see cref="PostgresNetwork"/>), each on its provider's own migrations set. What differs between them is
/// how an earlier network is cleared, what is tuned before and after the rows go in, how the size is read, and where
/// a finished network keeps its marker (<see cref="NetworkGenerator.Marker"/>), by which the bench knows it may reuse it.
/// </summary>
public abstract class NetworkDatabase
{
    /// <summary>How messages name it.</summary>
    public abstract string Name { get; }

    /// <summary>How to start the app on it, for the operator.</summary>
    public abstract string AppSettings { get; }

    public abstract BootcampDb Open();

    /// <summary>
    /// Makes room for a new network: nothing is there yet, or an earlier generated network, which is removed. Anything
    /// else is refused with a <see cref="NetworkDatabaseException"/>, so neither the demo database nor a real one is ever overwritten.
    /// </summary>
    public abstract Task ClearEarlierAsync(CancellationToken cancellationToken);

    /// <summary>Run once the schema is migrated, before any row goes in.</summary>
    public abstract Task PrepareAsync(BootcampDb db, CancellationToken cancellationToken);

    /// <summary>Run once every row is in: what the database needs to serve the network at its best.</summary>
    public abstract Task FinishAsync(BootcampDb db, CancellationToken cancellationToken);

    public abstract Task<long> SizeAsync(BootcampDb db, CancellationToken cancellationToken);

    /// <summary>Marks the network finished; an earlier marker goes when an earlier network is cleared.</summary>
    public abstract Task MarkAsync(string marker, CancellationToken cancellationToken);

    /// <summary>The finished network's marker; null when there is none (no network, or one that was never finished).</summary>
    public abstract Task<string?> MarkerAsync(CancellationToken cancellationToken);

    /// <summary>Whether the database holds a network made by the generator (its seed import says so); false when it holds no app schema.</summary>
    protected async Task<bool> HoldsGeneratedNetworkAsync(CancellationToken cancellationToken)
    {
        await using var db = Open();
        try
        {
            return await db.SeedImports.AnyAsync(s => s.DataSet.StartsWith(NetworkGenerator.DataSetPrefix), cancellationToken);
        }
        catch (DbException)
        {
            return false;
        }
    }
}

/// <summary>A SQLite file of its own, in write-ahead-log mode, checkpointed and optimised at the end; its size is the file's, its marker a <c>.marker</c> file beside it.</summary>
public sealed class SqliteNetwork(string path) : NetworkDatabase
{
    private string MarkerFile => path + ".marker";

    public override string Name => path;

    public override string AppSettings => $"ConnectionStrings__Bootcamp=\"Data Source={path}\"";

    public override BootcampDb Open() => new(new DbContextOptionsBuilder<BootcampDb>()
        .UseSqlite($"Data Source={path};Pooling=False;Default Timeout=30")
        .AddInterceptors(new SqlitePragmas())
        .Options);

    public override async Task ClearEarlierAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            return;
        }
        if (!await HoldsGeneratedNetworkAsync(cancellationToken))
            throw new NetworkDatabaseException($"{path} exists and is not a generated network; name another file.");
        foreach (var suffix in new[] { ".marker", "", "-wal", "-shm" })
            File.Delete(path + suffix);
    }

    public override Task PrepareAsync(BootcampDb db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);

    public override Task FinishAsync(BootcampDb db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA optimize;", cancellationToken);

    public override Task<long> SizeAsync(BootcampDb db, CancellationToken cancellationToken) => Task.FromResult(new FileInfo(path).Length);

    public override Task MarkAsync(string marker, CancellationToken cancellationToken) =>
        File.WriteAllTextAsync(MarkerFile, marker + Environment.NewLine, cancellationToken);

    public override async Task<string?> MarkerAsync(CancellationToken cancellationToken) =>
        File.Exists(path) && File.Exists(MarkerFile) ? (await File.ReadAllTextAsync(MarkerFile, cancellationToken)).Trim() : null;
}

/// <summary>
/// A PostgreSQL database named by an Npgsql connection string, made by the migrations when it does not exist. An empty
/// database is used as it is; one holding an earlier generated network is dropped and made again; one holding anything
/// else is refused. At the end it is vacuumed and analysed, so the planner knows the tables' sizes from the first query
/// and index-only scans need not visit the rows; its size is <c>pg_database_size</c>, its marker the database's comment
/// (which a copy made from it as a template does not inherit).
/// </summary>
public sealed class PostgresNetwork(string connectionString) : NetworkDatabase
{
    private readonly NpgsqlConnectionStringBuilder _settings = new(connectionString) { Pooling = false };

    public override string Name => $"PostgreSQL database {_settings.Database} on {_settings.Host}:{_settings.Port}";

    public override string AppSettings => $"Database__Provider=Postgres ConnectionStrings__Bootcamp=\"{connectionString}\"";

    public override BootcampDb Open() => new PostgresBootcampDb(new DbContextOptionsBuilder<PostgresBootcampDb>()
        .UseNpgsql(_settings.ConnectionString, DataServices.PostgresOptions)
        .Options);

    public override async Task ClearEarlierAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(_settings.Database))
            throw new NetworkDatabaseException("Name the database in the connection string (Database=...); the generator makes it when it does not exist.");
        await using var server = await OpenServerAsync(cancellationToken);
        if (await CountAsync(server, "SELECT count(*) FROM pg_database WHERE datname = @name", _settings.Database, cancellationToken) == 0)
            return;
        await using (var database = new NpgsqlConnection(_settings.ConnectionString))
        {
            await database.OpenAsync(cancellationToken);
            if (await CountAsync(database, "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')", null, cancellationToken) == 0)
                return;
        }
        if (!await HoldsGeneratedNetworkAsync(cancellationToken))
            throw new NetworkDatabaseException($"{Name} holds tables and is not a generated network; name another database.");
        await using var drop = server.CreateCommand();
        drop.CommandText = $"DROP DATABASE \"{_settings.Database}\" WITH (FORCE)";
        await drop.ExecuteNonQueryAsync(cancellationToken);
    }

    public override Task PrepareAsync(BootcampDb db, CancellationToken cancellationToken) => Task.CompletedTask;

    public override async Task FinishAsync(BootcampDb db, CancellationToken cancellationToken)
    {
        // VACUUM over millions of rows takes minutes; the command's default 30 s would stop it.
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        await db.Database.ExecuteSqlRawAsync("VACUUM (ANALYZE)", cancellationToken);
    }

    public override async Task<long> SizeAsync(BootcampDb db, CancellationToken cancellationToken) =>
        (await db.Database.SqlQueryRaw<long>("SELECT pg_database_size(current_database()) AS \"Value\"").ToListAsync(cancellationToken)).Single();

    public override async Task MarkAsync(string marker, CancellationToken cancellationToken)
    {
        await using var server = await OpenServerAsync(cancellationToken);
        await using var command = server.CreateCommand();
        // COMMENT takes no parameters; the marker is the generator's own text, quoted as a literal.
        command.CommandText = $"COMMENT ON DATABASE \"{_settings.Database}\" IS '{marker.Replace("'", "''", StringComparison.Ordinal)}'";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override async Task<string?> MarkerAsync(CancellationToken cancellationToken)
    {
        await using var server = await OpenServerAsync(cancellationToken);
        await using var command = server.CreateCommand();
        command.CommandText = "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = @name";
        command.Parameters.AddWithValue("name", _settings.Database!);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <summary>The server's maintenance database, where databases are looked up, dropped and commented on.</summary>
    private async Task<NpgsqlConnection> OpenServerAsync(CancellationToken cancellationToken)
    {
        var server = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_settings.ConnectionString) { Database = "postgres" }.ConnectionString);
        await server.OpenAsync(cancellationToken);
        return server;
    }

    private static async Task<long> CountAsync(NpgsqlConnection connection, string sql, string? name, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (name is not null)
            command.Parameters.AddWithValue("name", name);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}

/// <summary>The file or database named for a generated network holds something else, which the generator will not overwrite.</summary>
public sealed class NetworkDatabaseException(string message) : Exception(message);
