using Bootcamp.Domain.Common;
using Bootcamp.Domain.Learners;

namespace Bootcamp.Domain.Logging;

/// <summary>Hours proposed for one learner on one day, before they are saved.</summary>
public sealed record ExerciseEntry(int LearnerId, int ModuleId, DateOnly Date, int Minutes, ExerciseKind Kind);

public readonly record struct LearnerDay(int LearnerId, DateOnly Date);

/// <summary>A learner of the cohort as the logging rules need them: a name for messages and the enrolment dates.</summary>
public sealed record LoggableLearner(string Name, EnrolmentPeriod Enrolment);

/// <summary>
/// The cohort's side of the logging rules. <paramref name="AlreadyLoggedMinutes"/> holds the minutes stored per
/// learner and day; when an entry is being corrected, its stored minutes must be left out of it.
/// <paramref name="CohortEnd"/> is null while the cohort's calendar is not generated.
/// </summary>
public sealed record LoggingContext(
    DateOnly Today,
    DateOnly CohortStart,
    DateOnly? CohortEnd,
    IReadOnlySet<int> ProgrammeModuleIds,
    IReadOnlyDictionary<int, LoggableLearner> Learners,
    IReadOnlyDictionary<LearnerDay, int> AlreadyLoggedMinutes);

/// <summary>The rules of issue 4 for exercise hours, as values: an empty answer means the entries may be saved.</summary>
public static class ExerciseEntryRules
{
    public const string QuarterHours = "Log hours in quarter hours (0.25, 0.5, 0.75 ...).";

    public static IReadOnlyList<FieldProblem> Check(ExerciseEntry entry, LoggingContext context) =>
        [.. CheckBatch([entry], context).Select(p => new FieldProblem(p.Field, p.Message))];

    /// <summary>
    /// Checks every entry, and the day totals across the batch and what is already stored, so that a batch is
    /// saved whole or not at all. A day over the limit is reported on every entry of the batch for that day; an entry
    /// whose hours are already refused on their own is left out of its day's total, so a field gets one message.
    /// </summary>
    public static IReadOnlyList<EntryProblem> CheckBatch(IReadOnlyList<ExerciseEntry> entries, LoggingContext context)
    {
        var problems = new List<EntryProblem>();
        for (var i = 0; i < entries.Count; i++)
            problems.AddRange(Single(entries[i], context).Select(p => new EntryProblem(i, p.Field, p.Message)));
        problems.AddRange(DayTotals(entries, context));
        return [.. problems.OrderBy(p => p.Index)];
    }

    private static IEnumerable<FieldProblem> Single(ExerciseEntry entry, LoggingContext context)
    {
        if (entry.Minutes <= 0)
            yield return new(nameof(entry.Minutes), "Hours must be more than 0.");
        else if (entry.Minutes % 15 != 0)
            yield return new(nameof(entry.Minutes), QuarterHours);

        if (!context.ProgrammeModuleIds.Contains(entry.ModuleId))
            yield return new(nameof(entry.ModuleId), "This module is not part of the cohort's programme.");

        if (!context.Learners.TryGetValue(entry.LearnerId, out var learner))
            yield return new(nameof(entry.LearnerId), "This learner is not enrolled in the cohort.");

        if (DateProblem(entry.Date, learner, context) is { } dateProblem)
            yield return new(nameof(entry.Date), dateProblem);
    }

    /// <summary>The first date rule broken, from the widest to the narrowest, so a form shows one message per field.</summary>
    private static string? DateProblem(DateOnly date, LoggableLearner? learner, LoggingContext context)
    {
        if (date > context.Today)
            return "Hours cannot be logged for a day in the future.";
        if (date < context.CohortStart)
            return $"The cohort starts on {Wording.Date(context.CohortStart)}; hours before that cannot be logged.";
        if (context.CohortEnd is { } end && date > end)
            return $"The cohort ended on {Wording.Date(end)}; hours after that cannot be logged.";
        if (learner is null)
            return null;
        var enrolment = learner.Enrolment;
        if (date < enrolment.EnrolledOn)
            return $"{learner.Name} enrolled on {Wording.Date(enrolment.EnrolledOn)}; hours before that cannot be logged.";
        if (enrolment.LeftOn is { } left && date >= left)
        {
            var how = enrolment.Status == EnrolmentStatus.Deferred ? "deferred" : "withdrawn";
            return $"{learner.Name} was {how} on {Wording.Date(left)}; hours from that day on cannot be logged.";
        }
        return null;
    }

    private static IEnumerable<EntryProblem> DayTotals(IReadOnlyList<ExerciseEntry> entries, LoggingContext context)
    {
        var days = entries.Select((entry, index) => (entry, index))
            .Where(x => x.entry.Minutes > 0 && x.entry.Minutes % 15 == 0)
            .GroupBy(x => new LearnerDay(x.entry.LearnerId, x.entry.Date));
        foreach (var day in days)
        {
            var already = context.AlreadyLoggedMinutes.GetValueOrDefault(day.Key);
            var total = already + day.Sum(x => x.entry.Minutes);
            if (total <= ExerciseLog.MaxMinutesPerDay)
                continue;
            var name = context.Learners.TryGetValue(day.Key.LearnerId, out var learner) ? learner.Name : "The learner";
            var stored = already > 0 ? $" ({Wording.Hours(already)} already logged)" : "";
            var message = $"{name} would have {Wording.Hours(total)} on {Wording.Date(day.Key.Date)}{stored}; at most {ExerciseLog.MaxMinutesPerDay / 60} h a day.";
            foreach (var (_, index) in day)
                yield return new(index, nameof(ExerciseEntry.Minutes), message);
        }
    }
}
