using Bootcamp.Domain.Cohorts;

namespace Bootcamp.Web.Features.Cohorts;

/// <summary>A weekly lecture pattern said in words, for example "Mondays and Wednesdays 17:30–21:00 (7 h a week)".</summary>
public static class PatternWords
{
    public static string Describe(IReadOnlyCollection<LectureSlot> slots)
    {
        if (slots.Count == 0)
            return "No lecture days set";
        var groups = slots
            .OrderBy(s => MondayFirst(s.Day)).ThenBy(s => s.Start)
            .GroupBy(s => (s.Start, s.End))
            .Select(g => $"{List(g.Select(s => s.Day + "s").Distinct().ToList())} {g.Key.Start:HH\\:mm}–{g.Key.End:HH\\:mm}");
        return $"{string.Join("; ", groups)} ({Hours(slots.Sum(s => s.Minutes))} a week)";
    }

    public static int MondayFirst(DayOfWeek day) => ((int)day + 6) % 7;

    private static string List(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];

    private static string Hours(int minutes) =>
        minutes % 60 == 0 ? $"{minutes / 60} h" : $"{minutes / 60} h {minutes % 60} min";
}
