using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Bootcamp.Web.Infrastructure.Auth;

/// <summary>
/// Sign-in attempts per client address (<c>SignIn:PermitLimit</c> per <c>SignIn:WindowSeconds</c>), so that one
/// address cannot try passwords across many accounts; the lockout after five failures guards each account. A centre's
/// staff and instructors may share one address, so the default leaves room for all of them signing in at nine.
/// </summary>
public static class SignInRateLimit
{
    public const string Policy = "sign-in";

    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("SignIn:PermitLimit", 30);
        var window = configuration.GetValue("SignIn:WindowSeconds", 60);
        if (permits < 1 || window < 1)
            throw new InvalidOperationException($"SignIn:PermitLimit ({permits}) and SignIn:WindowSeconds ({window}) must be at least 1.");
        services.AddRateLimiter(options =>
        {
            // The status code page for 429 explains the wait.
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = window.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(Policy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromSeconds(window), QueueLimit = 0 }));
        });
        return services;
    }
}
