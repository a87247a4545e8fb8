using Bootcamp.Web.Data;
using Hangfire;

namespace Bootcamp.Web.Features.Exports;

public static class ExportServices
{
    /// <summary>
    /// The downloads store and its jobs. Files are written in a folder beside the SQLite database, or under the content
    /// root's data folder on PostgreSQL (<c>Exports:Folder</c> to move it), and kept there, or in the database on
    /// PostgreSQL (<c>Exports:Store</c>), for <c>Exports:KeepDays</c> days.
    /// </summary>
    public static IServiceCollection AddBootcampExports(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddSingleton(ExportFolder.From(configuration, environment, DataServices.FilesFolder(configuration, environment)));
        services.AddScoped<ExportFileWriter>();
        services.AddScoped<IExportProgress, ExportProgressWriter>();
        services.AddScoped<BackgroundExports>();
        services.AddScoped<ExportJob>();
        services.AddScoped<ExportCleanupJob>();
        return services;
    }

    /// <summary>The hourly clean-up of expired files, registered (or updated) at every start.</summary>
    public static void ScheduleExportCleanup(this IServiceProvider services) =>
        services.GetRequiredService<IRecurringJobManager>()
            .AddOrUpdate<ExportCleanupJob>(ExportCleanupJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), Cron.Hourly());
}
