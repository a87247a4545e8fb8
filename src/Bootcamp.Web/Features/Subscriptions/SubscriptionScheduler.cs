using System.Globalization;
using Bootcamp.Domain.Subscriptions;
using Bootcamp.Web.Data;
using Bootcamp.Web.Infrastructure.Time;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Subscriptions;

/// <summary>
/// Keeps one recurring job per subscription, named after it, running its cron in its time zone. The table is the
/// truth: a save registers or updates the job, a delete removes it, and a start-up registers them all again.
/// </summary>
public sealed class SubscriptionScheduler(IRecurringJobManager jobs)
{
    public const string JobPrefix = "report-subscription-";

    public static string JobId(int subscriptionId) => JobPrefix + subscriptionId.ToString(CultureInfo.InvariantCulture);

    public void Register(ReportSubscription subscription)
    {
        var id = subscription.Id;
        jobs.AddOrUpdate<SubscriptionJob>(JobId(id), job => job.RunAsync(id, CancellationToken.None), subscription.Schedule.Cron,
            new RecurringJobOptions { TimeZone = CentreClock.Zone(subscription.TimeZoneId) });
    }

    public void Remove(int subscriptionId) => jobs.RemoveIfExists(JobId(subscriptionId));
}

/// <summary>
/// At start-up, registers the recurring job of every stored subscription and removes those of subscriptions that are
/// gone (deleted with their user, or while the job storage was elsewhere).
/// </summary>
public sealed class SubscriptionJobsAtStartup(IServiceScopeFactory scopes, JobStorage storage, IRecurringJobManager jobs, SubscriptionScheduler scheduler) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BootcampDb>();
        var subscriptions = await db.ReportSubscriptions.AsNoTracking().ToListAsync(cancellationToken);
        foreach (var subscription in subscriptions)
            scheduler.Register(subscription);
        var kept = subscriptions.Select(s => SubscriptionScheduler.JobId(s.Id)).ToHashSet(StringComparer.Ordinal);
        using var connection = storage.GetConnection();
        foreach (var job in connection.GetRecurringJobs().Where(j => j.Id.StartsWith(SubscriptionScheduler.JobPrefix, StringComparison.Ordinal) && !kept.Contains(j.Id)))
            jobs.RemoveIfExists(job.Id);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
