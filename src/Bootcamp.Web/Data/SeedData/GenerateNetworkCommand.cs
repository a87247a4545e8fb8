using System.Globalization;

namespace Bootcamp.Web.Data.SeedData;

/// <summary>
/// <c>generate-network [scale] [file | --postgres "connection string"]</c>: a generated network (<see cref="NetworkGenerator"/>)
/// in a SQLite file of its own, by default <c>bootcamp-network-&lt;scale&gt;.db</c> in the temp folder, or in the PostgreSQL
/// database an Npgsql connection string names. The target is always named outright: it never writes to the app's database.
/// </summary>
public static class GenerateNetworkCommand
{
    public const string Name = "generate-network";
    public const string PostgresOption = "--postgres";

    public static async Task<int> RunAsync(IConfiguration configuration, IHostEnvironment environment, IReadOnlyList<string> arguments,
        TextWriter output, CancellationToken cancellationToken)
    {
        var rest = arguments.ToList();
        var option = rest.IndexOf(PostgresOption);
        var postgres = option >= 0 && option + 1 < rest.Count ? rest[option + 1] : null;
        if (postgres is not null)
            rest.RemoveRange(option, 2);
        var scale = 0.01;
        if ((option >= 0 && string.IsNullOrWhiteSpace(postgres)) || rest.Count > (postgres is null ? 2 : 1)
            || (rest.Count > 0 && (!double.TryParse(rest[0], NumberStyles.Float, CultureInfo.InvariantCulture, out scale) || scale is <= 0 or > 1)))
        {
            output.WriteLine($"Usage: generate-network [scale, more than 0 and at most 1; default 0.01] [database file | {PostgresOption} \"Npgsql connection string\"]");
            return 2;
        }
        NetworkDatabase database = postgres is not null
            ? new PostgresNetwork(postgres)
            : new SqliteNetwork(Path.GetFullPath(rest.Count == 2
                ? rest[1]
                : Path.Combine(Path.GetTempPath(), $"bootcamp-network-{scale.ToString(CultureInfo.InvariantCulture)}.db")));
        var folder = configuration["Seed:Folder"] ?? SeedImporter.FindSeedFolder(environment.ContentRootPath);
        try
        {
            await new NetworkGenerator(database, TimeProvider.System, output).GenerateAsync(scale, folder, cancellationToken);
        }
        catch (NetworkDatabaseException e)
        {
            output.WriteLine(e.Message);
            return 1;
        }
        output.WriteLine($"Start the app on it: {database.AppSettings} Demo__Enabled=false "
            + "dotnet run --project src/Bootcamp.Web; sign in as admin@bootcamp.local with the demo password.");
        return 0;
    }
}
