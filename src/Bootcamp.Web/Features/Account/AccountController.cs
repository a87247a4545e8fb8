using Bootcamp.Web.Data.SeedData;
using Bootcamp.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Bootcamp.Web.Features.Account;

/// <summary>UserManager and SignInManager take the request's cancellation token themselves (AspNetUserManager).</summary>
public sealed class AccountController(
    PasswordSignIn passwordSignIn,
    SignInManager<AppUser> signIn,
    UserManager<AppUser> users,
    UserScope scope,
    DemoMode demo,
    IOptions<IdentityOptions> identity) : Controller
{
    [HttpGet]
    [AllowAnonymous]
    public IActionResult SignIn(string? returnUrl) =>
        View(new SignInViewModel(new SignInForm { ReturnUrl = returnUrl }, demo.Enabled));

    [HttpPost]
    [AllowAnonymous]
    [EnableRateLimiting(SignInRateLimit.Policy)]
    public async Task<IActionResult> SignIn(SignInForm form)
    {
        if (ModelState.IsValid && await passwordSignIn.TryAsync(form.Email, form.Password))
            return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : "/");
        if (ModelState.IsValid)
            ModelState.AddModelError("", PasswordSignIn.Refusal);
        return View(new SignInViewModel(form, demo.Enabled));
    }

    /// <summary>Renews the security stamp, so that a copy of the cookie kept from before no longer signs anyone in.</summary>
    [HttpPost]
    [AllowAnonymous]
    public new async Task<IActionResult> SignOut()
    {
        if (scope.UserId is { } id && await users.FindByIdAsync(id) is { } user)
            await users.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        return RedirectToAction(nameof(SignIn));
    }

    [HttpGet]
    public IActionResult ChangePassword() =>
        View(new ChangePasswordViewModel(new ChangePasswordForm(), scope.MustChangePassword, identity.Value.Password.RequiredLength));

    [HttpPost]
    public async Task<IActionResult> ChangePassword(ChangePasswordForm form)
    {
        var user = await users.FindByIdAsync(scope.UserId!);
        if (user is null)
            return Challenge();
        if (ModelState.IsValid)
        {
            // Cleared before the change so that one update stores both; a refused change saves neither.
            user.MustChangePassword = false;
            var result = await users.ChangePasswordAsync(user, form.CurrentPassword, form.NewPassword);
            if (result.Succeeded)
            {
                // The change renewed the security stamp, which ends every other session; this one gets a new cookie.
                await signIn.RefreshSignInAsync(user);
                TempData["Flash"] = "Your password is changed.";
                return Redirect("/");
            }
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(form.CurrentPassword) : nameof(form.NewPassword),
                    error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "The current password is not right." : error.Description);
        }
        return View(new ChangePasswordViewModel(form, scope.MustChangePassword, identity.Value.Password.RequiredLength));
    }

    [HttpGet]
    [AllowAnonymous]
    public IActionResult Denied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }
}
