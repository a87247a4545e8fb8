using Microsoft.AspNetCore.Identity;

namespace Bootcamp.Web.Infrastructure.Auth;

/// <summary>A person who signs in. What they may see is set by role plus the links below (see <see cref="UserScope"/>).</summary>
public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    /// <summary>For the Partner role: the partner whose centres and sponsored cohorts they see.</summary>
    public int? PartnerId { get; set; }
    /// <summary>For the Instructor role: the instructor record whose cohorts they teach.</summary>
    public int? InstructorId { get; set; }
    public List<StaffCentre> Centres { get; set; } = [];

    /// <summary>Set for a password someone else chose (the one-time password of create-admin): the app lets the user do nothing else until they change it.</summary>
    public bool MustChangePassword { get; set; }
}

/// <summary>A centre that a staff user works for.</summary>
public sealed class StaffCentre
{
    public string UserId { get; set; } = "";
    public int CentreId { get; set; }
}
