using Bootcamp.Web.Data;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Time;
using Hangfire;

namespace Bootcamp.Web.Features.Progress;

/// <summary>
/// The recurring job that keeps every cohort's dashboard figures ready (<see cref="KeptFigures"/>), so the first
/// partner to open a dashboard after a centre's midnight, a lecture's start or a busy hour of rosters does not wait
/// for the engine: every few minutes it computes the cohorts whose kept row no longer answers, in batches, each batch
/// kept in its own short write transaction so writers wait for one batch at most. Hangfire runs one at a time; a second
/// run computes nothing that still answers.
/// </summary>
public sealed class FiguresWarmJob(BootcampDb db, UserScope scope, CentreClock clock, ILogger<FiguresWarmJob> logger)
{
    public const string RecurringJobId = "figures-kept-warm";

    /// <summary>Cohorts computed together: the engine's few set-based queries per batch, about a tenth of a second each at network scale.</summary>
    public const int BatchSize = 50;

    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var glances = new CohortGlances(db, scope.ForNetworkFigures(), clock);
        var computed = 0;
        // Cohort by cohort in id order, so a cohort written to while the job runs waits for the next run.
        for (var batch = await glances.RefreshStaleAsync(0, BatchSize, cancellationToken); batch.Count > 0;
             batch = await glances.RefreshStaleAsync(batch[^1], BatchSize, cancellationToken))
            computed += batch.Count;
        if (computed > 0)
            logger.LogInformation("Computed the dashboard figures of {Count} cohorts", computed);
        return computed;
    }
}

public static class FiguresServices
{
    public static IServiceCollection AddBootcampFigures(this IServiceCollection services) => services.AddScoped<FiguresWarmJob>();

    /// <summary>The figures job every five minutes, registered (or updated) at every start.</summary>
    public static void ScheduleFiguresWarmUp(this IServiceProvider services) =>
        services.GetRequiredService<IRecurringJobManager>()
            .AddOrUpdate<FiguresWarmJob>(FiguresWarmJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), "*/5 * * * *");
}
