using Bootcamp.Domain.Subscriptions;
using Bootcamp.Web.Data;

namespace Bootcamp.Web.Features.Subscriptions;

/// <summary>Saves and deletes subscriptions, checked by the controller through the scope, and keeps their recurring jobs in step.</summary>
public sealed class SubscriptionWriter(BootcampDb db, SubscriptionScheduler scheduler)
{
    public async Task AddAsync(ReportSubscription subscription, CancellationToken cancellationToken)
    {
        db.ReportSubscriptions.Add(subscription);
        await db.SaveChangesAsync(cancellationToken);
        scheduler.Register(subscription);
    }

    public async Task SaveAsync(ReportSubscription subscription, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        scheduler.Register(subscription);
    }

    /// <summary>The job goes first: a job left without its row would only remove itself at its next run.</summary>
    public async Task DeleteAsync(ReportSubscription subscription, CancellationToken cancellationToken)
    {
        scheduler.Remove(subscription.Id);
        db.ReportSubscriptions.Remove(subscription);
        await db.SaveChangesAsync(cancellationToken);
    }
}
