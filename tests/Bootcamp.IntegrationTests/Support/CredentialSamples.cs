using Bootcamp.Domain.Progress;
using Bootcamp.Web.Features.Credentials;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Support;

/// <summary>
/// Signed credentials for the demo data, which has badge awards but no credentials: one for the first badge award of
/// each named cohort, issued by the app's own <see cref="CredentialWriter"/>.
/// </summary>
public static class CredentialSamples
{
    public static async Task IssueAsync(BootcampApp app, params string[] cohortCodes)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Bootcamp.Web.Data.BootcampDb>();
        var writer = scope.ServiceProvider.GetRequiredService<CredentialWriter>();
        foreach (var code in cohortCodes)
        {
            var award = await db.BadgeAwards.Where(b => db.Cohorts.Any(c => c.Id == b.CohortId && c.Code == code)).OrderBy(b => b.Id).FirstAsync();
            var module = await db.Modules.Where(m => m.Id == award.ModuleId).Select(m => new { m.Title, m.BadgeName }).SingleAsync();
            var check = new BadgeCheck(award.ModuleId, module.Title, module.BadgeName!, new AttendanceSummary(10, 9, 0, 1, 0, 0), 40 * 60, 40 * 60, 80, [], []);
            await writer.IssueBadgeAsync(award.CohortId, award, check, CancellationToken.None);
        }
        await db.SaveChangesAsync();
    }
}
