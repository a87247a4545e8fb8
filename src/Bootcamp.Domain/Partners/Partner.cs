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
        Name = name.Trim();
        CountryCode = countryCode;
        ContactEmail = contactEmail.Trim();
    }
}
