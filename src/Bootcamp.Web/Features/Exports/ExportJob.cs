using Bootcamp.Web.Data;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Time;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Exports;

/// <summary>
/// The Hangfire job that makes one background export's file, as its owner may see the data (their scope is loaded
/// from their account, not from a request). It takes the export's id only and is safe to run twice: a finished
/// export is not made again, each run writes a temporary file of its own, and only the first run to finish moves
/// its file into place (<see cref="ExportFileWriter.FinishAsync"/>). A run cut off by a restart is picked up again
/// from Hangfire's storage and starts over.
/// </summary>
public sealed class ExportJob(BootcampDb db, UserScope scope, CentreClock clock, ExportFileWriter writer, IExportProgress progress, ExportFolder folder)
{
    private sealed record Made(string? FileName, string? Problem);

    [AutomaticRetry(Attempts = 2)]
    public async Task RunAsync(Guid exportFileId, CancellationToken cancellationToken)
    {
        var file = await writer.StartAsync(exportFileId, cancellationToken);
        if (file is null)
            return;
        if (!await scope.LoadUserAsync(file.OwnerUserId, cancellationToken))
        {
            await writer.FailAsync(file.Id, "The account that asked for this file can no longer sign in.", cancellationToken);
            return;
        }
        var part = folder.PartPath(file.Id);
        try
        {
            var request = file.ReadRequest();
            var made = request.Kind switch
            {
                ExportKinds.Progress => await ProgressReportAsync(file, request, part, cancellationToken),
                ExportKinds.Raw => await RawDataAsync(file, request, part, cancellationToken),
                _ => new Made(null, $"Files of the kind '{request.Kind}' are not made here."),
            };
            if (made.Problem is { } problem)
                await writer.FailAsync(file.Id, problem, cancellationToken);
            else
                await writer.FinishAsync(file.Id, part, made.FileName!, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Hangfire tries again (AutomaticRetry); until then, and after the last try, the owner sees why.
            await writer.FailAsync(file.Id, $"The file could not be made ({e.GetType().Name}); it is tried again a few times.", CancellationToken.None);
            throw;
        }
        finally
        {
            File.Delete(part);
        }
    }

    /// <summary>
    /// Every exercise log row and attendance mark of the request's cohorts (or of every cohort in the owner's scope),
    /// streamed from the database into the file; the progress moves with the rows written.
    /// </summary>
    private async Task<Made> RawDataAsync(ExportFile file, ExportRequest request, string part, CancellationToken cancellationToken)
    {
        var inScope = scope.Cohorts();
        var ids = request.AllCohorts
            ? await inScope.Select(c => c.Id).ToListAsync(cancellationToken)
            : await inScope.Where(c => request.CohortIds.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken);
        if (!request.AllCohorts && ids.Count != request.CohortIds.Distinct().Count())
            return new Made(null, "A cohort of this request is not in your scope.");
        if (ids.Count == 0)
            return new Made(null, "There is no cohort in your scope.");
        var query = new RawExportQuery(db, scope);
        await progress.ReportAsync(file.Id, 1, "Counting the rows", cancellationToken);
        var total = (long)await query.ExerciseCountAsync(ids, cancellationToken) + await query.AttendanceCountAsync(ids, cancellationToken);
        var names = await query.NamesAsync(ids, cancellationToken);
        var rows = new RawExportRows(names, query.ExerciseRows(ids, names.Learners), query.AttendanceRows(ids, names.Learners));
        Task Written(long count) => progress.ReportAsync(file.Id, (int)(2 + 97 * count / Math.Max(1, total)), $"{count:N0} of {total:N0} rows written", cancellationToken);
        await progress.ReportAsync(file.Id, 2, $"Writing {total:N0} rows", cancellationToken);
        await using (var stream = new FileStream(part, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
        {
            if (request.Format == "csv")
                await RawExportFile.WriteCsvAsync(stream, rows, Written, cancellationToken);
            else
                await RawExportFile.WriteWorkbookAsync(stream, rows, "Raw data: exercise log and attendance", Written, cancellationToken);
        }
        var what = ids.Count == 1 ? rows.Names.Cohorts[ids[0]].Code : "cohorts";
        return new Made($"raw-{what}-{file.CreatedAtUtc:yyyy-MM-dd}.{request.Format}", null);
    }

    /// <summary>
    /// The progress report of the request's cohorts (or of every cohort in the owner's scope that had started by the
    /// day), as the page's download makes it, dated when it was asked for so a second run makes the same file.
    /// </summary>
    private async Task<Made> ProgressReportAsync(ExportFile file, ExportRequest request, string part, CancellationToken cancellationToken)
    {
        if (request.AsOf is not { } asOf)
            return new Made(null, "The request names no day for the figures.");
        var ids = request.AllCohorts
            ? await scope.Cohorts().Where(c => c.StartDate <= asOf).OrderBy(c => c.Code).Select(c => c.Id).ToListAsync(cancellationToken)
            : request.CohortIds;
        if (ids.Count == 0)
            return new Made(null, $"No cohort in your scope had started by {asOf:d MMM yyyy}.");
        await progress.ReportAsync(file.Id, 5, $"Reading the figures of {ids.Count} {(ids.Count == 1 ? "cohort" : "cohorts")}", cancellationToken);
        Task Read(int done, int total) =>
            progress.ReportAsync(file.Id, 5 + 65 * done / total, $"Read the figures of {done} of {total} {(total == 1 ? "cohort" : "cohorts")}", cancellationToken);
        var outcome = await new ProgressReportQuery(db, scope, clock).BuildAsync(ids, asOf, cancellationToken, Read);
        if (outcome.NotFound)
            return new Made(null, "A cohort of this request is not in your scope.");
        if (outcome.Report is null)
            return new Made(null, outcome.Problem);
        var report = outcome.Report with { MadeAtUtc = file.CreatedAtUtc };
        await progress.ReportAsync(file.Id, 70, request.Format == "pdf" ? "Writing the PDF" : "Writing the workbook", cancellationToken);
        if (request.Format == "pdf")
        {
            await File.WriteAllBytesAsync(part, ProgressReportPdf.Render(report), cancellationToken);
        }
        else
        {
            await using var stream = new FileStream(part, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);
            await ProgressWorkbook.WriteAsync(stream, report, cancellationToken);
        }
        return new Made(report.FileName(request.Format), null);
    }
}
