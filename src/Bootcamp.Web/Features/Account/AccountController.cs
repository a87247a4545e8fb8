using System.ComponentModel.DataAnnotations;
using Bootcamp.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Bootcamp.Web.Features.Account;

public sealed class SignInForm
{
    [Required(ErrorMessage = "Enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [Display(Name = "E-mail")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    public string? ReturnUrl { get; set; }
}

public sealed record SignInViewModel(SignInForm Form, bool ShowDemoAccounts);

[AllowAnonymous]
public sealed class AccountController(SignInManager<AppUser> signIn, IWebHostEnvironment environment) : Controller
{
    [HttpGet]
    public IActionResult SignIn(string? returnUrl) =>
        View(new SignInViewModel(new SignInForm { ReturnUrl = returnUrl }, environment.IsDevelopment()));

    [HttpPost]
    public async Task<IActionResult> SignIn(SignInForm form)
    {
        if (!ModelState.IsValid)
            return View(new SignInViewModel(form, environment.IsDevelopment()));
        var result = await signIn.PasswordSignInAsync(form.Email, form.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
            return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : "/");
        ModelState.AddModelError("", result.IsLockedOut
            ? "Too many failed attempts: this account is locked for 15 minutes."
            : "The e-mail address or password is not right.");
        return View(new SignInViewModel(form, environment.IsDevelopment()));
    }

    [HttpPost]
    public new async Task<IActionResult> SignOut()
    {
        await signIn.SignOutAsync();
        return RedirectToAction(nameof(SignIn));
    }

    [HttpGet]
    public IActionResult Denied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }
}
