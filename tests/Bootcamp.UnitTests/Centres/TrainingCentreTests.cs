using Bootcamp.Domain.Centres;
using Bootcamp.Domain.Common;

namespace Bootcamp.UnitTests.Centres;

public sealed class TrainingCentreTests
{
    private static TrainingCentre Berlin() => new("Berlin Kreuzberg", "Berlin", "DE", "Europe/Berlin", null);

    [Test]
    public void A_centre_with_an_IANA_zone_and_ISO_country_is_accepted()
    {
        var centre = new TrainingCentre(" Toronto Liberty Village ", "Toronto", "CA", "America/Toronto", 2);

        Assert.That(centre.Name, Is.EqualTo("Toronto Liberty Village"));
        Assert.That(centre.TimeZoneId, Is.EqualTo("America/Toronto"));
        Assert.That(centre.OperatorPartnerId, Is.EqualTo(2));
    }

    [TestCase("Mars/Olympus_Mons")]
    [TestCase("Berlin")]
    [TestCase("")]
    public void An_unknown_time_zone_is_refused(string zone)
    {
        var error = Assert.Throws<DomainException>(() => new TrainingCentre("Berlin Kreuzberg", "Berlin", "DE", zone, null))!;

        Assert.That(error.Field, Is.EqualTo(nameof(TrainingCentre.TimeZoneId)));
        Assert.That(error.Message, Does.Contain("IANA"));
    }

    [TestCase("de")]
    [TestCase("DEU")]
    [TestCase("D1")]
    [TestCase("")]
    public void A_country_that_is_not_two_capital_letters_is_refused(string country)
    {
        var error = Assert.Throws<DomainException>(() => new TrainingCentre("Berlin Kreuzberg", "Berlin", country, "Europe/Berlin", null))!;

        Assert.That(error.Field, Is.EqualTo(nameof(TrainingCentre.CountryCode)));
    }

    [Test]
    public void A_refused_update_leaves_the_centre_as_it_was()
    {
        var centre = Berlin();

        Assert.That(() => centre.Update("Lisbon", "Lisbon", "PT", "Europe/Nowhere", null), Throws.TypeOf<DomainException>());

        Assert.That(centre.Name, Is.EqualTo("Berlin Kreuzberg"));
        Assert.That(centre.CountryCode, Is.EqualTo("DE"));
    }

    [TestCase("Ada Lovelace")]
    [TestCase("ada lovelace")]
    [TestCase("  Ada Lovelace ")]
    public void A_second_room_with_the_same_name_is_refused(string name)
    {
        var centre = Berlin();
        centre.AddRoom("Ada Lovelace", 24);

        var error = Assert.Throws<DomainException>(() => centre.AddRoom(name, 12))!;

        Assert.That(error.Field, Is.EqualTo("RoomName"));
        Assert.That(centre.Rooms, Has.Count.EqualTo(1));
    }

    [Test]
    public void Rooms_with_different_names_are_all_kept()
    {
        var centre = Berlin();
        centre.AddRoom("Ada Lovelace", 24);
        centre.AddRoom("Grace Hopper", 16);

        Assert.That(centre.Rooms.Select(r => r.Name), Is.EqualTo(new[] { "Ada Lovelace", "Grace Hopper" }));
    }

    [TestCase(0)]
    [TestCase(501)]
    public void A_room_holds_1_to_500_people(int capacity)
    {
        Assert.That(() => Berlin().AddRoom("Hall", capacity), Throws.TypeOf<DomainException>().With.Property("Field").EqualTo("RoomCapacity"));
    }

    [TestCase("2026-12-23", false)]
    [TestCase("2026-12-24", true)]
    [TestCase("2026-12-29", true)]
    [TestCase("2027-01-01", true)]
    [TestCase("2027-01-02", false)]
    public void A_closure_period_closes_every_day_from_first_to_last(string day, bool closed)
    {
        var centre = Berlin();
        centre.AddHoliday("Winter closure", new DateOnly(2026, 12, 24), new DateOnly(2027, 1, 1), HolidayKind.Closure);

        Assert.That(centre.IsClosedOn(DateOnly.Parse(day)), Is.EqualTo(closed));
    }

    [Test]
    public void A_one_day_public_holiday_closes_only_that_day()
    {
        var centre = Berlin();
        centre.AddHoliday("Tag der Deutschen Einheit", new DateOnly(2026, 10, 3), new DateOnly(2026, 10, 3), HolidayKind.PublicHoliday);

        Assert.That(centre.IsClosedOn(new DateOnly(2026, 10, 3)), Is.True);
        Assert.That(centre.IsClosedOn(new DateOnly(2026, 10, 2)), Is.False);
        Assert.That(centre.IsClosedOn(new DateOnly(2026, 10, 4)), Is.False);
    }

    [Test]
    public void A_centre_without_holidays_is_open_every_day()
    {
        Assert.That(Berlin().IsClosedOn(new DateOnly(2026, 12, 25)), Is.False);
    }

    [Test]
    public void A_holiday_that_ends_before_it_starts_is_refused()
    {
        var centre = Berlin();

        Assert.That(() => centre.AddHoliday("Backwards", new DateOnly(2026, 5, 2), new DateOnly(2026, 5, 1), HolidayKind.Closure),
            Throws.TypeOf<DomainException>().With.Property("Field").EqualTo("HolidayLastDay"));
        Assert.That(centre.Holidays, Is.Empty);
    }

    [TestCase("9999-12-31", "9999-12-31", "HolidayFirstDay", "The first day must be between 2000 and 2100.")]
    [TestCase("1999-12-31", "2000-01-02", "HolidayFirstDay", "The first day must be between 2000 and 2100.")]
    [TestCase("2100-12-30", "2101-01-02", "HolidayLastDay", "The last day must be between 2000 and 2100.")]
    public void A_holiday_outside_the_calendar_range_is_refused(string first, string last, string field, string message)
    {
        var centre = Berlin();

        var error = Assert.Throws<DomainException>(() => centre.AddHoliday("Far away", DateOnly.Parse(first), DateOnly.Parse(last), HolidayKind.Closure))!;

        Assert.That((error.Field, error.Message), Is.EqualTo((field, message)));
        Assert.That(centre.Holidays, Is.Empty);
    }
}
