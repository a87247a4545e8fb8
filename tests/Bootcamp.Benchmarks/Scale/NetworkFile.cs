using System.Diagnostics;
using System.Globalization;
using Bootcamp.Benchmarks.Support;
using Bootcamp.Web.Data;
using Bootcamp.Web.Data.SeedData;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Benchmarks.Scale;

/// <summary>
/// The generated network the scale bench runs on, kept in artifacts/bench/network-&lt;scale&gt;.db because a scale-1
/// network takes minutes to make. The generator's marker beside it (<see cref="NetworkGenerator.Marker"/>) names its
/// version, the scale and the app's last migration; the file is made again when any of them differs or either file is missing. Each run works on a copy, so
/// the kept file never holds a previous run's writes.
/// </summary>
public static class NetworkFile
{
    public const string ScaleVariable = "BOOTCAMP_BENCH_SCALE";

    /// <summary>The scale of <see cref="ScaleVariable"/>, 1 when it is not set.</summary>
    public static double Scale()
    {
        var text = Environment.GetEnvironmentVariable(ScaleVariable);
        if (string.IsNullOrWhiteSpace(text))
            return 1;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var scale) && scale is > 0 and <= 1
            ? scale
            : throw new ArgumentException($"{ScaleVariable}={text}: give a scale more than 0 and at most 1, such as 0.1.");
    }

    /// <summary>A fresh copy of the kept network of <paramref name="scale"/>, made first when the kept one is missing or stale.</summary>
    public static async Task<string> CopyAsync(double scale)
    {
        var folder = Path.Combine(BenchApp.RepositoryRoot, "artifacts", "bench");
        Directory.CreateDirectory(folder);
        var name = $"network-{scale.ToString(CultureInfo.InvariantCulture)}";
        var kept = Path.Combine(folder, name + ".db");
        var network = new SqliteNetwork(kept);
        using var model = new BootcampDb(new DbContextOptionsBuilder<BootcampDb>().UseSqlite("Data Source=:memory:").Options);
        var expected = NetworkGenerator.Marker(scale, model.Database.GetMigrations().Last());
        if (await network.MarkerAsync(CancellationToken.None) == expected)
        {
            Console.WriteLine($"// Scale: reusing {kept} ({expected})");
        }
        else
        {
            Console.WriteLine($"// Scale: generating the network at scale {scale.ToString(CultureInfo.InvariantCulture)} into {kept} ({expected}); "
                + "a scale-1 network takes about 10 minutes on a quiet 2-core machine, and is kept for the next runs");
            await new NetworkGenerator(network, TimeProvider.System, Console.Out)
                .GenerateAsync(scale, Path.Combine(BenchApp.RepositoryRoot, "seed-data"), CancellationToken.None);
            SqliteConnection.ClearAllPools();
        }
        var copy = Path.Combine(folder, name + ".run.db");
        var watch = Stopwatch.StartNew();
        File.Copy(kept, copy, overwrite: true);
        Console.WriteLine($"// Scale: copied it to {copy} for this run ({new FileInfo(copy).Length / 1024 / 1024:N0} MB in {watch.Elapsed.TotalSeconds:0} s)");
        return copy;
    }
}
