using Bootcamp.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Data;

/// <summary>
/// Each provider has its own migrations set (Data/Migrations for SQLite, Data/PostgresMigrations for PostgreSQL), and a
/// model change needs a migration in both, under the same name. Neither check connects to a database.
/// </summary>
public sealed class MigrationSetsTests
{
    private const string Add = "dotnet ef migrations add <Name> --project src/Bootcamp.Web";

    [Test]
    public void The_sqlite_migrations_cover_the_model()
    {
        using var db = Sqlite();
        Assert.That(db.Database.HasPendingModelChanges(), Is.False,
            $"the model changed without a SQLite migration: {Add} --context BootcampDb --output-dir Data/Migrations");
    }

    [Test]
    public void The_postgres_migrations_cover_the_model()
    {
        using var db = Postgres();
        Assert.That(db.Database.HasPendingModelChanges(), Is.False,
            $"the model changed without a PostgreSQL migration: {Add} --context PostgresBootcampDb --output-dir Data/PostgresMigrations");
    }

    [Test]
    public void Every_migration_since_the_postgres_set_began_is_in_both_sets_under_the_same_name()
    {
        using var sqlite = Sqlite();
        using var postgres = Postgres();
        var postgresIds = postgres.Database.GetMigrations().ToList();
        var since = postgresIds[0];

        var sqliteNames = sqlite.Database.GetMigrations().Where(id => string.CompareOrdinal(id, since) > 0).Select(Name);
        var postgresNames = postgresIds.Skip(1).Select(Name);

        Assert.That(postgresNames, Is.EqualTo(sqliteNames));
    }

    private static string Name(string migrationId) => migrationId[(migrationId.IndexOf('_') + 1)..];

    private static BootcampDb Sqlite() =>
        new(new DbContextOptionsBuilder<BootcampDb>().UseSqlite("Data Source=:memory:").Options);

    private static PostgresBootcampDb Postgres() =>
        new(new DbContextOptionsBuilder<PostgresBootcampDb>().UseNpgsql("Host=localhost;Database=not-connected", DataServices.PostgresOptions).Options);
}
