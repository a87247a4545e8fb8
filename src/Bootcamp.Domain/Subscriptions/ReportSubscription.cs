using Bootcamp.Domain.Common;

namespace Bootcamp.Domain.Subscriptions;

public enum ReportFormat { Xlsx, Pdf }

/// <summary>
/// A user's standing order for the progress report: which cohorts (a chosen set, or every cohort in their scope at
/// the time of each run, so cohorts added later are included), which format, and when. The report is always made
/// with its owner's scope at run time; the chosen cohorts are checked against that scope when saved.
/// </summary>
public sealed class ReportSubscription
{
    private readonly List<SubscribedCohort> _cohorts = [];

    private ReportSubscription()
    {
        UserId = null!;
        TimeZoneId = null!;
    }

    public ReportSubscription(string userId, bool allCohorts, IReadOnlyCollection<int> cohortIds, ReportFormat format, DeliverySchedule schedule, string timeZoneId, DateTime createdAtUtc)
    {
        UserId = userId;
        TimeZoneId = timeZoneId;
        CreatedAtUtc = createdAtUtc;
        Update(allCohorts, cohortIds, format, schedule, timeZoneId);
    }

    public int Id { get; private set; }
    public string UserId { get; private set; }
    public bool AllCohorts { get; private set; }
    public ReportFormat Format { get; private set; }
    public Cadence Cadence { get; private set; }
    public DayOfWeek? Weekday { get; private set; }
    public int? DayOfMonth { get; private set; }
    public TimeOnly At { get; private set; }

    /// <summary>The IANA zone the time is read in (a centre's zone, as chosen on the form).</summary>
    public string TimeZoneId { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public IReadOnlyList<SubscribedCohort> Cohorts => _cohorts;

    public DeliverySchedule Schedule => new(Cadence, Weekday, DayOfMonth, At);

    public void Update(bool allCohorts, IReadOnlyCollection<int> cohortIds, ReportFormat format, DeliverySchedule schedule, string timeZoneId)
    {
        if (!allCohorts && cohortIds.Count == 0)
            throw new DomainException("CohortIds", "Choose at least one cohort, or every cohort in your scope.");
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out _))
            throw new DomainException(nameof(TimeZoneId), $"'{timeZoneId}' is not a known time zone.");
        AllCohorts = allCohorts;
        Format = format;
        Cadence = schedule.Cadence;
        Weekday = schedule.Weekday;
        DayOfMonth = schedule.DayOfMonth;
        At = schedule.At;
        TimeZoneId = timeZoneId;
        var wanted = allCohorts ? [] : cohortIds.ToHashSet();
        _cohorts.RemoveAll(c => !wanted.Contains(c.CohortId));
        foreach (var id in wanted.Where(id => _cohorts.All(c => c.CohortId != id)).Order())
            _cohorts.Add(new SubscribedCohort(id));
    }
}

/// <summary>A cohort chosen by name for a subscription.</summary>
public sealed class SubscribedCohort(int cohortId)
{
    public int SubscriptionId { get; private set; }
    public int CohortId { get; private set; } = cohortId;
}
