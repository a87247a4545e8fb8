using Bootcamp.Domain.Centres;
using Bootcamp.Web.Features.Centres;

namespace Bootcamp.UnitTests.Centres;

public sealed class HolidayImportTests
{
    private static DateOnly Day(int year, int month, int day) => new(year, month, day);

    [Test]
    public void A_day_the_centre_already_keeps_as_a_holiday_or_inside_a_closure_is_not_new()
    {
        KeptHoliday[] kept = [new(Day(2029, 5, 1), Day(2029, 5, 1), "Tag der Arbeit"), new(Day(2028, 12, 22), Day(2029, 1, 1), "Winterpause")];
        HolidayCandidate[] proposed = [new(Day(2029, 1, 1), "Neujahrstag"), new(Day(2029, 3, 8), " Weltfrauentag "), new(Day(2029, 5, 1), "Tag der Arbeit")];

        var compared = HolidayImport.Compare(proposed, kept);

        Assert.That(compared, Is.EqualTo(new[]
        {
            new ImportedHoliday(Day(2029, 1, 1), "Neujahrstag", "Winterpause"),
            new ImportedHoliday(Day(2029, 3, 8), "Weltfrauentag", null),
            new ImportedHoliday(Day(2029, 5, 1), "Tag der Arbeit", "Tag der Arbeit"),
        }));
    }

    [Test]
    public void Only_the_chosen_new_days_are_added_and_a_day_proposed_twice_once()
    {
        HolidayCandidate[] proposed = [new(Day(2029, 3, 8), "Weltfrauentag"), new(Day(2029, 3, 8), "Frauentag"), new(Day(2029, 10, 3), "Tag der Deutschen Einheit"), new(Day(2029, 5, 1), "Tag der Arbeit")];
        var compared = HolidayImport.Compare(proposed, [new(Day(2029, 5, 1), Day(2029, 5, 1), "Tag der Arbeit")]);

        var toAdd = HolidayImport.ToAdd(compared, [Day(2029, 3, 8), Day(2029, 5, 1)]);

        Assert.That(compared, Has.Count.EqualTo(3));
        Assert.That(toAdd.Select(h => (h.Date, h.Name)), Is.EqualTo(new[] { (Day(2029, 3, 8), "Weltfrauentag") }));
    }

    /// <summary>The library checked against the seed's hand-kept Berlin list (seed-data/centres.json, 2027): the same ten days.</summary>
    [Test]
    public void The_librarys_Berlin_holidays_match_the_seeds_hand_kept_list()
    {
        var berlin = HolidayCalendars.For("DE", "BE", 2027)!.Select(h => h.Date);

        Assert.That(berlin, Is.EqualTo(new[]
        {
            Day(2027, 1, 1), Day(2027, 3, 8), Day(2027, 3, 26), Day(2027, 3, 29), Day(2027, 5, 1),
            Day(2027, 5, 6), Day(2027, 5, 17), Day(2027, 10, 3), Day(2027, 12, 25), Day(2027, 12, 26),
        }));
    }

    [Test]
    public void Germany_without_a_region_has_no_Berlin_only_holiday()
    {
        Assert.That(HolidayCalendars.For("DE", null, 2027)!.Select(h => h.Date), Does.Not.Contain(Day(2027, 3, 8)));
    }

    [TestCase("IN")]
    [TestCase("XX")]
    [TestCase("PO")]
    [TestCase("")]
    public void A_country_the_library_has_no_calendar_for_is_not_supported(string country)
    {
        Assert.That(HolidayCalendars.Supports(country), Is.False);
        Assert.That(HolidayCalendars.For(country, null, 2027), Is.Null);
    }

    [Test]
    public void A_region_the_country_does_not_have_gives_no_calendar()
    {
        Assert.That(HolidayCalendars.RegionsOf("PT").Select(r => r.Name), Is.EqualTo(new[] { "Madeira", "Açores" }));
        Assert.That(HolidayCalendars.For("PT", "BE", 2027), Is.Null);
        Assert.That(HolidayCalendars.RegionsOf("FR"), Is.Empty);
        Assert.That(HolidayCalendars.Supports("fr"), Is.True);
    }
}
