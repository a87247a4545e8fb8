using Bootcamp.Web.Data;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Exports;

/// <summary>
/// Writes the rows of background exports, keyed by the export's id: the row a request creates, and each step of the
/// job that makes its file. Readers go through <c>UserScope.ExportFiles()</c>, which shows a user their own files only.
/// </summary>
public sealed class ExportFileWriter(BootcampDb db, CentreClock clock, ExportFolder folder)
{
    /// <summary>
    /// The row for a request, made once: the same request of the same user while an earlier one still waits or runs
    /// is that earlier one (a double click, a form sent twice), so no second file is made for it.
    /// </summary>
    public async Task<(ExportFile File, bool Created)> CreateAsync(string ownerUserId, ExportRequest request, CancellationToken cancellationToken)
    {
        var json = request.ToJson();
        var pending = await db.ExportFiles
            .Where(f => f.OwnerUserId == ownerUserId && f.Request == json && (f.Status == ExportStatus.Queued || f.Status == ExportStatus.Running))
            .OrderBy(f => f.CreatedAtUtc)
            .FirstOrDefaultAsync(cancellationToken);
        if (pending is not null)
            return (pending, false);
        var now = clock.UtcNow;
        var file = new ExportFile(Guid.NewGuid(), ownerUserId, request, ProvisionalName(request, now), now, now.AddDays(folder.KeepDays));
        db.ExportFiles.Add(file);
        await db.SaveChangesAsync(cancellationToken);
        return (file, true);
    }

    public Task SetJobAsync(Guid fileId, string jobId, CancellationToken cancellationToken) =>
        db.ExportFiles.Where(f => f.Id == fileId).ExecuteUpdateAsync(u => u.SetProperty(f => f.JobId, jobId), cancellationToken);

    /// <summary>Marks a run as started; null when there is nothing to do: the row is gone (expired) or its file is already made.</summary>
    public async Task<ExportFile?> StartAsync(Guid fileId, CancellationToken cancellationToken)
    {
        var file = await db.ExportFiles.SingleOrDefaultAsync(f => f.Id == fileId, cancellationToken);
        if (file is null || file.Status == ExportStatus.Done)
            return null;
        file.Start(clock.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
        return file;
    }

    /// <summary>
    /// Moves the finished file from its temporary name to its final one and marks the row done. When another run of
    /// the same job finished first, this run's file is dropped and the row is left as that run made it: one file,
    /// one row, whatever the number of runs.
    /// </summary>
    public async Task<bool> FinishAsync(Guid fileId, string partPath, string fileName, CancellationToken cancellationToken)
    {
        var file = await db.ExportFiles.SingleOrDefaultAsync(f => f.Id == fileId, cancellationToken);
        if (file is null || file.Status == ExportStatus.Done)
        {
            File.Delete(partPath);
            return false;
        }
        var final = folder.FinalPath(file);
        File.Move(partPath, final, overwrite: true);
        var now = clock.UtcNow;
        file.Finish(fileName, new FileInfo(final).Length, now, now.AddDays(folder.KeepDays));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task FailAsync(Guid fileId, string reason, CancellationToken cancellationToken)
    {
        var file = await db.ExportFiles.SingleOrDefaultAsync(f => f.Id == fileId, cancellationToken);
        if (file is null || file.Status == ExportStatus.Done)
            return;
        file.Fail(reason, clock.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Deletes the files and rows whose time is up; returns how many.</summary>
    public async Task<int> RemoveExpiredAsync(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var expired = await db.ExportFiles.Where(f => f.ExpiresAtUtc <= now).Select(f => f.Id).ToListAsync(cancellationToken);
        foreach (var id in expired)
        {
            foreach (var path in folder.FilesOf(id))
                File.Delete(path);
            await db.ExportFiles.Where(f => f.Id == id).ExecuteDeleteAsync(cancellationToken);
        }
        return expired.Count;
    }

    private static string ProvisionalName(ExportRequest request, DateTime nowUtc) => request.Kind switch
    {
        ExportKinds.Progress => $"progress-cohorts-{request.AsOf ?? DateOnly.FromDateTime(nowUtc):yyyy-MM-dd}.{request.Format}",
        _ => $"{request.Kind}-{nowUtc:yyyy-MM-dd}.{request.Format}",
    };
}

/// <summary>
/// Where a running export tells how far it is. The app writes it to the export's row for the progress page; the
/// restart test puts a gate in front of it to stop a run half-way.
/// </summary>
public interface IExportProgress
{
    Task ReportAsync(Guid fileId, int percent, string text, CancellationToken cancellationToken);
}

/// <summary>
/// Writes progress to the row through a context of its own: the job's context is busy streaming rows from the
/// database while it reports.
/// </summary>
public sealed class ExportProgressWriter(IServiceScopeFactory scopes) : IExportProgress
{
    public async Task ReportAsync(Guid fileId, int percent, string text, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BootcampDb>();
        var shown = text.Length > ExportFile.MaxProgressTextLength ? text[..ExportFile.MaxProgressTextLength] : text;
        await db.ExportFiles.Where(f => f.Id == fileId && f.Status == ExportStatus.Running)
            .ExecuteUpdateAsync(u => u.SetProperty(f => f.Percent, Math.Clamp(percent, 0, 99)).SetProperty(f => f.ProgressText, shown), cancellationToken);
    }
}
