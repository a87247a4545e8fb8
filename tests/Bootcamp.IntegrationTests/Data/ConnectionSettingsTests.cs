using Bootcamp.IntegrationTests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Data;

/// <summary>The settings go once to each pooled native connection; every later open must still have them.</summary>
[SqliteOnly("SQLite's per-connection pragmas")]
public sealed class ConnectionSettingsTests : AppFixture
{
    [Test]
    public async Task Every_open_of_a_pooled_connection_waits_for_writers_and_checks_foreign_keys()
    {
        for (var open = 0; open < 5; open++)
        {
            var settings = await App.WithDbAsync(async db =>
            {
                await db.Database.OpenConnectionAsync();
                var values = new List<string>();
                foreach (var pragma in new[] { "PRAGMA busy_timeout", "PRAGMA foreign_keys", "PRAGMA synchronous", "PRAGMA journal_mode" })
                {
                    await using var command = db.Database.GetDbConnection().CreateCommand();
                    command.CommandText = pragma;
                    values.Add(Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!);
                }
                return values;
            });
            Assert.That(settings, Is.EqualTo(new[] { "30000", "1", "1", "wal" }), $"open {open + 1}");
        }
    }

    [Test]
    public async Task The_settings_are_sent_once_per_native_connection_not_on_every_open()
    {
        SqliteConnection.ClearAllPools();
        await App.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA busy_timeout=1234");
            return 0;
        });

        var timeout = await App.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA busy_timeout";
            return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        });

        Assert.That(timeout, Is.EqualTo(1234), "the pooled connection came back as it was left: no pragmas were sent again");
        SqliteConnection.ClearAllPools();
    }
}
