using Bootcamp.Domain.Common;

namespace Bootcamp.Domain.Centres;

public sealed class Room
{
    private Room()
    {
        Name = null!;
    }

    internal Room(string name, int capacity)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new DomainException("RoomName", "A room needs a name.");
        if (capacity is < 1 or > 500)
            throw new DomainException("RoomCapacity", "A room holds 1 to 500 people.");
        Name = name.Trim();
        Capacity = capacity;
    }

    public int Id { get; private set; }
    public int CentreId { get; private set; }
    public string Name { get; private set; }
    public int Capacity { get; private set; }
}
