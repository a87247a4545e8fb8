using System.Linq.Expressions;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Time;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Exports;

/// <summary>One line of a user's downloads list, or the status the progress page polls.</summary>
public sealed record DownloadRow(Guid Id, string Kind, string Format, string FileName, ExportStatus Status, int Percent, string? ProgressText,
    string? FailureReason, long? SizeBytes, DateTime CreatedAtUtc, DateTime? FinishedAtUtc, DateTime ExpiresAtUtc);

/// <summary>A finished file opened for its owner.</summary>
public sealed record OpenedExport(Stream Content, string FileName, string ContentType);

/// <summary>
/// The downloads store: files made in the background for a user, kept as <see cref="ExportFolder"/> says and described
/// by an <see cref="ExportFile"/> row. <see cref="EnqueueAsync"/> asks for one (the row, then the Hangfire job
/// <see cref="ExportJob.RunAsync"/>, which reports its progress to the row); <see cref="ListAsync"/>,
/// <see cref="FindAsync"/> and <see cref="OpenAsync"/> read the signed-in user's own files only.
/// </summary>
public sealed class BackgroundExports(ExportFileWriter writer, IBackgroundJobClient jobs, UserScope scope, CentreClock clock)
{
    /// <summary>
    /// Asks for a file for <paramref name="ownerUserId"/> and returns its row. Idempotent: the same request of the same
    /// user while an earlier one still waits or runs returns that one, and a row left without a job (the app stopped
    /// between the two writes) gets its job now.
    /// </summary>
    public async Task<ExportFile> EnqueueAsync(string ownerUserId, ExportRequest request, CancellationToken cancellationToken)
    {
        var (file, created) = await writer.CreateAsync(ownerUserId, request, cancellationToken);
        if (created || file.JobId is null)
        {
            var id = file.Id;
            var jobId = jobs.Enqueue<ExportJob>(job => job.RunAsync(id, CancellationToken.None));
            await writer.SetJobAsync(id, jobId, cancellationToken);
            file.Enqueued(jobId);
        }
        return file;
    }

    /// <summary>The signed-in user's files that have not expired, newest first.</summary>
    public async Task<IReadOnlyList<DownloadRow>> ListAsync(CancellationToken cancellationToken) =>
        await Current().OrderByDescending(f => f.CreatedAtUtc).Select(Row).ToListAsync(cancellationToken);

    /// <summary>One of the signed-in user's files; null for another user's, an expired one or an unknown id.</summary>
    public Task<DownloadRow?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Current().Where(f => f.Id == id).Select(Row).SingleOrDefaultAsync(cancellationToken);

    /// <summary>A finished file of the signed-in user, ready to send; null for anything else.</summary>
    public async Task<OpenedExport?> OpenAsync(Guid id, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var file = await scope.ExportFiles().AsNoTracking()
            .SingleOrDefaultAsync(f => f.Id == id && f.Status == ExportStatus.Done && f.ExpiresAtUtc > now, cancellationToken);
        return file is not null && await writer.OpenAsync(file, cancellationToken) is { } content
            ? new OpenedExport(content, file.FileName, file.ContentType)
            : null;
    }

    private static readonly Expression<Func<ExportFile, DownloadRow>> Row = f => new DownloadRow(f.Id, f.Kind, f.Format, f.FileName, f.Status,
        f.Percent, f.ProgressText, f.FailureReason, f.SizeBytes, f.CreatedAtUtc, f.FinishedAtUtc, f.ExpiresAtUtc);

    private IQueryable<ExportFile> Current()
    {
        var now = clock.UtcNow;
        return scope.ExportFiles().AsNoTracking().Where(f => f.ExpiresAtUtc > now);
    }
}
