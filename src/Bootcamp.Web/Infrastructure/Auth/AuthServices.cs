using Bootcamp.Web.Data;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace Bootcamp.Web.Infrastructure.Auth;

public static class AuthServices
{
    /// <summary>
    /// PBKDF2-HMAC-SHA512 iterations for password hashes: OWASP's Password Storage Cheat Sheet asks for 210,000 with
    /// SHA-512. Identity stores the count in each hash and rehashes an older one at its next successful sign-in.
    /// </summary>
    public const int PasswordHashIterations = 210_000;

    public static IServiceCollection AddBootcampAuth(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddIdentity<AppUser, IdentityRole>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<BootcampDb>()
            .AddDefaultTokenProviders();
        services.Configure<PasswordHasherOptions>(options => options.IterationCount = PasswordHashIterations);
        // Development and the tests run on plain HTTP; everywhere else the cookies travel over HTTPS only.
        var secure = environment.IsDevelopment() || environment.IsEnvironment("Testing") ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/SignIn";
            options.LogoutPath = "/Account/SignOut";
            options.AccessDeniedPath = "/Account/Denied";
            options.Cookie.Name = "bootcamp.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = secure;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(10);
        });
        services.Configure<AntiforgeryOptions>(options =>
        {
            options.Cookie.SecurePolicy = secure;
            // SecurityHeadersMiddleware sends X-Frame-Options: DENY on every response, not only on those with a token.
            options.SuppressXFrameOptionsHeader = true;
        });
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(5));
        services.AddSignInRateLimit(configuration);
        services.AddScoped<UserScope>();
        services.AddAuthorization();
        return services;
    }
}
