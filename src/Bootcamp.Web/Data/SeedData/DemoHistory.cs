namespace Bootcamp.Web.Data.SeedData;

/// <summary>Generates the past of the active and completed cohorts, deterministically from the data set's random seed.</summary>
public sealed class DemoHistory(BootcampDb db, Random random, DateTime nowUtc)
{
    public Task<string> AddAsync(IEnumerable<CohortPlan> cohorts, IReadOnlyList<LearnerPlan> learners, CancellationToken cancellationToken)
    {
        _ = (db, random, nowUtc, cohorts, learners, cancellationToken);
        return Task.FromResult("no history yet");
    }
}
