using Bootcamp.IntegrationTests.Support;
using Bootcamp.Web.Data;
using Bootcamp.Web.Data.SeedData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Bootcamp.IntegrationTests.Seed;

/// <summary>
/// A tiny network (scale 0.002) generated into a PostgreSQL database the generator makes itself: the counts and size
/// it reports are the database's, it is migrated with the PostgreSQL set, generating again replaces it, and a database
/// holding anything else is refused untouched. Runs whenever a server is configured, on either pass.
/// </summary>
public sealed class PostgresNetworkGeneratorTests
{
    private const double Scale = 0.002;

    private readonly List<string> _databases = [];
    private string _server = "";
    private string _database = "";
    private NetworkSummary _summary = null!;

    [OneTimeSetUp]
    public async Task GenerateAsync()
    {
        _server = TestDatabases.RequireServer();
        _database = NewName();
        _summary = await GenerateIntoAsync(_database);
    }

    [OneTimeTearDown]
    public async Task DropAsync()
    {
        foreach (var database in _databases)
            await TestDatabases.DropAsync(_server, database);
    }

    [Test]
    public async Task The_rows_it_reports_per_table_are_the_rows_in_the_database_and_the_size_is_the_databases()
    {
        var tables = await ReadAsync(_database, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '__EFMigrationsHistory'", r => r.GetString(0));
        var counted = new Dictionary<string, long>();
        foreach (var table in tables)
            counted[table] = (await ReadAsync(_database, $"SELECT count(*) FROM \"{table}\"", r => r.GetInt64(0))).Single();
        var size = (await ReadAsync(_database, "SELECT pg_database_size(current_database())", r => r.GetInt64(0))).Single();

        Assert.That(_summary.Rows, Is.EquivalentTo(counted));
        Assert.That(_summary.Rows["Cohorts"], Is.EqualTo(NetworkSize.For(Scale).Cohorts));
        Assert.That(_summary.Rows["Learners"], Is.EqualTo(100));
        Assert.That(_summary.Rows["ExerciseLogs"], Is.GreaterThan(1_000));
        Assert.That(_summary.Rows["Attendance"], Is.GreaterThan(1_000));
        Assert.That(_summary.TotalRows, Is.EqualTo(counted.Values.Sum()));
        Assert.That(_summary.Bytes, Is.EqualTo(size));
        Assert.That(_summary.Database, Is.EqualTo($"PostgreSQL database {_database} on {Host}"));
    }

    [Test]
    public async Task The_database_is_at_the_last_migration_of_the_postgres_set_and_marked_with_it()
    {
        var applied = await ReadAsync(_database, "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\" ORDER BY \"MigrationId\"", r => r.GetString(0));
        var marker = await new PostgresNetwork(TestDatabases.ConnectionString(_server, _database)).MarkerAsync(CancellationToken.None);

        using var model = new PostgresBootcampDbDesignTimeFactory().CreateDbContext([]);
        Assert.That(applied, Is.EqualTo(model.Database.GetMigrations()));
        Assert.That(marker, Is.EqualTo($"generator {NetworkGenerator.Version}, scale 0.002, migration {applied[^1]}"));
    }

    [Test]
    public async Task Generating_again_replaces_the_earlier_network_instead_of_adding_to_it()
    {
        var database = NewName();
        var first = await GenerateIntoAsync(database);
        await ExecuteAsync(database, "INSERT INTO \"Partners\" (\"Name\", \"CountryCode\", \"ContactEmail\") VALUES ('Left over', 'DE', 'left@example.org')");

        var second = await GenerateIntoAsync(database);

        Assert.That(second.Rows, Is.EquivalentTo(first.Rows));
        Assert.That(await ReadAsync(database, "SELECT count(*) FROM \"Partners\" WHERE \"Name\" = 'Left over'", r => r.GetInt64(0)), Is.EqualTo(new[] { 0L }));
    }

    [Test]
    public async Task A_database_that_holds_anything_but_a_generated_network_is_refused_and_left_as_it_was()
    {
        var database = NewName();
        await TestDatabases.CreateAsync(_server, database);
        await ExecuteAsync(database, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('not a network')");

        var refused = await Assert.ThrowsAsync<NetworkDatabaseException>(() => GenerateIntoAsync(database));

        Assert.That(refused!.Message, Is.EqualTo($"PostgreSQL database {database} on {Host} holds tables and is not a generated network; name another database."));
        Assert.That(await ReadAsync(database, "SELECT note FROM kept", r => r.GetString(0)), Is.EqualTo(new[] { "not a network" }));
    }

    private string Host
    {
        get
        {
            var settings = new NpgsqlConnectionStringBuilder(_server);
            return $"{settings.Host}:{settings.Port}";
        }
    }

    private string NewName()
    {
        var name = $"bootcamp-network-test-{Guid.NewGuid():N}";
        _databases.Add(name);
        return name;
    }

    private Task<NetworkSummary> GenerateIntoAsync(string database) =>
        new NetworkGenerator(new PostgresNetwork(TestDatabases.ConnectionString(_server, database)), new FakeTimeProvider(BootcampApp.Start), TextWriter.Null)
            .GenerateAsync(Scale, BootcampApp.SeedFolder, CancellationToken.None);

    /// <summary>An unpooled connection: the generator drops a database it replaces with every session on it.</summary>
    private NpgsqlConnection Connect(string database) =>
        new(new NpgsqlConnectionStringBuilder(TestDatabases.ConnectionString(_server, database)) { Pooling = false }.ConnectionString);

    private async Task<List<T>> ReadAsync<T>(string database, string sql, Func<NpgsqlDataReader, T> read)
    {
        await using var connection = Connect(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var found = new List<T>();
        while (await reader.ReadAsync())
            found.Add(read(reader));
        return found;
    }

    private async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = Connect(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
