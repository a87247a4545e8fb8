using System.Data.Common;
using Bootcamp.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bootcamp.Web.Infrastructure;

public sealed class DatabaseHealthCheck(BootcampDb db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var pending = await db.Database.GetPendingMigrationsAsync(cancellationToken);
            if (pending.Any())
                return HealthCheckResult.Unhealthy("The database has migrations still to apply.");
            var programmes = await db.Programmes.CountAsync(cancellationToken);
            return HealthCheckResult.Healthy($"Database answers; {programmes} programmes.");
        }
        catch (Exception ex) when (ex is InvalidOperationException or DbException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", ex);
        }
    }
}
