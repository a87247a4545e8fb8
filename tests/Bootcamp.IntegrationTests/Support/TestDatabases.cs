using Npgsql;

namespace Bootcamp.IntegrationTests.Support;

/// <summary>
/// Which database the suite runs the app on: SQLite files unless <c>BOOTCAMP_TEST_PROVIDER=Postgres</c>, and then
/// databases made on the PostgreSQL server that <c>BOOTCAMP_TEST_POSTGRES</c> names (a connection string whose account
/// may create databases; <c>.ci/run</c> starts such a server). The PostgreSQL-only tests need only the server.
/// </summary>
public static class TestDatabases
{
    public const string NoServer = "no PostgreSQL server: set BOOTCAMP_TEST_POSTGRES or run .ci/run";

    public static string? Server => Environment.GetEnvironmentVariable("BOOTCAMP_TEST_POSTGRES") is { Length: > 0 } server ? server : null;

    public static bool OnPostgres =>
        string.Equals(Environment.GetEnvironmentVariable("BOOTCAMP_TEST_PROVIDER"), "Postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>The server's connection string, or the test stops: ignored on a developer's machine, failed under CI.</summary>
    public static string RequireServer()
    {
        if (Server is { } server)
            return server;
        if (Environment.GetEnvironmentVariable("CI") is not null)
            Assert.Fail(NoServer);
        Assert.Ignore(NoServer);
        return "";
    }

    /// <summary>The suite's server when it runs on PostgreSQL; a run asked for PostgreSQL without a server stops at once.</summary>
    public static string SuiteServer() =>
        Server ?? throw new InvalidOperationException($"BOOTCAMP_TEST_PROVIDER is Postgres but there is {NoServer}.");

    public static string ConnectionString(string server, string database) =>
        new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;

    /// <summary>A new database, empty or a copy of <paramref name="template"/> (which nobody may be connected to).</summary>
    public static async Task CreateAsync(string server, string database, string? template = null)
    {
        await using var connection = new NpgsqlConnection(ConnectionString(server, "postgres"));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = template is null ? $"CREATE DATABASE \"{database}\"" : $"CREATE DATABASE \"{database}\" TEMPLATE \"{template}\"";
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Drops the database, closing the pools' idle connections to it first and any other session by force.</summary>
    public static async Task DropAsync(string server, string database)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ConnectionString(server, "postgres"));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)";
        await command.ExecuteNonQueryAsync();
    }
}
