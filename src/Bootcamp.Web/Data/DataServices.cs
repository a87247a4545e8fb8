using Bootcamp.Web.Data.SeedData;
using Bootcamp.Web.Infrastructure.Auth;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Data;

public static class DataServices
{
    /// <summary>The SQLite file lives under a data folder beside the content root unless the connection string says otherwise.</summary>
    public static string ConnectionString(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration.GetConnectionString("Bootcamp");
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? "Data Source=data/bootcamp.db" : configured);
        if (!Path.IsPathRooted(builder.DataSource) && builder.DataSource != ":memory:")
            builder.DataSource = Path.Combine(environment.ContentRootPath, builder.DataSource);
        builder.DefaultTimeout = 30;
        builder.Pooling = true;
        return builder.ToString();
    }

    public static IServiceCollection AddBootcampData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var connectionString = ConnectionString(configuration, environment);
        var folder = Path.GetDirectoryName(new SqliteConnectionStringBuilder(connectionString).DataSource);
        if (!string.IsNullOrEmpty(folder))
            Directory.CreateDirectory(folder);
        // EF's check for two queries on one context at once sets an AsyncLocal for every row an async query reads
        // (3 MB of garbage for a cohort page with a programme's history). It only turns a misuse into a clear
        // exception, so the tests switch it on (Data:ThreadSafetyChecks) and production leaves it off.
        var threadSafetyChecks = configuration.GetValue("Data:ThreadSafetyChecks", false);
        var pragmas = new SqlitePragmas();
        services.AddDbContext<BootcampDb>(options => options
            .UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(BootcampDb).Assembly.FullName))
            .EnableThreadSafetyChecks(threadSafetyChecks)
            .AddInterceptors(pragmas));
        services.AddScoped<SeedImporter>();
        return services;
    }

    /// <summary>Applies migrations and turns on the write-ahead log, which the file keeps from then on.</summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BootcampDb>();
        await db.Database.MigrateAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }

    /// <summary>
    /// Migrates and, in demo mode only, imports the demo data set into an empty database. Returns whether any account
    /// exists, so that a new installation can tell its operator how to create the first admin.
    /// </summary>
    public static async Task<bool> PrepareDatabaseAsync(this IServiceProvider services, IConfiguration configuration, IHostEnvironment environment, ILogger logger)
    {
        await services.MigrateDatabaseAsync(CancellationToken.None);
        await using var scope = services.CreateAsyncScope();
        if (services.GetRequiredService<DemoMode>().Enabled)
        {
            var folder = configuration["Seed:Folder"] ?? SeedImporter.FindSeedFolder(environment.ContentRootPath);
            var importer = scope.ServiceProvider.GetRequiredService<SeedImporter>();
            var result = await importer.ImportAsync(folder, CancellationToken.None);
            logger.LogInformation("Demo mode. Seed data: {Result}", result);
        }
        var hasAccounts = await scope.ServiceProvider.GetRequiredService<BootcampDb>().Users.AnyAsync();
        if (!hasAccounts)
            logger.LogWarning("There is no account yet. {Instructions}", CreateAdminCommand.Instructions);
        return hasAccounts;
    }
}
