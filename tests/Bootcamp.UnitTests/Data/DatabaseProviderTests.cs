using Bootcamp.Web.Data;
using Microsoft.Extensions.Configuration;

namespace Bootcamp.UnitTests.Data;

public sealed class DatabaseProviderTests
{
    [TestCase(null, DatabaseProvider.Sqlite)]
    [TestCase("", DatabaseProvider.Sqlite)]
    [TestCase("Sqlite", DatabaseProvider.Sqlite)]
    [TestCase("postgres", DatabaseProvider.Postgres)]
    [TestCase("Postgres", DatabaseProvider.Postgres)]
    public void The_provider_is_sqlite_unless_the_setting_says_postgres(string? setting, DatabaseProvider expected) =>
        Assert.That(DataServices.Provider(Settings(("Database:Provider", setting))), Is.EqualTo(expected));

    [Test]
    public void An_unknown_provider_stops_the_app_with_what_to_set()
    {
        var error = Assert.Throws<InvalidOperationException>(() => DataServices.Provider(Settings(("Database:Provider", "SqlServer"))));

        Assert.That(error!.Message, Is.EqualTo("Database:Provider (Database__Provider) is \"SqlServer\"; it must be Sqlite (the default) or Postgres."));
    }

    [Test]
    public void Postgres_with_the_default_sqlite_connection_string_says_what_to_set()
    {
        var settings = Settings(("Database:Provider", "Postgres"), ("ConnectionStrings:Bootcamp", "Data Source=data/bootcamp.db"));

        var error = Assert.Throws<InvalidOperationException>(() => DataServices.ConnectionString(settings, null!));

        Assert.That(error!.Message, Does.StartWith("Database:Provider is Postgres: set ConnectionStrings__Bootcamp to an Npgsql connection string"));
    }

    [TestCase(null, null, false)]
    [TestCase("Postgres", null, true)]
    [TestCase("Postgres", "Folder", false)]
    [TestCase(null, "Database", true)]
    public void What_several_nodes_share_is_in_the_database_by_default_on_postgres_only(string? provider, string? store, bool inDatabase) =>
        Assert.That(DataServices.KeptInDatabase(Settings(("Database:Provider", provider), ("Exports:Store", store)), "Exports:Store"), Is.EqualTo(inDatabase));

    [Test]
    public void An_unknown_store_stops_the_app_with_what_to_set()
    {
        var error = Assert.Throws<InvalidOperationException>(() => DataServices.KeptInDatabase(Settings(("DataProtection:Store", "Redis")), "DataProtection:Store"));

        Assert.That(error!.Message, Is.EqualTo("DataProtection:Store is 'Redis': use Folder (one node) or Database (several nodes)."));
    }

    private static IConfiguration Settings(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
