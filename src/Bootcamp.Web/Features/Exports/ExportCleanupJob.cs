using Hangfire;

namespace Bootcamp.Web.Features.Exports;

/// <summary>
/// The recurring job that deletes background exports whose time is up (<c>Exports:KeepDays</c> after they were
/// finished): the files on disk, partial ones included, and their rows. Running it twice deletes nothing twice.
/// </summary>
public sealed class ExportCleanupJob(ExportFileWriter writer, ILogger<ExportCleanupJob> logger)
{
    public const string RecurringJobId = "exports-clean-up";

    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var removed = await writer.RemoveExpiredAsync(cancellationToken);
        if (removed > 0)
            logger.LogInformation("Removed {Count} expired exports", removed);
    }
}
