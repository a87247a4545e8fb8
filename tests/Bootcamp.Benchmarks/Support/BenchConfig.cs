using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Bootcamp.Benchmarks.Support;

/// <summary>
/// Short jobs run in this process: a separate generated project per job would cost a build per benchmark on a
/// 2-core machine, and three measured iterations are enough to put a figure in the note.
/// </summary>
public static class BenchConfig
{
    public static IConfig Short { get; } = ManualConfig.CreateMinimumViable()
        .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddLogger(ConsoleLogger.Default)
        .WithOptions(ConfigOptions.DisableLogFile);

    /// <summary>Runs one benchmark class and turns each case into a summary row (mean time and allocation per operation).</summary>
    public static IEnumerable<Figure> Run<T>(string area)
    {
        var summary = BenchmarkRunner.Run<T>(Short);
        return summary.Reports.Select(report => ToFigure(area, report));
    }

    private static string Duration(double nanoseconds) => nanoseconds switch
    {
        < 1_000_000 => $"{nanoseconds / 1_000:0.0} µs",
        < 1_000_000_000 => $"{nanoseconds / 1_000_000:0.00} ms",
        _ => $"{nanoseconds / 1_000_000_000:0.00} s",
    };

    private static Figure ToFigure(string area, BenchmarkReport report)
    {
        var name = report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\'');
        if (report.ResultStatistics is not { } stats)
            return new Figure(area, name, "failed", "see the log above");
        var allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase);
        var note = allocated is { } bytes ? $"{bytes / 1024.0:#,0} KB allocated per operation" : "";
        return new Figure(area, name, Duration(stats.Mean), note);
    }
}
