using System.ComponentModel.DataAnnotations;
using Bootcamp.Web.Infrastructure.Auth;

namespace Bootcamp.Web.Features.Users;

/// <summary>
/// What the create and edit forms share: the name, the role and what it reaches (staff their centres, an instructor
/// their own record, a partner its partner).
/// </summary>
public abstract class UserScopeFields : IValidatableObject
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

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Roles.All.Contains(Role))
            yield return new ValidationResult("Choose a role.", [nameof(Role)]);
        else if (Role == Roles.Staff && CentreIds.Count == 0)
            yield return new ValidationResult("Choose at least one centre for a staff account.", [nameof(CentreIds)]);
        else if (Role == Roles.Instructor && InstructorId is null)
            yield return new ValidationResult("Choose the instructor this account signs in as.", [nameof(InstructorId)]);
        else if (Role == Roles.Partner && PartnerId is null)
            yield return new ValidationResult("Choose the partner this account belongs to.", [nameof(PartnerId)]);
    }
}

public sealed class NewUserForm : UserScopeFields
{
    [Required(ErrorMessage = "Enter an e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [StringLength(256, ErrorMessage = "The e-mail address is at most 256 characters.")]
    [Display(Name = "E-mail")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter an initial password.")]
    [DataType(DataType.Password)]
    [Display(Name = "Initial password")]
    public string Password { get; set; } = "";
}

public sealed class EditUserForm : UserScopeFields;
