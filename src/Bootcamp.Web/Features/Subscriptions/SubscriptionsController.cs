using Bootcamp.Domain.Subscriptions;
using Bootcamp.Web.Features.Shared;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Subscriptions;

/// <summary>
/// The user's scheduled progress reports: list, create, edit, delete and the run history. A chosen cohort outside the
/// user's scope is not found, as on the export page.
/// </summary>
[Authorize(Roles = Roles.AdminOrStaff + "," + Roles.Partner)]
public sealed class SubscriptionsController(UserScope scope, CentreClock clock, SubscriptionsQuery query, SubscriptionWriter writer) : Controller
{
    private const string FormPrefix = nameof(SubscriptionFormViewModel.Form);

    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await query.RowsAsync(null, cancellationToken));

    [HttpGet]
    public async Task<IActionResult> Create(CancellationToken cancellationToken)
    {
        var zones = await query.TimeZonesAsync(cancellationToken);
        return await FormAsync(null, new SubscriptionForm { TimeZoneId = zones[0] }, cancellationToken);
    }

    [HttpPost]
    public async Task<IActionResult> Create([Bind(Prefix = FormPrefix)] SubscriptionForm form, CancellationToken cancellationToken)
    {
        if (!await CheckAsync(form, cancellationToken))
            return NotFound();
        ReportSubscription? subscription = null;
        if (ModelState.IsValid && ModelState.TryApply(() => subscription = new ReportSubscription(
                scope.UserId!, form.AllCohorts, form.CohortIds, form.ParsedFormat!.Value, form.ToSchedule(), form.TimeZoneId, clock.UtcNow), FormPrefix))
        {
            await writer.AddAsync(subscription!, cancellationToken);
            TempData["Flash"] = $"Subscription saved: {subscription!.Schedule.Describe()} ({subscription.TimeZoneId} time).";
            return RedirectToAction(nameof(Index));
        }
        return await FormAsync(null, form, cancellationToken);
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var subscription = await scope.Subscriptions().AsNoTracking().Include(s => s.Cohorts).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        return subscription is null ? NotFound() : await FormAsync(id, SubscriptionForm.From(subscription), cancellationToken);
    }

    [HttpPost]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = FormPrefix)] SubscriptionForm form, CancellationToken cancellationToken)
    {
        var subscription = await scope.Subscriptions().Include(s => s.Cohorts).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (subscription is null || !await CheckAsync(form, cancellationToken))
            return NotFound();
        if (ModelState.IsValid && ModelState.TryApply(() => subscription.Update(
                form.AllCohorts, form.CohortIds, form.ParsedFormat!.Value, form.ToSchedule(), form.TimeZoneId), FormPrefix))
        {
            await writer.SaveAsync(subscription, cancellationToken);
            TempData["Flash"] = $"Subscription saved: {subscription.Schedule.Describe()} ({subscription.TimeZoneId} time).";
            return RedirectToAction(nameof(Index));
        }
        return await FormAsync(id, form, cancellationToken);
    }

    [HttpPost]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var subscription = await scope.Subscriptions().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (subscription is null)
            return NotFound();
        await writer.DeleteAsync(subscription, cancellationToken);
        TempData["Flash"] = "Subscription deleted; no more reports will be made for it.";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    public async Task<IActionResult> Runs(int id, CancellationToken cancellationToken)
    {
        var row = (await query.RowsAsync(id, cancellationToken)).SingleOrDefault();
        return row is null ? NotFound() : View(new SubscriptionRunsViewModel(row, await query.RunsAsync(id, cancellationToken)));
    }

    /// <summary>
    /// Checks what needs the scope: a chosen cohort outside it is not found (false); a time zone the form did not
    /// offer gets its message.
    /// </summary>
    private async Task<bool> CheckAsync(SubscriptionForm form, CancellationToken cancellationToken)
    {
        var idsKey = $"{FormPrefix}.{nameof(form.CohortIds)}";
        if (ModelState.Any(e => e.Key.StartsWith(idsKey + "[", StringComparison.Ordinal) && e.Value?.Errors.Count > 0))
            ModelState.AddModelError(idsKey, "Choose cohorts from the list.");
        if (!form.AllCohorts && form.CohortIds.Count > 0)
        {
            var ids = form.CohortIds.Distinct().ToList();
            if (await scope.Cohorts().CountAsync(c => ids.Contains(c.Id), cancellationToken) != ids.Count)
                return false;
        }
        if (!(await query.TimeZonesAsync(cancellationToken)).Contains(form.TimeZoneId))
            ModelState.AddModelError($"{FormPrefix}.{nameof(form.TimeZoneId)}", "Choose one of the time zones offered: your centres' or UTC.");
        return true;
    }

    private async Task<IActionResult> FormAsync(int? id, SubscriptionForm form, CancellationToken cancellationToken) =>
        View("Edit", new SubscriptionFormViewModel(id, form, await query.CohortsAsync(cancellationToken), await query.TimeZonesAsync(cancellationToken)));
}
