using System.Globalization;
using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Subscriptions;

namespace Bootcamp.Web.Features.Subscriptions;

public sealed record CohortOption(int Id, string Code, string Programme, string Centre, CohortStatus Status);

public sealed record SubscriptionFormViewModel(int? Id, SubscriptionForm Form, IReadOnlyList<CohortOption> Cohorts, IReadOnlyList<string> TimeZones);

public sealed record SubscriptionRow(int Id, string What, string Format, string Schedule, string TimeZoneId, DateTime NextLocal, SubscriptionRunRow? LastRun);

/// <param name="DownloadId">the file in the downloads, while it is kept there</param>
public sealed record SubscriptionRunRow(DateTime MadeAtUtc, DateOnly AsOf, RunOutcome Outcome, string? FileName, long? SizeBytes, Guid? DownloadId, string? Problem, string? EmailedTo, string? EmailProblem)
{
    /// <summary>A file size as people read it: "18.4 KB", "1.2 MB".</summary>
    public static string Size(long bytes) => bytes < 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024m:0.0} KB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024m * 1024):0.0} MB");
}

public sealed record SubscriptionRunsViewModel(SubscriptionRow Subscription, IReadOnlyList<SubscriptionRunRow> Runs);
