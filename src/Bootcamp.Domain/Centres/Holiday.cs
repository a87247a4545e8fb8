using Bootcamp.Domain.Common;

namespace Bootcamp.Domain.Centres;

public enum HolidayKind
{
    PublicHoliday,
    Closure,
}

/// <summary>A public holiday or a closure period of a centre: no lectures on any day from first to last.</summary>
public sealed class Holiday
{
    private Holiday()
    {
        Name = null!;
    }

    internal Holiday(string name, DateOnly firstDay, DateOnly lastDay, HolidayKind kind)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new DomainException("HolidayName", "A holiday needs a name.");
        CalendarRange.Check("HolidayFirstDay", firstDay, "The first day");
        CalendarRange.Check("HolidayLastDay", lastDay, "The last day");
        if (lastDay < firstDay)
            throw new DomainException("HolidayLastDay", "The last day cannot be before the first day.");
        Name = name.Trim();
        FirstDay = firstDay;
        LastDay = lastDay;
        Kind = kind;
    }

    public int Id { get; private set; }
    public int CentreId { get; private set; }
    public string Name { get; private set; }
    public DateOnly FirstDay { get; private set; }
    public DateOnly LastDay { get; private set; }
    public HolidayKind Kind { get; private set; }

    public bool Covers(DateOnly date) => date >= FirstDay && date <= LastDay;
}
