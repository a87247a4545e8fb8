using Bootcamp.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;

namespace Bootcamp.Web.Features.Account;

/// <summary>
/// Signs in with e-mail and password without telling anyone which accounts exist: an unknown address, a wrong
/// password and a locked account get the same answer, and each costs one password hash, so the time does not tell
/// them apart either (Identity alone answers an unknown address or a locked account without hashing).
/// </summary>
public sealed class PasswordSignIn(SignInManager<AppUser> signIn, UserManager<AppUser> users, IPasswordHasher<AppUser> hasher)
{
    public const string Refusal = "The e-mail address or password is not right. After five failed attempts an account is locked for 15 minutes.";

    private static readonly AppUser Nobody = new();

    /// <summary>UserManager takes the request's cancellation token itself (AspNetUserManager).</summary>
    public async Task<bool> TryAsync(string email, string password)
    {
        var user = await users.FindByNameAsync(email);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            hasher.HashPassword(Nobody, password);
            return false;
        }
        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        return result.Succeeded;
    }
}
