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

    private static IConfiguration Settings(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
