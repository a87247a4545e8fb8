using Bootcamp.Domain.Common;

namespace Bootcamp.Domain.Centres;

public sealed class TrainingCentre
{
    private readonly List<Room> _rooms = [];
    private readonly List<Holiday> _holidays = [];

    private TrainingCentre()
    {
        Name = null!;
        City = null!;
        CountryCode = null!;
        TimeZoneId = null!;
    }

    public TrainingCentre(string name, string city, string countryCode, string timeZoneId, int? operatorPartnerId)
    {
        Name = name;
        City = city;
        CountryCode = countryCode;
        TimeZoneId = timeZoneId;
        Update(name, city, countryCode, timeZoneId, operatorPartnerId);
    }

    public int Id { get; private set; }
    public string Name { get; private set; }
    public string City { get; private set; }
    public string CountryCode { get; private set; }
    public string TimeZoneId { get; private set; }
    public int? OperatorPartnerId { get; private set; }
    public IReadOnlyList<Room> Rooms => _rooms;
    public IReadOnlyList<Holiday> Holidays => _holidays;

    public void Update(string name, string city, string countryCode, string timeZoneId, int? operatorPartnerId)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new DomainException(nameof(Name), "A centre needs a name.");
        if (countryCode is not { Length: 2 } || !countryCode.All(char.IsAsciiLetterUpper))
            throw new DomainException(nameof(CountryCode), "Use the two-letter ISO country code, for example DE.");
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out _))
            throw new DomainException(nameof(TimeZoneId), $"'{timeZoneId}' is not a known IANA time zone, for example Europe/Berlin.");
        Name = name.Trim();
        City = city.Trim();
        CountryCode = countryCode;
        TimeZoneId = timeZoneId;
        OperatorPartnerId = operatorPartnerId;
    }

    public Room AddRoom(string name, int capacity)
    {
        if (_rooms.Any(r => string.Equals(r.Name, name.Trim(), StringComparison.OrdinalIgnoreCase)))
            throw new DomainException("RoomName", $"The centre already has a room called {name}.");
        var room = new Room(name, capacity);
        _rooms.Add(room);
        return room;
    }

    public Holiday AddHoliday(string name, DateOnly firstDay, DateOnly lastDay, HolidayKind kind)
    {
        var holiday = new Holiday(name, firstDay, lastDay, kind);
        _holidays.Add(holiday);
        return holiday;
    }

    public void RemoveHoliday(int holidayId) => _holidays.RemoveAll(h => h.Id == holidayId);

    public bool IsClosedOn(DateOnly date) => _holidays.Any(h => h.Covers(date));
}
