using Bootcamp.Domain.Cohorts;

namespace Bootcamp.Web.Features.Cohorts;

/// <summary>One weekday of the weekly pattern on a form: whether there are lectures, and from when to when.</summary>
public sealed class PatternDayForm
{
    public DayOfWeek Day { get; set; }
    public bool Lectures { get; set; }
    public TimeOnly? Start { get; set; }
    public TimeOnly? End { get; set; }
}

/// <summary>
/// A form with the weekly lecture pattern: the cohort form and the schedule's generate form. Both show it with the one
/// partial <c>_WeeklyPattern.cshtml</c>, whose messages go under the form's <c>Pattern</c> key.
/// </summary>
public interface IWeeklyPatternForm
{
    /// <summary>One entry per weekday, Monday first.</summary>
    List<PatternDayForm> Days { get; }
}

public static class WeeklyPatternForm
{
    public static List<PatternDayForm> EmptyWeek() =>
        [.. Enum.GetValues<DayOfWeek>().OrderBy(PatternWords.MondayFirst).Select(d => new PatternDayForm { Day = d })];

    public static List<PatternDayForm> WeekOf(IEnumerable<LectureSlot> slots)
    {
        var week = EmptyWeek();
        foreach (var slot in slots)
        {
            var day = week.First(d => d.Day == slot.Day);
            day.Lectures = true;
            day.Start = slot.Start;
            day.End = slot.End;
        }
        return week;
    }

    public static IReadOnlyList<LectureSlot> Slots(this IWeeklyPatternForm form) =>
        [.. form.Days.Where(d => d.Lectures && d.Start is not null && d.End is not null).Select(d => new LectureSlot(d.Day, d.Start!.Value, d.End!.Value))];

    /// <summary>
    /// What is wrong with the weekly pattern. Not an <see cref="System.ComponentModel.DataAnnotations.IValidatableObject"/>
    /// rule: MVC skips those while any field is invalid, and the pattern's messages should show together with the others.
    /// </summary>
    public static IReadOnlyList<string> PatternProblems(this IWeeklyPatternForm form)
    {
        var untimed = form.Days.Where(d => d.Lectures && (d.Start is null || d.End is null)).Select(d => $"{d.Day}: enter a start and an end time.").ToList();
        return untimed.Count > 0 ? untimed : LecturePattern.Problems([.. form.Slots()]);
    }
}
