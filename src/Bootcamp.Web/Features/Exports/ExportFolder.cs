namespace Bootcamp.Web.Features.Exports;

/// <summary>
/// Where background exports are kept on disk and for how long. A file is written under a temporary name and moved
/// to its final name once complete, so a download never serves half a file, and a run stopped half-way leaves only
/// a <c>.part</c> file that the next run or the clean-up removes. Finished files stay in the folder (one node) or, when
/// several nodes serve the app, go into the database (<c>Exports:Store</c> = <c>Database</c>, the default on
/// PostgreSQL), so that a file made on one node downloads from any other; the folder then holds only files being written.
/// </summary>
public sealed class ExportFolder(string path, int keepDays, bool inDatabase = false)
{
    private const string PartSuffix = ".part";

    public string Path { get; } = path;

    /// <summary>Days a finished file stays downloadable (<c>Exports:KeepDays</c>).</summary>
    public int KeepDays { get; } = keepDays;

    /// <summary>Whether finished files are kept in the database (<see cref="ExportFileChunk"/>) rather than in the folder.</summary>
    public bool InDatabase { get; } = inDatabase;

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

    /// <param name="filesFolder">the folder kept with the database (<see cref="Data.DataServices.FilesFolder"/>), which holds <c>exports/</c> unless configured</param>
    public static ExportFolder From(IConfiguration configuration, IHostEnvironment environment, string filesFolder)
    {
        var path = configuration["Exports:Folder"] is { Length: > 0 } configured
            ? System.IO.Path.GetFullPath(configured, environment.ContentRootPath)
            : System.IO.Path.Combine(filesFolder, "exports");
        return new ExportFolder(path, Math.Max(1, configuration.GetValue("Exports:KeepDays", 7)), Data.DataServices.KeptInDatabase(configuration, "Exports:Store"));
    }
}
