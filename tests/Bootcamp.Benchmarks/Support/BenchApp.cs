using System.Net;
using System.Text.RegularExpressions;
using Bootcamp.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.Benchmarks.Support;

/// <summary>
/// The real application on Kestrel (loopback, a free port) over its own SQLite file, seeded with the demo data so
/// the demo accounts can sign in, or over a generated network (<see cref="OnNetwork"/>) with the production job
/// storage; or the same two on PostgreSQL (<see cref="StartOnPostgres"/>, <see cref="OnPostgresNetwork"/>), each in a
/// database of its own that is dropped with the app. Logging is kept to warnings so the console shows the benchmark, not the requests.
/// Controllers of this assembly (the raw ADO.NET counterparts) join the app's own, under the same filters.
/// </summary>
public sealed partial class BenchApp : WebApplicationFactory<Program>
{
    public const string Password = "Bootcamp!2026";
    public const string Admin = "admin@bootcamp.local";
    public const string Staff = "staff@bootcamp.local";

    private readonly string? _runFolder;
    private readonly string? _postgres;

    private BenchApp(string path, string? runFolder = null, string? postgres = null)
    {
        DatabasePath = path;
        _runFolder = runFolder;
        _postgres = postgres;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        BaseAddress = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    /// <summary>The SQLite file, or on PostgreSQL the database's name.</summary>
    public string DatabasePath { get; }
    public Uri BaseAddress { get; }

    public static BenchApp Start()
    {
        // The factory's own content-root lookup misses when the run starts from the repository root; name it outright.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_BOOTCAMP_WEB", Path.Combine(RepositoryRoot, "src", "Bootcamp.Web"));
        return new(Path.Combine(Path.GetTempPath(), $"bootcamp-bench-{Guid.NewGuid():N}.db"));
    }

    /// <summary>
    /// The app over a generated network's file, which it deletes when disposed: no demo import, and Hangfire on its SQLite
    /// storage with the default workers, as deployed, with its jobs file and the exports in a folder of this run.
    /// </summary>
    public static BenchApp OnNetwork(string path)
    {
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_BOOTCAMP_WEB", Path.Combine(RepositoryRoot, "src", "Bootcamp.Web"));
        return new(path, RunFolder());
    }

    /// <summary>The demo on a new database of <paramref name="server"/>, which the app migrates and fills as a first start does.</summary>
    public static BenchApp StartOnPostgres(string server)
    {
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_BOOTCAMP_WEB", Path.Combine(RepositoryRoot, "src", "Bootcamp.Web"));
        var database = $"bootcamp_bench_demo_{Guid.NewGuid():N}";
        BenchPostgres.CreateAsync(server, database).GetAwaiter().GetResult();
        return new(database, postgres: BenchPostgres.ConnectionString(server, database));
    }

    /// <summary>
    /// The app over a generated network's PostgreSQL database, which it drops when disposed: no demo import, and Hangfire
    /// in the database, as deployed on PostgreSQL, with the exports being written in a folder of this run.
    /// </summary>
    public static BenchApp OnPostgresNetwork(string server, string database)
    {
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_BOOTCAMP_WEB", Path.Combine(RepositoryRoot, "src", "Bootcamp.Web"));
        return new(database, RunFolder(), BenchPostgres.ConnectionString(server, database));
    }

    private static string RunFolder()
    {
        var runFolder = Path.Combine(Path.GetTempPath(), $"bootcamp-bench-run-{Guid.NewGuid():N}");
        Directory.CreateDirectory(runFolder);
        return runFolder;
    }

    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Bootcamp.sln")))
                    return dir.FullName;
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
            builder.UseSetting("ConnectionStrings:Bootcamp", _postgres);
        }
        builder.UseSetting("Seed:Folder", Path.Combine(RepositoryRoot, "seed-data"));
        builder.UseSetting("Demo:Enabled", _runFolder is null ? "true" : "false");
        if (_runFolder is not null)
        {
            if (_postgres is null)
                builder.UseSetting("Jobs:File", Path.Combine(_runFolder, "jobs.db"));
            else
                builder.UseSetting("Jobs:Storage", "Database");
            builder.UseSetting("Jobs:PollSeconds", "0.5");
            builder.UseSetting("Exports:Folder", Path.Combine(_runFolder, "exports"));
        }
        builder.UseSetting("SignIn:PermitLimit", "100000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.Hosting.Lifetime", "Warning");
        builder.ConfigureServices(services => services.AddMvc().AddApplicationPart(typeof(BenchApp).Assembly));
    }

    public async Task WithDbAsync(Func<BootcampDb, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<BootcampDb>());
    }

    /// <summary>A client signed in over HTTP, with the anti-forgery token of <paramref name="formPage"/>, holding its cookies, not following redirects (a 302 is the success of a post).</summary>
    public async Task<SignedInClient> SignInAsync(string email, string formPage)
    {
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
        var client = new HttpClient(handler) { BaseAddress = BaseAddress };
        var token = await TokenAsync(client, "/Account/SignIn");
        var response = await client.PostAsync("/Account/SignIn", new FormUrlEncodedContent(
            [new("Email", email), new("Password", Password), new("__RequestVerificationToken", token)]));
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in as {email} failed: {response.StatusCode}");
        return new SignedInClient(client, await TokenAsync(client, formPage));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing)
            return;
        if (_postgres is not null)
        {
            BenchPostgres.DropAsync(_postgres).GetAwaiter().GetResult();
        }
        else
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                File.Delete(DatabasePath + suffix);
        }
        if (_runFolder is not null && Directory.Exists(_runFolder))
            Directory.Delete(_runFolder, recursive: true);
    }

    private static async Task<string> TokenAsync(HttpClient client, string pageUrl)
    {
        var page = await client.GetStringAsync(pageUrl);
        var match = TokenPattern().Match(page);
        return match.Success
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"No anti-forgery token on {pageUrl}");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

/// <summary>A signed-in client and an anti-forgery token for its cookies, reusable for every post of the run.</summary>
public sealed record SignedInClient(HttpClient Http, string Token) : IDisposable
{
    public Task<HttpResponseMessage> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> fields) =>
        Http.PostAsync(url, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", Token))));

    public void Dispose() => Http.Dispose();
}
