using Bootcamp.Domain.Subscriptions;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Support;

/// <summary>Report subscriptions for the demo data, which has none: one per named cohort, owned by the named account.</summary>
public static class SubscriptionSamples
{
    public static Task AddAsync(BootcampApp app, params (string CohortCode, string Owner)[] samples) =>
        app.WithDbAsync(async db =>
        {
            foreach (var (code, owner) in samples)
            {
                var cohortId = await db.Cohorts.Where(c => c.Code == code).Select(c => c.Id).SingleAsync();
                var userId = await db.Users.Where(u => u.Email == owner).Select(u => u.Id).SingleAsync();
                db.ReportSubscriptions.Add(new ReportSubscription(userId, false, [cohortId], ReportFormat.Xlsx,
                    DeliverySchedule.Weekly(DayOfWeek.Monday, new TimeOnly(7, 0)), "UTC", app.UtcNow));
            }
            return await db.SaveChangesAsync();
        });
}
