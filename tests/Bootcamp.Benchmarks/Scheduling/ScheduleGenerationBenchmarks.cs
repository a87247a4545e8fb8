using BenchmarkDotNet.Attributes;
using Bootcamp.Domain.Scheduling;

namespace Bootcamp.Benchmarks.Scheduling;

/// <summary>Issue 3, Speed: a 39-week calendar generated and checked for conflicts in a centre holding 10,000 sessions.</summary>
[MemoryDiagnoser]
public class ScheduleGenerationBenchmarks
{
    private const int CohortId = 9_999;
    private const string CohortCode = "BER-CYB-99";
    private BusyCentre _centre = null!;
    private ScheduleRequest _request = null!;

    [GlobalSetup]
    public void Setup()
    {
        _centre = BusyCentre.WithSessions(10_000);
        _request = _centre.ThirtyNineWeekCohort(new DateOnly(2027, 1, 10), roomId: 3, instructorId: 7);
    }

    [Benchmark(Description = "Generate 39 weeks")]
    public int Generate() => ScheduleGenerator.Generate(_request).Sessions.Count;

    [Benchmark(Description = "Generate 39 weeks + conflicts vs 10,000")]
    public int GenerateAndCheck()
    {
        var schedule = ScheduleGenerator.Generate(_request);
        var candidates = schedule.Sessions
            .Select(s => new BookedSession(null, CohortId, CohortCode, BusyCentre.ZoneId, s.StartUtc, s.EndUtc)
            {
                RoomId = s.RoomId,
                InstructorId = s.InstructorId,
            })
            .ToList();
        return ConflictDetector.Check(candidates, _centre.Sessions, _centre.Closed, _request.StartDate, schedule.EndDate).Count;
    }
}
