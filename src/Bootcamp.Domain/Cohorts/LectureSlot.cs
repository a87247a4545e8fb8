namespace Bootcamp.Domain.Cohorts;

/// <summary>One weekly lecture slot of a cohort's pattern, in the centre's local time.</summary>
public sealed record LectureSlot(DayOfWeek Day, TimeOnly Start, TimeOnly End)
{
    public int Minutes => (int)(End - Start).TotalMinutes;

    public override string ToString() => $"{Day.ToString()[..3]} {Start:HH\\:mm}–{End:HH\\:mm}";
}
