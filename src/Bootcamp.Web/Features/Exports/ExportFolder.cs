namespace Bootcamp.Web.Features.Exports;

/// <summary>
/// Where background exports are kept on disk and for how long. A file is written under a temporary name and moved
/// to its final name once complete, so a download never serves half a file, and a run stopped half-way leaves only
/// a <c>.part</c> file that the next run or the clean-up removes.
/// </summary>
public sealed class ExportFolder(string path, int keepDays)
{
    private const string PartSuffix = ".part";

    public string Path { get; } = path;

    /// <summary>Days a finished file stays downloadable (<c>Exports:KeepDays</c>).</summary>
    public int KeepDays { get; } = keepDays;

    public string FinalPath(ExportFile file) => System.IO.Path.Combine(Path, $"{file.Id:N}.{file.Format}");

    /// <summary>A name of its own for each run, so two runs of one job (a retry while the first still writes) never share a file.</summary>
    public string PartPath(Guid fileId)
    {
        Directory.CreateDirectory(Path);
        return System.IO.Path.Combine(Path, $"{fileId:N}.{Guid.NewGuid():N}{PartSuffix}");
    }

    /// <summary>Every file on disk that belongs to the export, finished or partial.</summary>
    public IEnumerable<string> FilesOf(Guid fileId) =>
        Directory.Exists(Path) ? Directory.EnumerateFiles(Path, $"{fileId:N}.*") : [];

    public static ExportFolder From(IConfiguration configuration, IHostEnvironment environment, string databaseFile)
    {
        var path = configuration["Exports:Folder"] is { Length: > 0 } configured
            ? System.IO.Path.GetFullPath(configured, environment.ContentRootPath)
            : System.IO.Path.Combine(System.IO.Path.GetDirectoryName(databaseFile) ?? environment.ContentRootPath, "exports");
        return new ExportFolder(path, Math.Max(1, configuration.GetValue("Exports:KeepDays", 7)));
    }
}
