using Bootcamp.Domain.Common;

namespace Bootcamp.Domain.SoftSkills;

/// <summary>
/// A moment of a cohort at which instructors rate soft skills (for example mid-programme and final). The cohort's
/// last point by date is its final assessment, which the graduation criterion reads.
/// </summary>
public sealed class AssessmentPoint
{
    public const int MaxNameLength = 40;

    private AssessmentPoint()
    {
        Name = null!;
    }

    public AssessmentPoint(int cohortId, string name, DateOnly date)
    {
        CohortId = cohortId;
        Name = "";
        Update(name, date);
    }

    public int Id { get; private set; }
    public int CohortId { get; private set; }
    public string Name { get; private set; }
    public DateOnly Date { get; private set; }

    public void Update(string name, DateOnly date)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new DomainException(nameof(Name), "An assessment point needs a name.");
        if (name.Trim().Length > MaxNameLength)
            throw new DomainException(nameof(Name), $"Keep the name to {MaxNameLength} characters.");
        CalendarRange.Check(nameof(Date), date, "The date");
        Name = name.Trim();
        Date = date;
    }
}
