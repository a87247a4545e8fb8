using Bootcamp.Domain.Common;
using Bootcamp.Domain.Subscriptions;

namespace Bootcamp.UnitTests.Subscriptions;

public sealed class ReportSubscriptionTests
{
    private static readonly DeliverySchedule Mondays = DeliverySchedule.Weekly(DayOfWeek.Monday, new TimeOnly(7, 0));
    private static readonly DateTime Now = new(2026, 6, 10, 10, 0, 0, DateTimeKind.Utc);

    [Test]
    public void A_subscription_without_cohorts_must_ask_for_all_in_scope()
    {
        var refused = Assert.Throws<DomainException>(() => new ReportSubscription("u1", false, [], ReportFormat.Xlsx, Mondays, "Europe/Lisbon", Now));

        Assert.That(refused!.Field, Is.EqualTo("CohortIds"));
        Assert.That(refused.Message, Is.EqualTo("Choose at least one cohort, or every cohort in your scope."));
    }

    [Test]
    public void An_unknown_time_zone_is_refused()
    {
        var refused = Assert.Throws<DomainException>(() => new ReportSubscription("u1", true, [], ReportFormat.Pdf, Mondays, "Mars/Olympus", Now));

        Assert.That(refused!.Field, Is.EqualTo("TimeZoneId"));
    }

    [Test]
    public void All_in_scope_keeps_no_chosen_cohorts()
    {
        var subscription = new ReportSubscription("u1", false, [3, 5], ReportFormat.Xlsx, Mondays, "Europe/Lisbon", Now);

        subscription.Update(true, [3, 5], ReportFormat.Xlsx, Mondays, "Europe/Lisbon");

        Assert.That(subscription.Cohorts, Is.Empty);
        Assert.That(subscription.AllCohorts, Is.True);
    }

    [Test]
    public void An_update_keeps_the_cohorts_still_chosen_and_adds_the_new_ones()
    {
        var subscription = new ReportSubscription("u1", false, [3, 5], ReportFormat.Xlsx, Mondays, "Europe/Lisbon", Now);
        var kept = subscription.Cohorts.Single(c => c.CohortId == 5);

        subscription.Update(false, [5, 8, 8], ReportFormat.Pdf, DeliverySchedule.Monthly(1, new TimeOnly(6, 0)), "UTC");

        Assert.That(subscription.Cohorts.Select(c => c.CohortId), Is.EqualTo(new[] { 5, 8 }));
        Assert.That(subscription.Cohorts[0], Is.SameAs(kept));
        Assert.That(subscription.Schedule, Is.EqualTo(new DeliverySchedule(Cadence.Monthly, null, 1, new TimeOnly(6, 0))));
        Assert.That(subscription.Format, Is.EqualTo(ReportFormat.Pdf));
    }
}
