using System.ComponentModel.DataAnnotations;

namespace Bootcamp.Web.Features.Partners;

public sealed class PartnerForm
{
    [Required(ErrorMessage = "Enter the partner's name.")]
    [StringLength(200, ErrorMessage = "The name is at most 200 characters.")]
    public string Name { get; set; } = "";

    [Display(Name = "Country code")]
    [Required(ErrorMessage = "Enter the two-letter ISO country code, for example PT.")]
    [RegularExpression("^[A-Za-z]{2}$", ErrorMessage = "Use the two-letter ISO country code, for example PT.")]
    public string CountryCode { get; set; } = "";

    [Display(Name = "Contact e-mail")]
    [Required(ErrorMessage = "Enter a contact e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter a contact e-mail address such as name@example.org.")]
    [StringLength(200, ErrorMessage = "The e-mail address is at most 200 characters.")]
    public string ContactEmail { get; set; } = "";

    public string NormalizedCountryCode => CountryCode.Trim().ToUpperInvariant();
}
