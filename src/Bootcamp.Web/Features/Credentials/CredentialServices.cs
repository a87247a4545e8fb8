using System.Threading.RateLimiting;
using Bootcamp.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.RateLimiting;

namespace Bootcamp.Web.Features.Credentials;

public static class CredentialServices
{
    /// <summary>The rate limit of the anonymous credential pages and downloads, per client address.</summary>
    public const string Policy = "credentials";

    /// <summary>
    /// The issuer keys, the writers and the public pages' rate limit. On one node, data protection keeps its key ring
    /// in a folder beside the SQLite database (<c>DataProtection:KeysFolder</c> to move it): a copy of the database
    /// alone does not hold the means to unprotect the issuer's private key, and the folder must be backed up with it.
    /// Several nodes must share one key ring, or a cookie issued by one is refused by the next: there
    /// (<c>DataProtection:Store</c> = <c>Database</c>, the default on PostgreSQL) it is kept in the database, whose
    /// backups must then be guarded as the key folder would have been.
    /// </summary>
    public static IServiceCollection AddBootcampCredentials(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var protection = services.AddDataProtection().SetApplicationName("Bootcamp");
        if (DataServices.KeptInDatabase(configuration, "DataProtection:Store"))
        {
            protection.PersistKeysToDbContext<BootcampDb>();
        }
        else
        {
            var folder = configuration["DataProtection:KeysFolder"] is { Length: > 0 } configured
                ? Path.GetFullPath(configured, environment.ContentRootPath)
                : Path.Combine(DataServices.FilesFolder(configuration, environment), "keys");
            protection.PersistKeysToFileSystem(new DirectoryInfo(folder));
        }
        services.AddHttpContextAccessor();
        services.AddScoped<IssuerKeyRing>();
        services.AddScoped<CredentialLinks>();
        services.AddScoped<CredentialWriter>();
        var permits = configuration.GetValue("Credentials:PermitLimit", 120);
        services.AddRateLimiter(options => options.AddPolicy(Policy, context => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));
        return services;
    }

    /// <summary>Makes the issuer's first key pair on first start, so the JWK set is published before anything is signed.</summary>
    public static async Task EnsureIssuerKeyAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IssuerKeyRing>().EnsureAsync(cancellationToken);
    }
}
