using System.Diagnostics;

namespace Bootcamp.Benchmarks.Support;

/// <summary>Requests that succeeded and failed in a measured stretch of time.</summary>
public sealed record Rate(int Succeeded, int Failed, TimeSpan Elapsed)
{
    public double PerSecond => Succeeded / Elapsed.TotalSeconds;

    public static Rate operator +(Rate a, Rate b) => new(a.Succeeded + b.Succeeded, a.Failed + b.Failed, a.Elapsed + b.Elapsed);

    /// <summary>One request after the other until <paramref name="duration"/> has passed or <paramref name="limit"/> requests were made.</summary>
    public static async Task<Rate> MeasureAsync(Func<Task<bool>> request, TimeSpan duration, int limit)
    {
        var (succeeded, failed) = (0, 0);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration && succeeded + failed < limit)
        {
            if (await request())
                succeeded++;
            else
                failed++;
        }
        return new Rate(succeeded, failed, clock.Elapsed);
    }
}
