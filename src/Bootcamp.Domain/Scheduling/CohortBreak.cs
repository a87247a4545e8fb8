using Bootcamp.Domain.Common;

namespace Bootcamp.Domain.Scheduling;

/// <summary>Days that staff mark as a break for one cohort (for example a project week): no lectures are planned on them.</summary>
public sealed class CohortBreak
{
    private CohortBreak()
    {
        Name = null!;
    }

    public CohortBreak(int cohortId, string name, DateOnly firstDay, DateOnly lastDay)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new DomainException(nameof(Name), "A break needs a name.");
        CalendarRange.Check(nameof(FirstDay), firstDay, "The first day of a break");
        CalendarRange.Check(nameof(LastDay), lastDay, "The last day of a break");
        if (lastDay < firstDay)
            throw new DomainException(nameof(LastDay), "The last day cannot be before the first day.");
        CohortId = cohortId;
        Name = name.Trim();
        FirstDay = firstDay;
        LastDay = lastDay;
    }

    public int Id { get; private set; }
    public int CohortId { get; private set; }
    public string Name { get; private set; }
    public DateOnly FirstDay { get; private set; }
    public DateOnly LastDay { get; private set; }

    public bool Covers(DateOnly date) => date >= FirstDay && date <= LastDay;
}
