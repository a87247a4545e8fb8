using Bootcamp.IntegrationTests.Support;
using Bootcamp.Web.Data;
using Bootcamp.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Security;

/// <summary>
/// The app as an operator starts it: the Production environment, none of the test settings of <see cref="BootcampApp"/>
/// (so whether it is a demo is the app's own default), an empty data folder of its own, reached over HTTPS.
/// </summary>
public sealed class DemoProductionApp(IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    public const string Host = "bootcamp.example";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"bootcamp-production-{Guid.NewGuid():N}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Bootcamp", $"Data Source={Path.Combine(_folder, "bootcamp.db")}");
        // Where the demo data would come from, were the app to import it.
        builder.UseSetting("Seed:Folder", BootcampApp.SeedFolder);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            builder.UseSetting(key, value);
    }

    public HttpClient Client(string scheme = "https") => CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri($"{scheme}://{Host}"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    public async Task<T> WithDbAsync<T>(Func<BootcampDb, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<BootcampDb>());
    }

    /// <summary>Runs the create-admin command on the app's services and returns the one-time password it printed.</summary>
    public async Task<string> CreateAdminAsync(string email)
    {
        var output = new StringWriter();
        var exitCode = await CreateAdminCommand.RunAsync(Services, [email], output, CancellationToken.None);
        Assert.That(exitCode, Is.Zero, output.ToString());
        var line = output.ToString().Split('\n').Single(l => l.StartsWith(CreateAdminCommand.PasswordLine, StringComparison.Ordinal));
        return line[CreateAdminCommand.PasswordLine.Length..].Trim();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing)
            return;
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }
}
