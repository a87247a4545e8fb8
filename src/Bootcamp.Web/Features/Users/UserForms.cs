using System.ComponentModel.DataAnnotations;
using Bootcamp.Web.Infrastructure.Auth;

namespace Bootcamp.Web.Features.Users;

/// <summary>The role and what it reaches: staff their centres, an instructor their own record, a partner its partner.</summary>
public interface IUserScopeFields
{
    string Role { get; }
    List<int> CentreIds { get; }
    int? InstructorId { get; }
    int? PartnerId { get; }
}

public sealed class NewUserForm : IUserScopeFields, IValidatableObject
{
    [Required(ErrorMessage = "Enter the person's name.")]
    [StringLength(120, ErrorMessage = "The name is at most 120 characters.")]
    [Display(Name = "Name")]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "Enter an e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [StringLength(256, ErrorMessage = "The e-mail address is at most 256 characters.")]
    [Display(Name = "E-mail")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter an initial password.")]
    [DataType(DataType.Password)]
    [Display(Name = "Initial password")]
    public string Password { get; set; } = "";

    public string Role { get; set; } = Roles.Staff;

    [Display(Name = "Centres")]
    public List<int> CentreIds { get; set; } = [];

    [Display(Name = "Instructor")]
    public int? InstructorId { get; set; }

    [Display(Name = "Partner")]
    public int? PartnerId { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => UserScopeRules.Check(this);
}

public sealed class EditUserForm : IUserScopeFields, IValidatableObject
{
    [Required(ErrorMessage = "Enter the person's name.")]
    [StringLength(120, ErrorMessage = "The name is at most 120 characters.")]
    [Display(Name = "Name")]
    public string DisplayName { get; set; } = "";

    public string Role { get; set; } = Roles.Staff;

    [Display(Name = "Centres")]
    public List<int> CentreIds { get; set; } = [];

    [Display(Name = "Instructor")]
    public int? InstructorId { get; set; }

    [Display(Name = "Partner")]
    public int? PartnerId { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => UserScopeRules.Check(this);
}

public static class UserScopeRules
{
    public static IEnumerable<ValidationResult> Check(IUserScopeFields form)
    {
        if (!Roles.All.Contains(form.Role))
            yield return new ValidationResult("Choose a role.", [nameof(IUserScopeFields.Role)]);
        else if (form.Role == Roles.Staff && form.CentreIds.Count == 0)
            yield return new ValidationResult("Choose at least one centre for a staff account.", [nameof(IUserScopeFields.CentreIds)]);
        else if (form.Role == Roles.Instructor && form.InstructorId is null)
            yield return new ValidationResult("Choose the instructor this account signs in as.", [nameof(IUserScopeFields.InstructorId)]);
        else if (form.Role == Roles.Partner && form.PartnerId is null)
            yield return new ValidationResult("Choose the partner this account belongs to.", [nameof(IUserScopeFields.PartnerId)]);
    }
}
