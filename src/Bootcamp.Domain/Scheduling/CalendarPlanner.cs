using System.Globalization;
using Bootcamp.Domain.Common;

namespace Bootcamp.Domain.Scheduling;

/// <summary>
/// A cohort's calendar planned from the scheduling form, or the reasons it cannot be, one per field. The sessions
/// are also given as <see cref="Candidates"/>, named as the conflict messages need.
/// </summary>
public sealed record CalendarPlan(RegeneratedSchedule? Result, IReadOnlyList<PatternProblem> Problems, IReadOnlyList<BookedSession> Candidates)
{
    public static CalendarPlan Refused(IReadOnlyList<PatternProblem> problems) => new(null, problems, []);
}

/// <summary>The cohort a calendar is planned for, with the names its sessions are shown with in conflict messages.</summary>
public sealed record PlannedCohort(int Id, string Code, string TimeZoneId, string? RoomName, IReadOnlyDictionary<int, string> InstructorNames);

public static class CalendarPlanner
{
    /// <summary>Problems of the whole form rather than one field.</summary>
    public const string FormField = "";

    /// <summary>
    /// Plans the calendar. A cohort without sessions is planned from its start date; otherwise from
    /// <paramref name="today"/>, so past sessions (and any with attendance) are kept as they are. A pattern that
    /// cannot place every lecture hour within the generator's horizon is refused rather than saved incomplete.
    /// A rota, when the request has one, decides each new session's instructor; kept sessions keep theirs.
    /// </summary>
    public static CalendarPlan Plan(ScheduleRequest request, IReadOnlyList<ExistingSession> existing, DateOnly today, PlannedCohort cohort)
    {
        var problems = new List<PatternProblem>();
        if (!CalendarRange.Contains(request.StartDate))
            problems.Add(new(PatternValidation.StartDateField, CalendarRange.Problem("The first lecture day")));
        else
            problems.AddRange(PatternValidation.Problems([.. request.Pattern], request.StartDate, request.Closed));
        if (request.Modules.Sum(m => m.LectureMinutes) == 0)
            problems.Add(new(FormField, "The programme has no planned lecture time yet: give its modules lecture hours first."));
        if (problems.Count > 0)
            return CalendarPlan.Refused(problems);

        var fromDate = existing.Count == 0 ? request.StartDate : today;
        var result = ScheduleGenerator.Regenerate(request, existing, fromDate);
        if (request.Rota is { } rota)
            result = result with { Planned = result.Planned with { Sessions = rota.Assign(result.Planned.Sessions) } };
        if (result.Planned.UnplannedMinutes > 0)
        {
            return CalendarPlan.Refused([new(PatternValidation.PatternField, string.Create(CultureInfo.InvariantCulture,
                $"This pattern leaves {result.Planned.UnplannedMinutes / 60.0:0.#} h of lectures unplanned within two years: add lecture days or longer slots."))]);
        }
        var candidates = result.Planned.Sessions.Select(planned =>
            new BookedSession(null, cohort.Id, cohort.Code, cohort.TimeZoneId, planned.StartUtc, planned.EndUtc)
            {
                RoomId = planned.RoomId,
                RoomName = cohort.RoomName,
                InstructorId = planned.InstructorId,
                InstructorName = planned.InstructorId is { } id ? cohort.InstructorNames.GetValueOrDefault(id) : null,
            }).ToList();
        return new CalendarPlan(result, [], candidates);
    }
}
