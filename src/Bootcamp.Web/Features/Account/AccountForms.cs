using System.ComponentModel.DataAnnotations;

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

public sealed class ChangePasswordForm : IValidatableObject
{
    [Required(ErrorMessage = "Enter your current password.")]
    [DataType(DataType.Password)]
    public string CurrentPassword { get; set; } = "";

    [Required(ErrorMessage = "Choose a new password.")]
    [DataType(DataType.Password)]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "Type the new password again.")]
    [DataType(DataType.Password)]
    public string ConfirmPassword { get; set; } = "";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (NewPassword.Length > 0 && NewPassword == CurrentPassword)
            yield return new("The new password must differ from the current one.", [nameof(NewPassword)]);
        if (ConfirmPassword.Length > 0 && ConfirmPassword != NewPassword)
            yield return new("The two new passwords differ.", [nameof(ConfirmPassword)]);
    }
}
