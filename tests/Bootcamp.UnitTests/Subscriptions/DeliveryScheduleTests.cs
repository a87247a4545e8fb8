using Bootcamp.Domain.Common;
using Bootcamp.Domain.Subscriptions;

namespace Bootcamp.UnitTests.Subscriptions;

public sealed class DeliveryScheduleTests
{
    private static readonly TimeOnly Seven = new(7, 0);

    /// <summary>Wednesday 10 June 2026, 12:00.</summary>
    private static readonly DateTime Wednesday = new(2026, 6, 10, 12, 0, 0);

    [Test]
    public void A_weekly_schedule_runs_on_its_weekday_at_its_time_in_cron()
    {
        Assert.That(DeliverySchedule.Weekly(DayOfWeek.Monday, new TimeOnly(7, 30)).Cron, Is.EqualTo("30 7 * * 1"));
        Assert.That(DeliverySchedule.Weekly(DayOfWeek.Sunday, new TimeOnly(18, 5)).Cron, Is.EqualTo("5 18 * * 0"));
    }

    [Test]
    public void A_monthly_schedule_runs_on_its_day_at_its_time_in_cron()
    {
        Assert.That(DeliverySchedule.Monthly(28, new TimeOnly(6, 0)).Cron, Is.EqualTo("0 6 28 * *"));
    }

    [TestCase(0)]
    [TestCase(29)]
    [TestCase(31)]
    public void A_monthly_day_that_some_month_lacks_is_refused(int day)
    {
        var refused = Assert.Throws<DomainException>(() => DeliverySchedule.Monthly(day, Seven));

        Assert.That(refused!.Field, Is.EqualTo("DayOfMonth"));
        Assert.That(refused.Message, Is.EqualTo("Choose a day from 1 to 28: every month has those days, so no month is skipped."));
    }

    [Test]
    public void The_latest_weekly_run_is_the_last_weekday_at_its_time()
    {
        var monday = DeliverySchedule.Weekly(DayOfWeek.Monday, Seven);

        Assert.That(monday.LatestAtOrBefore(Wednesday), Is.EqualTo(new DateTime(2026, 6, 8, 7, 0, 0)));
        Assert.That(monday.NextAfter(Wednesday), Is.EqualTo(new DateTime(2026, 6, 15, 7, 0, 0)));
    }

    [Test]
    public void On_the_day_itself_the_run_before_its_time_is_last_weeks()
    {
        var wednesday = DeliverySchedule.Weekly(DayOfWeek.Wednesday, new TimeOnly(13, 0));

        Assert.That(wednesday.LatestAtOrBefore(Wednesday), Is.EqualTo(new DateTime(2026, 6, 3, 13, 0, 0)));
        Assert.That(wednesday.NextAfter(Wednesday), Is.EqualTo(new DateTime(2026, 6, 10, 13, 0, 0)));
        Assert.That(wednesday.LatestAtOrBefore(new DateTime(2026, 6, 10, 13, 0, 0)), Is.EqualTo(new DateTime(2026, 6, 10, 13, 0, 0)));
    }

    [Test]
    public void The_latest_monthly_run_may_be_in_the_month_before()
    {
        var the28th = DeliverySchedule.Monthly(28, Seven);

        Assert.That(the28th.LatestAtOrBefore(Wednesday), Is.EqualTo(new DateTime(2026, 5, 28, 7, 0, 0)));
        Assert.That(the28th.NextAfter(Wednesday), Is.EqualTo(new DateTime(2026, 6, 28, 7, 0, 0)));
        Assert.That(the28th.NextAfter(new DateTime(2027, 2, 28, 8, 0, 0)), Is.EqualTo(new DateTime(2027, 3, 28, 7, 0, 0)));
    }

    [Test]
    public void A_schedule_reads_in_words()
    {
        Assert.That(DeliverySchedule.Weekly(DayOfWeek.Monday, Seven).Describe(), Is.EqualTo("Every Monday at 07:00"));
        Assert.That(DeliverySchedule.Monthly(1, new TimeOnly(18, 30)).Describe(), Is.EqualTo("On day 1 of every month at 18:30"));
    }
}
