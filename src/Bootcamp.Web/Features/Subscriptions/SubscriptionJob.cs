using System.Globalization;
using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Scheduling;
using Bootcamp.Domain.Subscriptions;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Exports;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Mail;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Subscriptions;

/// <summary>
/// A subscription's scheduled run: the progress report for its latest due time, as of the end of the day before it,
/// made with its owner's scope as it stands now (so "every cohort in my scope" takes in cohorts added since, and
/// never a cohort the owner lost). The file goes into the owner's downloads and, when SMTP is set, an e-mail links to
/// it. Every run is recorded, a failed one with its reason. Running it twice for one due time makes one report.
/// </summary>
public sealed class SubscriptionJob(BootcampDb db, UserScope scope, CentreClock clock, ExportFileWriter downloads, ExportFolder folder, Mailer mailer,
    SubscriptionScheduler scheduler, ILogger<SubscriptionJob> logger)
{
    public async Task RunAsync(int subscriptionId, CancellationToken cancellationToken)
    {
        var subscription = await db.ReportSubscriptions.AsNoTracking().Include(s => s.Cohorts)
            .SingleOrDefaultAsync(s => s.Id == subscriptionId, cancellationToken);
        if (subscription is null)
        {
            scheduler.Remove(subscriptionId);
            return;
        }
        var zone = CentreClock.Zone(subscription.TimeZoneId);
        var due = subscription.Schedule.LatestAtOrBefore(clock.Now(zone));
        var dueUtc = ScheduleGenerator.ToUtc(DateOnly.FromDateTime(due), subscription.At, zone);
        if (await db.SubscriptionRuns.AnyAsync(r => r.SubscriptionId == subscriptionId && r.DueAtUtc == dueUtc && r.Outcome == RunOutcome.Delivered, cancellationToken))
            return;
        var asOf = DateOnly.FromDateTime(due).AddDays(-1);
        SubscriptionRun run;
        try
        {
            run = await MakeAsync(subscription, dueUtc, asOf, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Subscription {SubscriptionId} failed for {DueAtUtc:u}", subscriptionId, dueUtc);
            run = SubscriptionRun.Failed(subscriptionId, dueUtc, clock.UtcNow, asOf, $"The report could not be made: {ex.Message}");
        }
        db.SubscriptionRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<SubscriptionRun> MakeAsync(ReportSubscription subscription, DateTime dueUtc, DateOnly asOf, CancellationToken cancellationToken)
    {
        SubscriptionRun Failed(string problem) => SubscriptionRun.Failed(subscription.Id, dueUtc, clock.UtcNow, asOf, problem);

        if (!await scope.LoadUserAsync(subscription.UserId, cancellationToken))
            return Failed("The account is locked or has no role, so no report was made.");
        var cohorts = scope.Cohorts();
        if (!subscription.AllCohorts)
        {
            var chosen = subscription.Cohorts.Select(c => c.CohortId).ToList();
            cohorts = cohorts.Where(c => chosen.Contains(c.Id));
            var lost = chosen.Count - await cohorts.CountAsync(cancellationToken);
            if (lost > 0)
                return Failed($"{lost} of the {chosen.Count} chosen cohorts {(lost == 1 ? "is" : "are")} no longer in your scope; edit the subscription.");
        }
        // A cohort that has not started has no figures yet: it joins the report from the first run after its start.
        var ids = await cohorts.Where(c => c.StartDate <= asOf && c.Status != CohortStatus.Cancelled).Select(c => c.Id).ToListAsync(cancellationToken);
        if (ids.Count == 0)
            return Failed($"None of {(subscription.AllCohorts ? "the cohorts in your scope" : "the chosen cohorts")} had started by {asOf.ToString("d MMM yyyy", CultureInfo.InvariantCulture)} (or they were cancelled).");
        var outcome = await new ProgressReportQuery(db, scope, clock).BuildAsync(ids, asOf, cancellationToken);
        if (outcome.Report is not { } report)
            return Failed(outcome.Problem ?? "A chosen cohort is no longer in your scope; edit the subscription.");
        var format = subscription.Format == ReportFormat.Pdf ? "pdf" : "xlsx";
        var bytes = format == "pdf" ? ProgressReportPdf.Render(report) : await ProgressWorkbook.RenderAsync(report, cancellationToken);
        var download = await StoreAsync(subscription, new ExportRequest(ExportKinds.Progress, format, ids, subscription.AllCohorts, asOf), report.FileName(format), bytes, cancellationToken);
        var run = SubscriptionRun.Delivered(subscription.Id, dueUtc, clock.UtcNow, asOf, report.FileName(format), bytes.Length, download);
        if (mailer.IsConfigured)
            await EmailAsync(run, subscription, report, cancellationToken);
        return run;
    }

    /// <summary>
    /// Puts the file into the owner's downloads the way a background export finishes: a row, the bytes under a
    /// temporary name, then the move that marks it done. Returns the download's id.
    /// </summary>
    private async Task<Guid> StoreAsync(ReportSubscription subscription, ExportRequest request, string fileName, byte[] bytes, CancellationToken cancellationToken)
    {
        var (file, _) = await downloads.CreateAsync(subscription.UserId, request, cancellationToken);
        if (await downloads.StartAsync(file.Id, cancellationToken) is null)
            return file.Id;
        var part = folder.PartPath(file.Id);
        await File.WriteAllBytesAsync(part, bytes, cancellationToken);
        await downloads.FinishAsync(file.Id, part, fileName, cancellationToken);
        return file.Id;
    }

    /// <summary>
    /// The e-mail carries a link, never the file: a report holds learners' names and figures, and the link opens only
    /// for its owner once signed in. A mail that fails leaves the file delivered and says why on the run.
    /// </summary>
    private async Task EmailAsync(SubscriptionRun run, ReportSubscription subscription, ProgressReport report, CancellationToken cancellationToken)
    {
        var address = await db.Users.Where(u => u.Id == subscription.UserId).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(address))
        {
            run.EmailFailed("The account has no e-mail address.");
            return;
        }
        if (mailer.LinkBaseUrl is not { } baseUrl)
        {
            run.EmailFailed("No link can be made: set Smtp__LinkBaseUrl (or Credentials__BaseUrl) to the app's public address.");
            return;
        }
        var asOf = run.AsOf.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
        var text = $"""
            Hello {scope.DisplayName},

            Your progress report as of the end of {asOf} ({run.FileName}) is ready in your downloads until {run.MadeAtUtc.AddDays(folder.KeepDays).ToString("d MMM yyyy", CultureInfo.InvariantCulture)}:

            {baseUrl}/Exports/File/{run.DownloadId}

            The link opens after you sign in. The report is not attached: it holds learners' names and figures.

            {subscription.Schedule.Describe()} ({subscription.TimeZoneId} time), for {report.Scope}.
            Change or stop this subscription at {baseUrl}/Subscriptions
            """;
        try
        {
            await mailer.SendAsync(address, $"Progress report as of {asOf}", text, cancellationToken);
            run.Emailed(address);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "The e-mail of subscription {SubscriptionId} failed", subscription.Id);
            run.EmailFailed($"The e-mail could not be sent: {ex.Message}");
        }
    }
}
