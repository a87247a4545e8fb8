using System.Diagnostics;
using System.Globalization;
using Bootcamp.Benchmarks.Support;
using Bootcamp.Web.Data;
using Bootcamp.Web.Data.SeedData;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Benchmarks.Scale;

/// <summary>
/// The generated network the scale bench runs on PostgreSQL, kept in the database <c>bootcamp_bench_network_&lt;scale&gt;</c>
/// on <see cref="BenchPostgres.Server"/> because a scale-1 network takes many minutes to make. Its marker (the generator's
/// version, the scale and the PostgreSQL set's last migration) is the database's comment, so a network made by
/// <c>generate-network 1 --postgres "...;Database=bootcamp_bench_network_1"</c> is reused too; the database is made
/// again when the marker differs or is missing. Each run works on a copy (<c>CREATE DATABASE ... TEMPLATE</c>), so the kept
/// database never holds a previous run's writes.
/// </summary>
public static class NetworkOnPostgres
{
    /// <summary>The name of a fresh copy of the kept network of <paramref name="scale"/>, made first when the kept one is missing or stale.</summary>
    public static async Task<string> CopyAsync(string server, double scale)
    {
        var kept = $"bootcamp_bench_network_{scale.ToString(CultureInfo.InvariantCulture).Replace('.', '_')}";
        var network = new PostgresNetwork(BenchPostgres.ConnectionString(server, kept));
        using var model = new PostgresBootcampDbDesignTimeFactory().CreateDbContext([]);
        var expected = NetworkGenerator.Marker(scale, model.Database.GetMigrations().Last());
        if (await network.MarkerAsync(CancellationToken.None) == expected)
        {
            Console.WriteLine($"// Scale: reusing {network.Name} ({expected})");
        }
        else
        {
            Console.WriteLine($"// Scale: generating the network at scale {scale.ToString(CultureInfo.InvariantCulture)} into {network.Name} ({expected}); "
                + "a scale-1 network takes 10 to 20 minutes on a 2-core machine, and is kept for the next runs");
            await new NetworkGenerator(network, TimeProvider.System, Console.Out)
                .GenerateAsync(scale, Path.Combine(BenchApp.RepositoryRoot, "seed-data"), CancellationToken.None);
        }
        var copy = kept + "_run";
        var watch = Stopwatch.StartNew();
        await BenchPostgres.DropAsync(BenchPostgres.ConnectionString(server, copy));
        await BenchPostgres.CreateAsync(server, copy, kept);
        Console.WriteLine($"// Scale: copied it to {copy} for this run ({watch.Elapsed.TotalSeconds:0} s)");
        return copy;
    }
}
