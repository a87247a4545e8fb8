using Bootcamp.Web.Data;
using Bootcamp.Web.Infrastructure.Auth;
using Hangfire;
using Hangfire.Dashboard;
using Hangfire.Storage.SQLite;

namespace Bootcamp.Web.Infrastructure.Jobs;

public static class JobServices
{
    public static IServiceCollection AddBootcampJobs(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddHangfire((provider, config) =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
            if (environment.IsEnvironment("Testing"))
            {
                config.UseInMemoryStorage();
                return;
            }
            var dataFile = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(DataServices.ConnectionString(configuration, environment)).DataSource;
            var jobsFile = Path.Combine(Path.GetDirectoryName(dataFile) ?? ".", "jobs.db");
            config.UseSQLiteStorage(jobsFile);
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
