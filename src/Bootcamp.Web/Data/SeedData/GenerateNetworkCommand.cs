using System.Globalization;

namespace Bootcamp.Web.Data.SeedData;

/// <summary>
/// <c>generate-network [scale] [file]</c>: a generated network (<see cref="NetworkGenerator"/>) in a file of its own,
/// by default <c>bootcamp-network-&lt;scale&gt;.db</c> in the temp folder. It never writes to the app's database.
/// </summary>
public static class GenerateNetworkCommand
{
    public const string Name = "generate-network";

    public static async Task<int> RunAsync(IConfiguration configuration, IHostEnvironment environment, IReadOnlyList<string> arguments,
        TextWriter output, CancellationToken cancellationToken)
    {
        var scale = 0.01;
        if (arguments.Count > 2 || (arguments.Count > 0 && (!double.TryParse(arguments[0], NumberStyles.Float, CultureInfo.InvariantCulture, out scale) || scale is <= 0 or > 1)))
        {
            output.WriteLine("Usage: generate-network [scale, more than 0 and at most 1; default 0.01] [database file]");
            return 2;
        }
        var file = Path.GetFullPath(arguments.Count == 2
            ? arguments[1]
            : Path.Combine(Path.GetTempPath(), $"bootcamp-network-{scale.ToString(CultureInfo.InvariantCulture)}.db"));
        var folder = configuration["Seed:Folder"] ?? SeedImporter.FindSeedFolder(environment.ContentRootPath);
        try
        {
            await new NetworkGenerator(file, TimeProvider.System, output).GenerateAsync(scale, folder, cancellationToken);
        }
        catch (NetworkFileException e)
        {
            output.WriteLine(e.Message);
            return 1;
        }
        output.WriteLine($"Start the app on it: ConnectionStrings__Bootcamp=\"Data Source={file}\" Demo__Enabled=false "
            + "dotnet run --project src/Bootcamp.Web; sign in as admin@bootcamp.local with the demo password.");
        return 0;
    }
}
