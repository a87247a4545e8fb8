using Bootcamp.Domain.Subscriptions;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Exports;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Subscriptions;

/// <summary>The user's subscriptions with their last run, and the choices their form offers, all through the user's scope.</summary>
public sealed class SubscriptionsQuery(BootcampDb db, UserScope scope, CentreClock clock)
{
    public const string Utc = "UTC";

    public async Task<IReadOnlyList<CohortOption>> CohortsAsync(CancellationToken cancellationToken)
    {
        var centres = scope.Centres();
        return await scope.Cohorts().AsNoTracking()
            .OrderBy(c => c.Code)
            .Select(c => new CohortOption(c.Id, c.Code,
                db.Programmes.Where(p => p.Id == c.ProgrammeId).Select(p => p.Name).First(),
                centres.Where(ct => ct.Id == c.CentreId).Select(ct => ct.Name).First(), c.Status))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The zones of the user's centres (the first is the default), then UTC: a partner's reports come at their centres' time.</summary>
    public async Task<IReadOnlyList<string>> TimeZonesAsync(CancellationToken cancellationToken)
    {
        var zones = await scope.Centres().OrderBy(c => c.Name).Select(c => c.TimeZoneId).ToListAsync(cancellationToken);
        return [.. zones.Append(Utc).Distinct(StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<SubscriptionRow>> RowsAsync(int? id, CancellationToken cancellationToken)
    {
        var subscriptions = await scope.Subscriptions().AsNoTracking().Include(s => s.Cohorts)
            .Where(s => id == null || s.Id == id)
            .OrderBy(s => s.Id)
            .ToListAsync(cancellationToken);
        var chosen = subscriptions.SelectMany(s => s.Cohorts.Select(c => c.CohortId)).Distinct().ToList();
        var codes = await scope.Cohorts().Where(c => chosen.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Code, cancellationToken);
        var ids = subscriptions.Select(s => s.Id).ToList();
        var lastRunIds = await scope.SubscriptionRuns().Where(r => ids.Contains(r.SubscriptionId))
            .GroupBy(r => r.SubscriptionId).Select(g => g.Max(r => r.Id)).ToListAsync(cancellationToken);
        var lastRuns = await scope.SubscriptionRuns().AsNoTracking().Where(r => lastRunIds.Contains(r.Id))
            .ToDictionaryAsync(r => r.SubscriptionId, Row, cancellationToken);
        return [.. subscriptions.Select(s => new SubscriptionRow(
            s.Id,
            s.AllCohorts ? "Every cohort in your scope" : string.Join(", ", s.Cohorts.Select(c => codes.GetValueOrDefault(c.CohortId, "a cohort no longer in your scope")).Order()),
            s.Format == ReportFormat.Pdf ? "PDF" : "Excel workbook",
            s.Schedule.Describe(),
            s.TimeZoneId,
            s.Schedule.NextAfter(clock.Now(s.TimeZoneId)),
            lastRuns.GetValueOrDefault(s.Id)))];
    }

    /// <summary>The runs, newest first, each with its file while the downloads still keep it.</summary>
    public async Task<IReadOnlyList<SubscriptionRunRow>> RunsAsync(int subscriptionId, CancellationToken cancellationToken)
    {
        var runs = await scope.SubscriptionRuns().AsNoTracking().Where(r => r.SubscriptionId == subscriptionId)
            .OrderByDescending(r => r.Id)
            .ToListAsync(cancellationToken);
        var ids = runs.Where(r => r.DownloadId != null).Select(r => r.DownloadId!.Value).ToList();
        var now = clock.UtcNow;
        var kept = (await scope.ExportFiles().Where(f => ids.Contains(f.Id) && f.Status == ExportStatus.Done && f.ExpiresAtUtc > now)
            .Select(f => f.Id).ToListAsync(cancellationToken)).ToHashSet();
        return [.. runs.Select(r => Row(r) with { DownloadId = r.DownloadId is { } id && kept.Contains(id) ? id : null })];
    }

    private static SubscriptionRunRow Row(SubscriptionRun r) =>
        new(r.MadeAtUtc, r.AsOf, r.Outcome, r.FileName, r.SizeBytes, null, r.Problem, r.EmailedTo, r.EmailProblem);
}
