using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Progress;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Support;

/// <summary>The progress engine's facts as a given account may see them, loaded outside any page, to compare a page's or a file's figures with.</summary>
public static class ProgressEngine
{
    public static Task<IReadOnlyDictionary<int, CohortProgressFacts>> FactsAsync(this BootcampApp app, string email, IReadOnlyCollection<int> cohortIds, DateOnly? asOf = null) =>
        app.AsAsync(email, (db, scope, clock) => new CohortProgressQuery(db, scope, clock).LoadManyAsync(cohortIds, asOf, CancellationToken.None));

    /// <summary>The dashboard's figures (<see cref="CohortProgressQuery.FiguresAsync"/>, read from the tallies) as the account sees them.</summary>
    public static Task<IReadOnlyDictionary<int, CohortGlance>> FiguresAsync(this BootcampApp app, string email, IReadOnlyCollection<int> cohortIds) =>
        app.AsAsync(email, (db, scope, clock) => new CohortProgressQuery(db, scope, clock).FiguresAsync(cohortIds, CancellationToken.None));

    /// <summary>The figures the dashboard shows (<see cref="CohortGlances"/>: kept rows where they still answer, the engine for the rest).</summary>
    public static Task<IReadOnlyDictionary<int, CohortGlance>> GlancesAsync(this BootcampApp app, string email, IReadOnlyCollection<int> cohortIds) =>
        app.AsAsync(email, (db, scope, clock) => new CohortGlances(db, scope, clock).ForAsync(cohortIds, CancellationToken.None));

    private static async Task<T> AsAsync<T>(this BootcampApp app, string email, Func<BootcampDb, UserScope, CentreClock, Task<T>> read)
    {
        await using var services = app.Services.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<BootcampDb>();
        var scope = services.ServiceProvider.GetRequiredService<UserScope>();
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        if (!await scope.LoadUserAsync(userId, CancellationToken.None))
            throw new InvalidOperationException($"No scope for {email}");
        return await read(db, scope, services.ServiceProvider.GetRequiredService<CentreClock>());
    }

    public static Task<List<int>> CohortIdsAsync(this BootcampApp app, string codePrefix) =>
        app.WithDbAsync(db => db.Cohorts.Where(c => c.Code.StartsWith(codePrefix)).OrderBy(c => c.Code).Select(c => c.Id).ToListAsync());
}
