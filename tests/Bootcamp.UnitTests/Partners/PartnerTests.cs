using Bootcamp.Domain.Common;
using Bootcamp.Domain.Partners;

namespace Bootcamp.UnitTests.Partners;

public sealed class PartnerTests
{
    [Test]
    public void Partner_keeps_a_trimmed_name_and_contact_address()
    {
        var partner = new Partner("  Atlantic Skills Alliance ", "PT", " parcerias@atlanticskills.example ");
        Assert.That((partner.Name, partner.ContactEmail), Is.EqualTo(("Atlantic Skills Alliance", "parcerias@atlanticskills.example")));
    }

    [TestCase("", "PT", "a@b.example", nameof(Partner.Name))]
    [TestCase("Atlantic", "Portugal", "a@b.example", nameof(Partner.CountryCode))]
    [TestCase("Atlantic", "pt", "a@b.example", nameof(Partner.CountryCode))]
    [TestCase("Atlantic", "PT", "no-address", nameof(Partner.ContactEmail))]
    [TestCase("Atlantic", "PT", "@b.example", nameof(Partner.ContactEmail))]
    public void Partner_with_a_bad_field_is_refused_naming_that_field(string name, string country, string email, string field)
    {
        var ex = Assert.Throws<DomainException>(() => _ = new Partner(name, country, email));
        Assert.That(ex!.Field, Is.EqualTo(field));
    }

    [Test]
    public void A_refused_update_changes_nothing()
    {
        var partner = new Partner("Maple Digital Futures", "CA", "hello@maple.example");
        Assert.Throws<DomainException>(() => partner.Update("Maple", "CA", "broken"));
        Assert.That(partner.Name, Is.EqualTo("Maple Digital Futures"));
    }
}
