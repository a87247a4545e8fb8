namespace Bootcamp.Web.Features.Account;

public sealed record SignInViewModel(SignInForm Form, bool ShowDemoAccounts);

/// <param name="Forced">the user signed in with a one-time password and must choose their own before anything else</param>
public sealed record ChangePasswordViewModel(ChangePasswordForm Form, bool Forced, int MinimumLength);
