using System.Security.Cryptography;
using Bootcamp.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace Bootcamp.Web.Infrastructure.Auth;

/// <summary>
/// <c>create-admin you@example.org</c>: the way into an installation that is not a demo, which starts without any
/// account. Creates an Admin with a random one-time password, printed once and stored only as a hash, that the admin
/// must change at first sign-in.
/// </summary>
public static class CreateAdminCommand
{
    public const string Name = "create-admin";

    public const string Instructions =
        "Create the first admin with: dotnet run --project src/Bootcamp.Web -- create-admin you@example.org "
        + "(published app: dotnet Bootcamp.Web.dll create-admin you@example.org). It prints a one-time password.";

    public const string PasswordLine = "One-time password: ";

    /// <summary>Runs the command for the arguments after its name; returns the process exit code.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (arguments.Count != 1)
        {
            output.WriteLine("Usage: create-admin <e-mail address>");
            return 2;
        }
        await services.MigrateDatabaseAsync(cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        var email = arguments[0].Trim();
        var password = OneTimePassword();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email, MustChangePassword = true };
        var result = await roles.RoleExistsAsync(Roles.Admin) ? IdentityResult.Success : await roles.CreateAsync(new IdentityRole(Roles.Admin));
        if (result.Succeeded)
            result = await users.CreateAsync(user, password);
        if (result.Succeeded)
            result = await users.AddToRoleAsync(user, Roles.Admin);
        if (!result.Succeeded)
        {
            output.WriteLine($"No admin created for {email}: " + string.Join(" ", result.Errors.Select(e => e.Description)));
            return 1;
        }
        output.WriteLine($"Admin {email} created.");
        output.WriteLine(PasswordLine + password);
        output.WriteLine("It is shown only now. Sign in with it and choose your own password, which the app asks for at once.");
        return 0;
    }

    /// <summary>About 90 bits from the system's CSPRNG, in groups that meet every rule of the password policy.</summary>
    private static string OneTimePassword() => string.Join('-',
        RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZ", 5),
        RandomNumberGenerator.GetString("abcdefghijkmnopqrstuvwxyz", 5),
        RandomNumberGenerator.GetString("23456789", 5),
        RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789", 5));
}
