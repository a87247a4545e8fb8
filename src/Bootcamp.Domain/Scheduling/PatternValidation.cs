using System.Globalization;
using Bootcamp.Domain.Cohorts;

namespace Bootcamp.Domain.Scheduling;

/// <summary>A reason the scheduling form cannot be used as it is, for the field it belongs to.</summary>
public sealed record PatternProblem(string Field, string Message);

/// <summary>Checks the scheduling form's weekly pattern and start date before anything is generated.</summary>
public static class PatternValidation
{
    public const string PatternField = "Pattern";
    public const string StartDateField = "StartDate";

    public static IReadOnlyList<PatternProblem> Problems(IReadOnlyCollection<LectureSlot> pattern, DateOnly startDate, ClosedDays closed)
    {
        var problems = LecturePattern.Problems(pattern).Select(m => new PatternProblem(PatternField, m)).ToList();
        if (closed.ReasonFor(startDate) is { } reason)
        {
            problems.Add(new(StartDateField, string.Create(CultureInfo.InvariantCulture,
                $"The start date {startDate:ddd d MMM yyyy} is a day without lectures ({reason}). Choose another start date.")));
        }
        return problems;
    }
}
