using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Shared;
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
    /// Puts the finished file in its place (its final name in the folder, or its pieces in the database) and marks the
    /// row done, in one transaction when the file goes into the database. When another run of the same job finished
    /// first, this run's file is dropped and the row is left as that run made it: one file, one row, whatever the
    /// number of runs.
    /// </summary>
    public async Task<bool> FinishAsync(Guid fileId, string partPath, string fileName, CancellationToken cancellationToken)
    {
        await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
        var file = await db.ExportFiles.SingleOrDefaultAsync(f => f.Id == fileId, cancellationToken);
        if (file is null || file.Status == ExportStatus.Done)
        {
            File.Delete(partPath);
            return false;
        }
        var size = new FileInfo(partPath).Length;
        if (folder.InDatabase)
            await StoreChunksAsync(fileId, partPath, cancellationToken);
        else
            File.Move(partPath, folder.FinalPath(file), overwrite: true);
        var now = clock.UtcNow;
        file.Finish(fileName, size, now, now.AddDays(folder.KeepDays));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>The finished file as a stream to send: from the folder, or read piece by piece from the database.</summary>
    public async Task<Stream?> OpenAsync(ExportFile file, CancellationToken cancellationToken)
    {
        if (!folder.InDatabase)
        {
            var path = folder.FinalPath(file);
            return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous) : null;
        }
        var pieces = await db.ExportFileChunks.CountAsync(c => c.FileId == file.Id, cancellationToken);
        return pieces == 0 ? null : new ExportChunkStream(db, file.Id, pieces, file.SizeBytes ?? 0);
    }

    /// <summary>Each piece is saved on its own, so no more than one piece of the file is in memory at a time.</summary>
    private async Task StoreChunksAsync(Guid fileId, string partPath, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(partPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous);
        var buffer = new byte[ExportFileChunk.Size];
        for (var index = 0; ; index++)
        {
            var read = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
            if (read == 0)
                break;
            var chunk = new ExportFileChunk(fileId, index, buffer[..read]);
            db.ExportFileChunks.Add(chunk);
            await db.SaveChangesAsync(cancellationToken);
            db.Entry(chunk).State = EntityState.Detached;
        }
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
            await db.ExportFileChunks.Where(c => c.FileId == id).ExecuteDeleteAsync(cancellationToken);
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
