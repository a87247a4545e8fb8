namespace Bootcamp.Domain.Progress;

/// <summary>
/// The programme's planned exercise time laid over one cohort's calendar, as a running total per day.
/// </summary>
/// <remarks>
/// Each module's planned exercise is spread over that module's lecture sessions in proportion to their length:
/// hands-on work practises the lectures it follows, so a learner on plan has done 30% of a module's exercise once
/// 30% of its lecture time has been given. Cancelled sessions carry no share; the module's other sessions carry it.
/// A module without scheduled lecture time (a project module, or a calendar not yet generated) has nothing to
/// follow, so its exercise is spread evenly over every day from the cohort's start to its end date.
/// The plan is per learner: a cohort's plan is this times the learners enrolled on each day.
/// </remarks>
public sealed class ExercisePlan
{
    private readonly DateOnly _start;
    private readonly int _calendarDays;
    private readonly DateOnly[] _sessionDays;
    private readonly decimal[] _plannedThroughSessionDay;
    private readonly decimal _evenlySpread;

    private ExercisePlan(DateOnly start, DateOnly end, SortedDictionary<DateOnly, decimal> perSessionDay, decimal evenlySpread, int total)
    {
        _start = start;
        _calendarDays = Math.Max(1, end.DayNumber - start.DayNumber + 1);
        _sessionDays = [.. perSessionDay.Keys];
        _plannedThroughSessionDay = new decimal[_sessionDays.Length];
        var running = 0m;
        var i = 0;
        foreach (var minutes in perSessionDay.Values)
        {
            running += minutes;
            _plannedThroughSessionDay[i++] = running;
        }
        _evenlySpread = evenlySpread;
        TotalMinutes = total;
    }

    public int TotalMinutes { get; }

    public static ExercisePlan For(CohortFacts cohort)
    {
        var perSessionDay = new SortedDictionary<DateOnly, decimal>();
        var evenlySpread = 0m;
        var liveSessions = cohort.Sessions.Where(s => !s.Cancelled && s.Minutes > 0).ToLookup(s => s.ModuleId);
        foreach (var module in cohort.Modules.Where(m => m.PlannedExerciseMinutes > 0))
        {
            var sessions = liveSessions[module.ModuleId].ToList();
            var lectureMinutes = sessions.Sum(s => s.Minutes);
            if (lectureMinutes == 0)
            {
                evenlySpread += module.PlannedExerciseMinutes;
                continue;
            }
            foreach (var session in sessions)
            {
                var share = (decimal)module.PlannedExerciseMinutes * session.Minutes / lectureMinutes;
                perSessionDay[session.Date] = perSessionDay.GetValueOrDefault(session.Date) + share;
            }
        }
        var total = cohort.Modules.Sum(m => m.PlannedExerciseMinutes);
        return new ExercisePlan(cohort.StartDate, cohort.EndDate, perSessionDay, evenlySpread, total);
    }

    /// <summary>Minutes a learner on plan has done by the end of <paramref name="day"/>, counted from the cohort's start.</summary>
    public int ThroughDay(DateOnly day)
    {
        var index = Array.BinarySearch(_sessionDays, day);
        var lastCovered = index >= 0 ? index : ~index - 1;
        var followingLectures = lastCovered < 0 ? 0m : _plannedThroughSessionDay[lastCovered];
        var elapsedDays = Math.Clamp(day.DayNumber - _start.DayNumber + 1, 0, _calendarDays);
        return (int)Math.Round(followingLectures + _evenlySpread * elapsedDays / _calendarDays, MidpointRounding.AwayFromZero);
    }

    /// <summary>Minutes planned from the start of <paramref name="first"/> to the end of <paramref name="last"/>.</summary>
    public int Between(DateOnly first, DateOnly last) =>
        last < first ? 0 : ThroughDay(last) - ThroughDay(first.AddDays(-1));
}
