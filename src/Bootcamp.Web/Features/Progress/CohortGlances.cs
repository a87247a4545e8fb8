using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Shared;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Progress;

/// <summary>
/// Today's figures of many cohorts, for the dashboard and the staff home: a cohort whose <see cref="KeptFigures"/> row
/// still answers costs that row; the others go through the engine (<see cref="CohortProgressQuery.FiguresAsync"/>)
/// together and are kept for the next reader, on any node. The stamps are read before the engine reads the rows, so
/// a write committed in between leaves the kept row with an older stamp, and it never answers.
/// </summary>
public sealed class CohortGlances(BootcampDb db, UserScope scope, CentreClock clock)
{
    /// <summary>The figures of every cohort in <paramref name="cohortIds"/> that is in the user's scope, keyed by cohort id.</summary>
    public async Task<IReadOnlyDictionary<int, CohortGlance>> ForAsync(IReadOnlyCollection<int> cohortIds, CancellationToken cancellationToken)
    {
        var ids = cohortIds.Distinct().ToList();
        var stamps = await scope.Cohorts().AsNoTracking()
            .Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, Stamp = EF.Property<long>(c, FiguresStamps.Column) })
            .ToDictionaryAsync(c => c.Id, c => c.Stamp, cancellationToken);
        var nowUtc = clock.UtcNow;
        var glances = (await db.KeptFigures.AsNoTracking().Where(k => ids.Contains(k.CohortId)).ToListAsync(cancellationToken))
            .Where(k => stamps.TryGetValue(k.CohortId, out var stamp) && k.Answers(stamp, nowUtc))
            .ToDictionary(k => k.CohortId, k => k.Glance);
        var missing = stamps.Keys.Where(id => !glances.ContainsKey(id)).ToList();
        if (missing.Count == 0)
            return glances;
        var computed = await new CohortProgressQuery(db, scope, clock).FiguresAsync(missing, cancellationToken);
        await KeepAsync(computed, stamps, nowUtc, cancellationToken);
        foreach (var (id, glance) in computed)
            glances[id] = glance;
        return glances;
    }

    /// <summary>
    /// Computes and keeps the figures of up to <paramref name="batchSize"/> cohorts of the scope after
    /// <paramref name="afterId"/> whose kept row no longer answers (or that have none), lowest id first, and gives their
    /// ids: none once every later cohort is ready.
    /// </summary>
    public async Task<IReadOnlyList<int>> RefreshStaleAsync(int afterId, int batchSize, CancellationToken cancellationToken)
    {
        var nowUtc = clock.UtcNow;
        var stale = await scope.Cohorts()
            .Where(c => c.Id > afterId && !db.KeptFigures.Any(k => k.CohortId == c.Id && k.Stamp == EF.Property<long>(c, FiguresStamps.Column)
                && k.ComputedAtUtc <= nowUtc && nowUtc < k.HoldsUntilUtc))
            .OrderBy(c => c.Id)
            .Select(c => c.Id)
            .Take(batchSize)
            .ToListAsync(cancellationToken);
        if (stale.Count > 0)
            await ForAsync(stale, cancellationToken);
        return stale;
    }

    /// <summary>Replaces the cohorts' kept rows with the new figures, in one write transaction.</summary>
    private async Task KeepAsync(IReadOnlyDictionary<int, CohortGlance> computed, IReadOnlyDictionary<int, long> stamps, DateTime computedAtUtc,
        CancellationToken cancellationToken)
    {
        var ids = computed.Keys.ToList();
        await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
        await db.KeptFigures.Where(k => ids.Contains(k.CohortId)).ExecuteDeleteAsync(cancellationToken);
        db.KeptFigures.AddRange(computed.Select(c =>
            new KeptFigures(c.Key, stamps[c.Key], computedAtUtc, c.Value.HoldsUntilUtc, c.Value.StartDate, c.Value.EndDate, c.Value.Figures)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
