using Bootcamp.Domain.Programmes;
using Bootcamp.Domain.Progress;

namespace Bootcamp.UnitTests.Progress;

/// <summary>
/// A four-week cohort from Monday 5 January 2026 to Friday 30 January 2026 with one 3-hour lecture each weekday at
/// 09:00 UTC. Module 1 ("Web basics") has sessions 1-10 (5 to 16 Jan), module 2 ("Databases") sessions 11-20
/// (19 to 30 Jan); each plans 40 h of exercise and awards a badge. The requirement is 80 h, a quarter in groups.
/// The rubric has <see cref="Teamwork"/> and <see cref="Communication"/>; the assessment points are
/// <see cref="Initial"/> (7 Jan), <see cref="Midpoint"/> (16 Jan) and <see cref="Final"/> (1 Feb).
/// </summary>
public sealed class CohortFactsBuilder
{
    public static readonly DateOnly Start = new(2026, 1, 5);
    public static readonly DateOnly End = new(2026, 1, 30);
    public static readonly SkillFact Teamwork = new(1, "Teamwork");
    public static readonly SkillFact Communication = new(2, "Communication");
    public static readonly SkillFact Adaptability = new(3, "Adaptability");
    public static readonly PointFact Initial = new(1, "Initial", new(2026, 1, 7));
    public static readonly PointFact Midpoint = new(2, "Midpoint", new(2026, 1, 16));
    public static readonly PointFact Final = new(3, "Final", new(2026, 2, 1));

    private readonly List<ModuleTarget> _modules =
    [
        new(1, "Web basics", 30 * 60, 40 * 60, "Web Foundations"),
        new(2, "Databases", 30 * 60, 40 * 60, "Data Modelling"),
    ];
    private readonly List<SessionFact> _sessions = [];
    private readonly List<SkillFact> _skills = [Teamwork, Communication];
    private GraduationCriteria _criteria = GraduationCriteria.Default with { MinExerciseMinutes = 80 * 60 };
    private DateTime _nowUtc = new(2026, 1, 10, 12, 0, 0, DateTimeKind.Utc);
    private DateOnly _today = new(2026, 1, 10);

    public CohortFactsBuilder()
    {
        var id = 1;
        foreach (var date in Weekdays(Start, End))
            _sessions.Add(new(id, id++ <= 10 ? 1 : 2, date, date.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc), 180, false));
    }

    public static IEnumerable<DateOnly> Weekdays(DateOnly from, DateOnly to)
    {
        for (var date = from; date <= to; date = date.AddDays(1))
            if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                yield return date;
    }

    public static int SessionOn(DateOnly date) => Weekdays(Start, date).Count();

    /// <summary>Today is that day, at noon UTC: the day's 09:00 lecture has been held.</summary>
    public CohortFactsBuilder On(DateOnly today, int utcHour = 12)
    {
        _today = today;
        _nowUtc = today.ToDateTime(new TimeOnly(utcHour, 0), DateTimeKind.Utc);
        return this;
    }

    public CohortFactsBuilder Cancel(DateOnly date)
    {
        var index = _sessions.FindIndex(s => s.Date == date);
        _sessions[index] = _sessions[index] with { Cancelled = true };
        return this;
    }

    public CohortFactsBuilder WithModule(ModuleTarget module)
    {
        _modules.Add(module);
        return this;
    }

    public CohortFactsBuilder WithSkill(SkillFact skill)
    {
        _skills.Add(skill);
        return this;
    }

    public CohortFactsBuilder With(Func<GraduationCriteria, GraduationCriteria> change)
    {
        _criteria = change(_criteria);
        return this;
    }

    public CohortFacts Build() => new(Start, End, [.. _modules], [.. _sessions], _criteria, _today, _nowUtc, [.. _skills], [Initial, Midpoint, Final]);
}
