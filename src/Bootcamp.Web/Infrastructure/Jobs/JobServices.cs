using Bootcamp.Web.Data;
using Bootcamp.Web.Infrastructure.Auth;
using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using Hangfire.Storage.SQLite;

namespace Bootcamp.Web.Infrastructure.Jobs;

public static class JobServices
{
    public static IServiceCollection AddBootcampJobs(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddHangfire((provider, config) =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
            var configuredFile = configuration["Jobs:File"];
            // The tests share one in-memory storage per app unless a test asks for the real one (a restart picks up a job).
            var inMemory = configuration["Jobs:Storage"] is { Length: > 0 } storage
                ? storage.Equals("InMemory", StringComparison.OrdinalIgnoreCase)
                : environment.IsEnvironment("Testing") && string.IsNullOrWhiteSpace(configuredFile);
            if (inMemory)
            {
                config.UseInMemoryStorage();
                return;
            }
            if (DataServices.Provider(configuration) == DatabaseProvider.Postgres)
            {
                // In the app's own database, in a schema of its own, made on first start. Unlike the SQLite storage it
                // keeps extending a running job's invisibility, so a job runs again only when its worker stopped.
                config.UsePostgreSqlStorage(
                    options => options.UseNpgsqlConnection(DataServices.ConnectionString(configuration, environment)),
                    new PostgreSqlStorageOptions
                    {
                        SchemaName = "hangfire",
                        PrepareSchemaIfNecessary = true,
                        QueuePollInterval = TimeSpan.FromSeconds(configuration.GetValue("Jobs:PollSeconds", 2.0)),
                        InvisibilityTimeout = TimeSpan.FromSeconds(configuration.GetValue("Jobs:InvisibilitySeconds", 1800.0)),
                        UseSlidingInvisibilityTimeout = true,
                    });
                return;
            }
            var dataFile = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(DataServices.ConnectionString(configuration, environment)).DataSource;
            var jobsFile = string.IsNullOrWhiteSpace(configuredFile)
                ? Path.Combine(Path.GetDirectoryName(dataFile) ?? ".", "jobs.db")
                : Path.GetFullPath(configuredFile, environment.ContentRootPath);
            // The storage polls its queue (15 s by default, long for someone watching a progress bar) and hands a job
            // whose worker stopped answering to another worker once the invisibility time-out has passed since it
            // was fetched: that is how a job cut off by a restart runs again. It does not extend the time-out while
            // a job runs, so a job longer than that may run twice at once; every job is safe to run twice.
            config.UseSQLiteStorage(jobsFile, new SQLiteStorageOptions
            {
                QueuePollInterval = TimeSpan.FromSeconds(configuration.GetValue("Jobs:PollSeconds", 2.0)),
                InvisibilityTimeout = TimeSpan.FromSeconds(configuration.GetValue("Jobs:InvisibilitySeconds", 1800.0)),
            });
        });
        // Hangfire's SQLite storage has reports of lock time-outs under many workers: keep the count small.
        services.AddHangfireServer(options => options.WorkerCount = configuration.GetValue("Jobs:Workers", 2));
        return services;
    }

    public static void MapBootcampJobsDashboard(this WebApplication app) =>
        app.MapHangfireDashboard("/jobs", new DashboardOptions { Authorization = [new AdminOnly()], AppPath = "/" });

    private sealed class AdminOnly : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Admin);
    }
}
