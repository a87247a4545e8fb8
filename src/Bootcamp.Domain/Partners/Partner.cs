using Bootcamp.Domain.Common;

namespace Bootcamp.Domain.Partners;

/// <summary>An organisation that runs centres under licence or sponsors cohorts.</summary>
public sealed class Partner
{
    private Partner()
    {
        Name = null!;
        CountryCode = null!;
        ContactEmail = null!;
    }

    public Partner(string name, string countryCode, string contactEmail)
    {
        Name = name;
        CountryCode = countryCode;
        ContactEmail = contactEmail;
        Update(name, countryCode, contactEmail);
    }

    public int Id { get; private set; }
    public string Name { get; private set; }
    public string CountryCode { get; private set; }
    public string ContactEmail { get; private set; }

    public void Update(string name, string countryCode, string contactEmail)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new DomainException(nameof(Name), "A partner needs a name.");
        if (countryCode is not { Length: 2 } || !countryCode.All(char.IsAsciiLetterUpper))
            throw new DomainException(nameof(CountryCode), "Use the two-letter ISO country code, for example PT.");
        var email = contactEmail.Trim();
        if (email.Length < 3 || email.IndexOf('@') is <= 0 || email.IndexOf('@') == email.Length - 1)
            throw new DomainException(nameof(ContactEmail), "Enter a contact e-mail address such as name@example.org.");
        Name = name.Trim();
        CountryCode = countryCode;
        ContactEmail = email;
    }
}
