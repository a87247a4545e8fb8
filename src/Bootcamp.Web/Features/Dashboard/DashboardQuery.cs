using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Progress;
using Bootcamp.Web.Features.Shared;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Dashboard;

/// <summary>
/// The cohorts of the user's scope that pass the filters, with their figures. One query lists the cohorts and
/// <see cref="CohortGlances"/> reads their kept figures, computing only those of cohorts written to (or whose day or
/// next lecture came) since, all together in the engine's few set-based queries over the summary table; so the cost
/// grows neither by a query per cohort nor with the years of history, and the figures are the progress engine's.
/// </summary>
public sealed class DashboardQuery(BootcampDb db, UserScope scope, CentreClock clock)
{
    /// <summary>
    /// The page for <paramref name="filter"/>. A centre or programme outside the scope is refused like a mistyped one,
    /// with a message next to its field and no figures.
    /// </summary>
    public async Task<DashboardViewModel> ViewModelAsync(DashboardFilter filter, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        var centres = await CentresAsync(cancellationToken);
        var programmes = await ProgrammesAsync(cancellationToken);
        if (filter.CentreId is { } centre && centres.All(c => c.Id != centre))
            modelState.AddModelError(nameof(DashboardFilter.Centre), "Choose a centre from the list.");
        if (filter.ProgrammeId is { } programme && programmes.All(p => p.Id != programme))
            modelState.AddModelError(nameof(DashboardFilter.Programme), "Choose a programme from the list.");
        var rows = modelState.IsValid ? await RowsAsync(filter, cancellationToken) : [];
        var heading = scope.IsPartner ? "Your cohorts" : scope.IsAdmin ? "The network's cohorts" : "Your centres' cohorts";
        return new DashboardViewModel(heading, filter, centres, programmes, rows);
    }

    private async Task<IReadOnlyList<Choice>> CentresAsync(CancellationToken cancellationToken) =>
        await scope.Centres().AsNoTracking().OrderBy(c => c.Name).Select(c => new Choice(c.Id, c.Name)).ToListAsync(cancellationToken);

    /// <summary>Programmes that some cohort in scope runs, so the list offers nothing that would filter to nothing.</summary>
    private async Task<IReadOnlyList<Choice>> ProgrammesAsync(CancellationToken cancellationToken)
    {
        var used = scope.Cohorts().Select(c => c.ProgrammeId);
        return await db.Programmes.AsNoTracking().Where(p => used.Contains(p.Id)).OrderBy(p => p.Name).Select(p => new Choice(p.Id, p.Name)).ToListAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<DashboardRow>> RowsAsync(DashboardFilter filter, CancellationToken cancellationToken)
    {
        var cohorts = scope.Cohorts().AsNoTracking();
        if (filter.CentreId is { } centre)
            cohorts = cohorts.Where(c => c.CentreId == centre);
        if (filter.ProgrammeId is { } programme)
            cohorts = cohorts.Where(c => c.ProgrammeId == programme);
        if (filter.StatusValue is { } status)
            cohorts = cohorts.Where(c => c.Status == status);
        // A cohort is in the range when it runs on any day of it; a cohort without an end date yet counts from its start.
        if (filter.ToDate is { } to)
            cohorts = cohorts.Where(c => c.StartDate <= to);
        if (filter.FromDate is { } from)
            cohorts = cohorts.Where(c => c.EndDate == null || c.EndDate >= from);
        var centres = scope.Centres();
        var listed = await cohorts
            .OrderBy(c => c.StartDate).ThenBy(c => c.Code)
            .Select(c => new
            {
                c.Id, c.Code, c.Status,
                Programme = db.Programmes.Where(p => p.Id == c.ProgrammeId).Select(p => p.Name).First(),
                Centre = centres.Where(ct => ct.Id == c.CentreId).Select(ct => ct.Name).First(),
            })
            .ToListAsync(cancellationToken);
        var figures = await new CohortGlances(db, scope, clock).ForAsync([.. listed.Select(c => c.Id)], cancellationToken);
        return [.. listed.Where(c => figures.ContainsKey(c.Id)).Select(c =>
        {
            var f = figures[c.Id];
            return new DashboardRow(c.Id, c.Code, c.Programme, c.Centre, c.Status, f.StartDate, f.EndDate, f.Figures);
        })];
    }
}
