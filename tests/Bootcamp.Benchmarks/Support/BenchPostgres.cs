using Npgsql;

namespace Bootcamp.Benchmarks.Support;

/// <summary>
/// The PostgreSQL server the bench may use, named by <see cref="ServerVariable"/> (an Npgsql connection string whose
/// account may create databases), and the few statements the bench sends it around the app: making, copying and dropping databases.
/// </summary>
public static class BenchPostgres
{
    public const string ServerVariable = "BOOTCAMP_BENCH_POSTGRES";

    public static string? Server => Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server ? server : null;

    public static string ConnectionString(string server, string database) =>
        new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;

    /// <summary>
    /// A new database, empty or a copy of <paramref name="template"/>, which nobody may be connected to. The copy is by
    /// files rather than through the write-ahead log (PostgreSQL 15's default), which is much faster for gigabytes.
    /// </summary>
    public static Task CreateAsync(string server, string database, string? template = null) =>
        ExecuteAsync(server, template is null ? $"CREATE DATABASE \"{database}\"" : $"CREATE DATABASE \"{database}\" TEMPLATE \"{template}\" STRATEGY FILE_COPY");

    /// <summary>Drops the database a connection string names, closing the pools' idle connections to it first and any other session by force.</summary>
    public static Task DropAsync(string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        return ExecuteAsync(connectionString, $"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(connectionString).Database}\" WITH (FORCE)");
    }

    /// <summary>One statement on the server's maintenance database, <c>postgres</c>.</summary>
    public static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString(server, "postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
