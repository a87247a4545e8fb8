using Bootcamp.Benchmarks.Scheduling;
using Bootcamp.Benchmarks.Support;

// ./build.ps1 bench [scheduling|timeline|logging]: every part when no name is given.
var only = args.FirstOrDefault()?.ToLowerInvariant();
var figures = new List<Figure>();

if (only is null or "scheduling")
    figures.AddRange(BenchConfig.Run<ScheduleGenerationBenchmarks>("scheduling"));

Figure.Print(figures);
return figures.Any(f => f.Value == "failed") ? 1 : 0;
