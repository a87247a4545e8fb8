using Bootcamp.Web.Data.SeedData;
using Bootcamp.Web.Infrastructure.Auth;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace Bootcamp.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public static class DataServices
{
    /// <summary><c>Database:Provider</c>: SQLite unless it says Postgres; any other value stops the app at start-up.</summary>
    public static DatabaseProvider Provider(IConfiguration configuration) => configuration["Database:Provider"] switch
    {
        null or "" => DatabaseProvider.Sqlite,
        var name when name.Equals(nameof(DatabaseProvider.Sqlite), StringComparison.OrdinalIgnoreCase) => DatabaseProvider.Sqlite,
        var name when name.Equals(nameof(DatabaseProvider.Postgres), StringComparison.OrdinalIgnoreCase) => DatabaseProvider.Postgres,
        var name => throw new InvalidOperationException($"Database:Provider (Database__Provider) is \"{name}\"; it must be Sqlite (the default) or Postgres."),
    };

    /// <summary>
    /// On SQLite the file lives under a data folder beside the content root unless the connection string says
    /// otherwise; on PostgreSQL the connection string is Npgsql's and must be given.
    /// </summary>
    public static string ConnectionString(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration.GetConnectionString("Bootcamp");
        if (Provider(configuration) == DatabaseProvider.Postgres)
        {
            return string.IsNullOrWhiteSpace(configured) || configured.Contains("Data Source=", StringComparison.OrdinalIgnoreCase)
                ? throw new InvalidOperationException("Database:Provider is Postgres: set ConnectionStrings__Bootcamp to an Npgsql connection string, "
                    + "for example \"Host=127.0.0.1;Port=5432;Database=bootcamp;Username=bootcamp;Password=...\".")
                : configured;
        }
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? "Data Source=data/bootcamp.db" : configured);
        if (!Path.IsPathRooted(builder.DataSource) && builder.DataSource != ":memory:")
            builder.DataSource = Path.Combine(environment.ContentRootPath, builder.DataSource);
        builder.DefaultTimeout = 30;
        builder.Pooling = true;
        return builder.ToString();
    }

    /// <summary>
    /// The folder that files kept with the database default to (background exports, data-protection keys): the SQLite
    /// file's folder, or <c>data/</c> under the content root on PostgreSQL.
    /// </summary>
    public static string FilesFolder(IConfiguration configuration, IHostEnvironment environment) =>
        Provider(configuration) == DatabaseProvider.Sqlite
            ? Path.GetDirectoryName(new SqliteConnectionStringBuilder(ConnectionString(configuration, environment)).DataSource) is { Length: > 0 } folder
                ? folder
                : environment.ContentRootPath
            : Path.Combine(environment.ContentRootPath, "data");

    /// <summary>
    /// Whether what a setting such as <c>Exports:Store</c> names is kept in the database, which several nodes share
    /// (<c>Database</c>, the default on PostgreSQL), or in a folder of one node's (<c>Folder</c>, the default on SQLite).
    /// </summary>
    public static bool KeptInDatabase(IConfiguration configuration, string storeSetting) => configuration[storeSetting] switch
    {
        null or "" => Provider(configuration) == DatabaseProvider.Postgres,
        "Database" => true,
        "Folder" => false,
        var other => throw new InvalidOperationException($"{storeSetting} is '{other}': use Folder (one node) or Database (several nodes)."),
    };

    /// <summary>The PostgreSQL context's migrations live beside SQLite's, in this assembly, under Data/PostgresMigrations.</summary>
    public static void PostgresOptions(NpgsqlDbContextOptionsBuilder npgsql) =>
        npgsql.MigrationsAssembly(typeof(PostgresBootcampDb).Assembly.FullName);

    public static IServiceCollection AddBootcampData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var connectionString = ConnectionString(configuration, environment);
        // EF's check for two queries on one context at once sets an AsyncLocal for every row an async query reads
        // (3 MB of garbage for a cohort page with a programme's history). It only turns a misuse into a clear
        // exception, so the tests switch it on (Data:ThreadSafetyChecks) and production leaves it off.
        var threadSafetyChecks = configuration.GetValue("Data:ThreadSafetyChecks", false);
        services.AddScoped<SeedImporter>();
        if (Provider(configuration) == DatabaseProvider.Postgres)
        {
            services.AddDbContext<PostgresBootcampDb>(options => options
                .UseNpgsql(connectionString, PostgresOptions)
                .EnableThreadSafetyChecks(threadSafetyChecks));
            // Every service, Identity's stores included, asks for the model's base type.
            services.AddScoped<BootcampDb>(provider => provider.GetRequiredService<PostgresBootcampDb>());
            return services;
        }
        var folder = Path.GetDirectoryName(new SqliteConnectionStringBuilder(connectionString).DataSource);
        if (!string.IsNullOrEmpty(folder))
            Directory.CreateDirectory(folder);
        var pragmas = new SqlitePragmas();
        services.AddDbContext<BootcampDb>(options => options
            .UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(BootcampDb).Assembly.FullName))
            .EnableThreadSafetyChecks(threadSafetyChecks)
            .AddInterceptors(pragmas));
        return services;
    }

    /// <summary>Applies migrations and, on SQLite, turns on the write-ahead log, which the file keeps from then on.</summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BootcampDb>();
        // On a new PostgreSQL database the migrator reads its history table before making it, and the failed read is
        // logged as an error on every first start; EF's own create-if-missing script makes the table first, quietly.
        if (!db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
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
