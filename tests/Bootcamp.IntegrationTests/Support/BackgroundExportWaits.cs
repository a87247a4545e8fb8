using Bootcamp.Web.Features.Exports;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Support;

/// <summary>Waiting for the app's Hangfire server to finish a background export (or anything else) without sleeping longer than needed.</summary>
public static class BackgroundExportWaits
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>The export's row once it is done or failed.</summary>
    public static async Task<ExportFile> FinishedAsync(BootcampApp app, Guid id)
    {
        ExportFile? row = null;
        await UntilAsync(async () =>
        {
            row = await app.WithDbAsync(db => db.ExportFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id));
            return row?.Status is ExportStatus.Done or ExportStatus.Failed;
        });
        return row!;
    }

    public static async Task UntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"Still waiting after {Patience.TotalSeconds} s");
            await Task.Delay(100);
        }
    }
}
