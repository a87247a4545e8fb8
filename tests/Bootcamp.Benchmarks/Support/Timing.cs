using System.Diagnostics;

namespace Bootcamp.Benchmarks.Support;

/// <summary>The times of one measure's requests, in milliseconds, and how many failed; read as a median and a 95th percentile.</summary>
public sealed record Timing(IReadOnlyList<double> Milliseconds, int Failed)
{
    public double Median => Percentile(0.5);

    public double P95 => Percentile(0.95);

    /// <summary>Nearest rank on the sorted times; NaN when nothing succeeded.</summary>
    private double Percentile(double share)
    {
        if (Milliseconds.Count == 0)
            return double.NaN;
        var sorted = Milliseconds.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    /// <summary>
    /// Two requests to warm up, then one after the other until <paramref name="samples"/> were made or <paramref name="budget"/>
    /// has passed (at least three). A request returns the time it took, or null when it failed; what it does before
    /// the part it times (reading a form, say) is not counted.
    /// </summary>
    public static async Task<Timing> MeasureAsync(Func<Task<TimeSpan?>> request, int samples, TimeSpan budget)
    {
        for (var i = 0; i < 2; i++)
            await request();
        var times = new List<double>();
        var failed = 0;
        var clock = Stopwatch.StartNew();
        while (times.Count + failed < samples && (times.Count + failed < 3 || clock.Elapsed < budget))
        {
            if (await request() is { } took)
                times.Add(took.TotalMilliseconds);
            else
                failed++;
        }
        return new Timing(times, failed);
    }

    /// <summary>A whole request timed: its time when it succeeded, null when not.</summary>
    public static async Task<TimeSpan?> TimedAsync(Func<Task<bool>> request)
    {
        var watch = Stopwatch.StartNew();
        var ok = await request();
        return ok ? watch.Elapsed : null;
    }
}
