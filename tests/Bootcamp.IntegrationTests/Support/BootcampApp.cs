using System.Net;
using System.Text.RegularExpressions;
using Bootcamp.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Bootcamp.IntegrationTests.Support;

/// <summary>
/// The real application on its own SQLite file, migrated and seeded from seed-data/. The seeded file is made once
/// per test run and copied for each app, so every fixture starts from the same demo data without paying the import.
/// On PostgreSQL (<see cref="TestDatabases.OnPostgres"/>) each app has a database of its own instead, made with
/// <c>CREATE DATABASE ... TEMPLATE</c> from one seeded once per run, and dropped when the app is disposed.
/// The app's clock is a <see cref="FakeTimeProvider"/> standing at <see cref="Start"/>, the same instant the seed
/// data was anchored to, so a date in a test never depends on when the suite runs; a test may move it.
/// </summary>
public sealed partial class BootcampApp : WebApplicationFactory<Program>
{
    public const string Password = "Bootcamp!2026";
    public const string Admin = "admin@bootcamp.local";
    public const string Staff = "staff@bootcamp.local";
    public const string Instructor = "instructor@bootcamp.local";
    public const string Partner = "partner@bootcamp.local";

    /// <summary>
    /// Wednesday 10 June 2026, 10:00 UTC: midday in Berlin and Lisbon, early morning in Toronto, weeks away from any
    /// change to or from summer time.
    /// </summary>
    public static readonly DateTimeOffset Start = new(2026, 6, 10, 10, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<string> Template = new(CreateTemplate, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly bool _seed;
    private readonly bool _keepFile;
    private readonly PostgresDatabase? _postgres;
    private readonly IReadOnlyDictionary<string, string> _settings = new Dictionary<string, string>();

    /// <param name="seeded">a copy of the demo data, or an empty migrated database</param>
    /// <param name="settings">configuration keys (as in appsettings.json, with colons) that differ from the app's defaults</param>
    public BootcampApp(bool seeded = true, IReadOnlyDictionary<string, string>? settings = null)
    {
        _seed = seeded;
        _settings = settings ?? _settings;
        var name = $"bootcamp-test-{Guid.NewGuid():N}";
        DatabasePath = Path.Combine(Path.GetTempPath(), name + ".db");
        ExportsFolder = DatabasePath[..^3] + "-exports";
        if (TestDatabases.OnPostgres)
        {
            _postgres = new(TestDatabases.SuiteServer(), name);
            TestDatabases.CreateAsync(_postgres.Server, name, seeded ? Template.Value : null).GetAwaiter().GetResult();
        }
        else if (seeded)
        {
            File.Copy(Template.Value, DatabasePath);
        }
    }

    /// <summary>
    /// A second app on the files an earlier one left (database, exports and, when the settings name one, the job
    /// storage), as after a restart. The files stay when it is disposed; the earlier app deletes them.
    /// </summary>
    public static BootcampApp Restart(BootcampApp earlier, IReadOnlyDictionary<string, string> settings) =>
        new(earlier.DatabasePath, seed: false, settings, earlier._postgres);

    /// <summary>The app on a SQLite database made elsewhere (a generated network), not a demo; the file stays when it is disposed.</summary>
    public static BootcampApp OnFile(string path) => new(path, seed: false);

    /// <summary>
    /// The app on a new, empty PostgreSQL database on <paramref name="server"/>, whatever the suite runs on: it migrates
    /// the database and imports the demo data itself, as a first start does. The database is dropped when it is disposed.
    /// </summary>
    public static BootcampApp OnNewPostgresDatabase(string server, IReadOnlyDictionary<string, string>? settings = null)
    {
        var name = $"bootcamp-test-{Guid.NewGuid():N}";
        TestDatabases.CreateAsync(server, name).GetAwaiter().GetResult();
        return new(Path.Combine(Path.GetTempPath(), name + ".db"), seed: true, settings, new(server, name), keep: false);
    }

    private BootcampApp(string path, bool seed, IReadOnlyDictionary<string, string>? settings = null, PostgresDatabase? postgres = null, bool keep = true)
    {
        _settings = settings ?? _settings;
        DatabasePath = path;
        ExportsFolder = path[..^3] + "-exports";
        _seed = seed;
        _keepFile = keep;
        _postgres = postgres;
    }

    /// <summary>The SQLite file; on PostgreSQL only the stem of the exports folder's name.</summary>
    public string DatabasePath { get; }

    public bool OnPostgres => _postgres is not null;

    /// <summary>The app's connection string on PostgreSQL, for reading its database around the app.</summary>
    public string? PostgresConnectionString => _postgres is null ? null : TestDatabases.ConnectionString(_postgres.Server, _postgres.Database);

    /// <summary>Where this app keeps background exports: a folder of its own, deleted with the database.</summary>
    public string ExportsFolder { get; }

    /// <summary>Services a test swaps in before the app starts (a gate in front of a job, say).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>The app's clock. A test that moves it puts it back (<see cref="FakeTimeProvider.SetUtcNow"/> with <see cref="Start"/>) when its fixture shares the app.</summary>
    public FakeTimeProvider Clock { get; } = new(Start);

    public DateTime UtcNow => Clock.GetUtcNow().UtcDateTime;

    public static string SeedFolder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Bootcamp.sln")))
                    return Path.Combine(dir.FullName, "seed-data");
            }
            throw new DirectoryNotFoundException("Cannot find the repository root (Bootcamp.sln) above " + AppContext.BaseDirectory);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        if (_postgres is null)
        {
            builder.UseSetting("ConnectionStrings:Bootcamp", $"Data Source={DatabasePath}");
        }
        else
        {
            builder.UseSetting("Database:Provider", "Postgres");
            builder.UseSetting("ConnectionStrings:Bootcamp", TestDatabases.ConnectionString(_postgres.Server, _postgres.Database));
            // Finished exports stay in the app's folder, as on SQLite, where the tests of the downloads store look for
            // them; the tests of the database store (several nodes) ask for it.
            builder.UseSetting("Exports:Store", "Folder");
        }
        builder.UseSetting("Seed:Folder", SeedFolder);
        builder.UseSetting("Demo:Enabled", _seed ? "true" : "false");
        // The tests sign in many times from one address; the limit's own test sets a low one.
        builder.UseSetting("SignIn:PermitLimit", "100000");
        builder.UseSetting("Data:ThreadSafetyChecks", "true");
        // No watcher on appsettings.json per app: each holds an inotify instance while its fixture lives, and a user
        // gets 128 on the whole machine; two test runs side by side ran out ("the configured user limit (128) on the
        // number of inotify instances has been reached").
        builder.UseSetting("hostBuilder:reloadConfigOnChange", "false");
        // Credentials keep their address for life; the tests' server answers on localhost.
        builder.UseSetting("Credentials:BaseUrl", "http://localhost");
        builder.UseSetting("Exports:Folder", ExportsFolder);
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
            TestServices?.Invoke(services);
        });
    }

    /// <summary>A fresh scope on the app's database, for arranging and checking data directly.</summary>
    public async Task<T> WithDbAsync<T>(Func<BootcampDb, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<BootcampDb>());
    }

    public HttpClient Anonymous() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<HttpClient> SignInAsync(string email, string password = Password)
    {
        var client = Anonymous();
        var response = await client.PostFormAsync("/Account/SignIn", "/Account/SignIn", new() { ["Email"] = email, ["Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in as {email} failed: {response.StatusCode}");
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing || _keepFile)
            return;
        if (_postgres is not null)
        {
            TestDatabases.DropAsync(_postgres.Server, _postgres.Database).GetAwaiter().GetResult();
        }
        else
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                File.Delete(DatabasePath + suffix);
        }
        if (Directory.Exists(ExportsFolder))
            Directory.Delete(ExportsFolder, recursive: true);
    }

    /// <summary>Drops the PostgreSQL template at the end of the run (<see cref="TestRun"/>); a SQLite template is a temp file.</summary>
    public static async Task DropTemplateAsync()
    {
        if (TestDatabases.OnPostgres && Template.IsValueCreated)
            await TestDatabases.DropAsync(TestDatabases.SuiteServer(), Template.Value);
    }

    /// <summary>The seeded database every app copies: a SQLite file's path, or a PostgreSQL database's name.</summary>
    private static string CreateTemplate()
    {
        if (TestDatabases.OnPostgres)
        {
            var name = $"bootcamp-template-{Environment.ProcessId}-{Guid.NewGuid():N}";
            var server = TestDatabases.SuiteServer();
            TestDatabases.CreateAsync(server, name).GetAwaiter().GetResult();
            using (var app = new BootcampApp(Path.Combine(Path.GetTempPath(), name + ".db"), seed: true, postgres: new(server, name)))
            {
                _ = app.Services;
            }
            // CREATE DATABASE ... TEMPLATE refuses a template anyone is connected to.
            NpgsqlConnection.ClearAllPools();
            return name;
        }
        var path = Path.Combine(Path.GetTempPath(), $"bootcamp-template-{Environment.ProcessId}-{Guid.NewGuid():N}.db");
        using (var app = new BootcampApp(path, seed: true))
        {
            // Starting the host migrates and imports the seed data.
            _ = app.Services;
        }
        SqliteConnection.ClearAllPools();
        return path;
    }
}

/// <summary>A database of the app's own on a PostgreSQL server.</summary>
public sealed record PostgresDatabase(string Server, string Database);

public static partial class HttpClientForms
{
    /// <summary>Reads the anti-forgery token from the page at <paramref name="pageUrl"/>, then posts the fields with it.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, string postUrl, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(pageUrl);
        var token = TokenPattern().Match(page);
        if (!token.Success)
            throw new InvalidOperationException($"No anti-forgery token on {pageUrl}");
        var all = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)) };
        return await client.PostAsync(postUrl, new FormUrlEncodedContent(all));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
