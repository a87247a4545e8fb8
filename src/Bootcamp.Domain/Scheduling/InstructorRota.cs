namespace Bootcamp.Domain.Scheduling;

/// <summary>How a cohort's lectures are shared among its instructors when the calendar is generated.</summary>
public enum InstructorSplit
{
    /// <summary>One instructor (or none yet) teaches every lecture.</summary>
    OneInstructor,

    /// <summary>Each module has its own instructor, as when a specialist teaches the databases module.</summary>
    ByModule,

    /// <summary>Each lecture weekday has its own instructor, as when one teaches Tuesdays and another Thursdays.</summary>
    ByWeekday,

    /// <summary>The instructors take turns, one lecture day each, in the order given.</summary>
    TakeTurns,
}

/// <summary>
/// Who teaches each planned session. A module or weekday without an instructor gets none, as a single lecture may
/// today ("No instructor yet"), so a rota can be saved before every instructor is known.
/// </summary>
public sealed record InstructorRota
{
    private InstructorRota(InstructorSplit split) => Split = split;

    public InstructorSplit Split { get; }
    public int? Instructor { get; private init; }
    public IReadOnlyList<int> Turns { get; private init; } = [];
    public IReadOnlyDictionary<int, int> ByModule { get; private init; } = new Dictionary<int, int>();
    public IReadOnlyDictionary<DayOfWeek, int> ByWeekday { get; private init; } = new Dictionary<DayOfWeek, int>();

    public static InstructorRota One(int? instructorId) => new(InstructorSplit.OneInstructor) { Instructor = instructorId };

    public static InstructorRota TakingTurns(IReadOnlyList<int> instructorIds) => new(InstructorSplit.TakeTurns) { Turns = [.. instructorIds.Distinct()] };

    public static InstructorRota PerModule(IReadOnlyDictionary<int, int> instructorByModule) =>
        new(InstructorSplit.ByModule) { ByModule = instructorByModule };

    public static InstructorRota PerWeekday(IReadOnlyDictionary<DayOfWeek, int> instructorByWeekday) =>
        new(InstructorSplit.ByWeekday) { ByWeekday = instructorByWeekday };

    /// <summary>Every instructor the rota names, each once, in the order first named.</summary>
    public IReadOnlyList<int> Instructors => Split switch
    {
        InstructorSplit.OneInstructor => Instructor is { } id ? [id] : [],
        InstructorSplit.TakeTurns => Turns,
        InstructorSplit.ByModule => [.. ByModule.Values.Distinct()],
        _ => [.. ByWeekday.OrderBy(d => ((int)d.Key + 6) % 7).Select(d => d.Value).Distinct()],
    };

    /// <summary>
    /// The sessions, in date order, each with the instructor the rota gives it. Taking turns goes by lecture day rather
    /// than by session, so a day with two slots keeps one instructor for the whole day; the first planned day is the
    /// first instructor's.
    /// </summary>
    public IReadOnlyList<PlannedSession> Assign(IReadOnlyList<PlannedSession> sessions)
    {
        if (Split == InstructorSplit.TakeTurns && Turns.Count == 0)
            return [.. sessions.Select(s => s with { InstructorId = null })];
        var assigned = new List<PlannedSession>(sessions.Count);
        var day = -1;
        DateOnly? lastDate = null;
        foreach (var session in sessions)
        {
            if (session.Date != lastDate)
            {
                day++;
                lastDate = session.Date;
            }
            assigned.Add(session with { InstructorId = InstructorFor(session, day) });
        }
        return assigned;
    }

    private int? InstructorFor(PlannedSession session, int lectureDay) => Split switch
    {
        InstructorSplit.OneInstructor => Instructor,
        InstructorSplit.TakeTurns => Turns[lectureDay % Turns.Count],
        InstructorSplit.ByModule => ByModule.TryGetValue(session.ModuleId, out var id) ? id : null,
        _ => ByWeekday.TryGetValue(session.Date.DayOfWeek, out var id) ? id : null,
    };
}
