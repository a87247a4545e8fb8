namespace Bootcamp.Web.Features.Exports;

public sealed record DownloadsViewModel(IReadOnlyList<DownloadRow> Files, DateTime NowUtc)
{
    public static string Size(long? bytes) => bytes switch
    {
        null => "",
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes / (1024.0 * 1024):0.#} MB",
    };

    public static string What(DownloadRow row) => row.Kind switch
    {
        ExportKinds.Progress => row.Format == "pdf" ? "Progress report (PDF)" : "Progress report (Excel)",
        ExportKinds.Raw => row.Format == "csv" ? "Raw data (CSV)" : "Raw data (Excel)",
        _ => row.Kind,
    };
}

/// <summary>
/// What the progress page's script reads every few seconds, the file's name included: the job names the file when it
/// has made it (a raw export of one cohort carries the cohort's code).
/// </summary>
public sealed record ExportStatusJson(string Status, int Percent, string Text, bool Finished, string? DownloadUrl, string FileName, string? Failure)
{
    public static ExportStatusJson Of(DownloadRow row) => new(
        row.Status.ToString(), row.Percent, row.ProgressText ?? "", row.Status is ExportStatus.Done or ExportStatus.Failed,
        row.Status == ExportStatus.Done ? $"/Exports/File/{row.Id}" : null, row.FileName, row.FailureReason);
}
