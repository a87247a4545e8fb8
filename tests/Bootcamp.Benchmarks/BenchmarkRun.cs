using Bootcamp.Benchmarks.Scheduling;
using Bootcamp.Benchmarks.Support;

namespace Bootcamp.Benchmarks;

/// <summary>./build.ps1 bench [scheduling|timeline|logging|documents|exports|scale]: every part when no name is given, then one summary table.</summary>
public static class BenchmarkRun
{
    public static async Task<int> Main(string[] args)
    {
        // build.ps1 passes an empty name when none is given.
        var only = args.FirstOrDefault(a => !string.IsNullOrWhiteSpace(a))?.ToLowerInvariant();
        if (only is not (null or "scheduling" or "timeline" or "logging" or "documents" or "exports" or "scale"))
        {
            Console.Error.WriteLine($"Unknown part '{only}': use scheduling, timeline, logging, documents, exports or scale, or nothing for all.");
            return 2;
        }
        var figures = new List<Figure>();
        if (only is null or "scheduling")
            figures.AddRange(BenchConfig.Run<ScheduleGenerationBenchmarks>("scheduling"));
        if (only is null or "timeline")
            figures.AddRange(BenchConfig.Run<Timeline.TimelineBenchmarks>("timeline"));
        if (only is null or "logging")
            figures.AddRange(await Logging.LoggingLoad.RunAsync());
        if (only is null or "documents")
            figures.AddRange(await Documents.DocumentLoad.RunAsync());
        if (only is null or "exports")
        {
            figures.AddRange(await Exports.WorkbookLoad.RunAsync());
            figures.AddRange(await Exports.RawExportLoad.RunAsync());
        }
        if (only is null or "scale")
            figures.AddRange(await Scale.ScaleLoad.RunAsync());
        Figure.Print(figures);
        return figures.Any(f => f.Failed) ? 1 : 0;
    }
}
