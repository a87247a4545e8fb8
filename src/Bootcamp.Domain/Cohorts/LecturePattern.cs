namespace Bootcamp.Domain.Cohorts;

/// <summary>The weekly lecture pattern of a cohort, checked as a whole.</summary>
public static class LecturePattern
{
    public static IReadOnlyList<string> Problems(IReadOnlyCollection<LectureSlot> slots)
    {
        var problems = new List<string>();
        if (slots.Count == 0)
            problems.Add("Choose at least one lecture day.");
        foreach (var slot in slots)
        {
            if (slot.End == slot.Start)
                problems.Add($"{slot.Day}: the lecture starts and ends at {slot.Start:HH\\:mm}; give it a length.");
            else if (slot.End < slot.Start)
                problems.Add($"{slot.Day}: the lecture ends at {slot.End:HH\\:mm}, before it starts at {slot.Start:HH\\:mm}.");
        }
        foreach (var day in slots.GroupBy(s => s.Day).Where(g => g.Count() > 1))
        {
            var ordered = day.OrderBy(s => s.Start).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                if (ordered[i].Start < ordered[i - 1].End)
                    problems.Add($"{day.Key}: two lecture slots overlap.");
            }
        }
        return problems;
    }
}
