namespace Bootcamp.Web.Data.SeedData;

/// <summary>Imports the demo data set from seed-data/ into an empty database.</summary>
public sealed class SeedImporter(BootcampDb db, TimeProvider clock)
{
    public static string FindSeedFolder(string contentRoot)
    {
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seed-data");
            if (Directory.Exists(candidate))
                return candidate;
        }
        return Path.Combine(AppContext.BaseDirectory, "seed-data");
    }

    public Task<string> ImportAsync(string folder, CancellationToken cancellationToken)
    {
        _ = db;
        _ = clock;
        return Task.FromResult($"nothing imported from {folder} yet");
    }
}
