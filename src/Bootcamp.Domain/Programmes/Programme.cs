using Bootcamp.Domain.Common;

namespace Bootcamp.Domain.Programmes;

public sealed class Programme
{
    public const int MinWeeks = 26;
    public const int MaxWeeks = 39;
    /// <summary>The most exercise a programme may require; DESIGN.md's example is 400 h.</summary>
    public const int MaxRequiredExerciseMinutes = 5000 * 60;

    private readonly List<Module> _modules = [];

    private Programme()
    {
        Code = null!;
        Name = null!;
        Track = null!;
        Description = null!;
        Criteria = null!;
    }

    public Programme(string code, string name, string track, int durationWeeks, string description)
    {
        Code = code;
        Name = name;
        Track = track;
        Description = description;
        DurationWeeks = durationWeeks;
        Criteria = GraduationCriteria.Default;
        Validate();
    }

    public int Id { get; private set; }
    public string Code { get; private set; }
    public string Name { get; private set; }
    public string Track { get; private set; }
    public string Description { get; private set; }
    public int DurationWeeks { get; private set; }
    public GraduationCriteria Criteria { get; private set; }
    public IReadOnlyList<Module> Modules => _modules;

    public int PlannedLectureMinutes => _modules.Sum(m => m.PlannedLectureMinutes);
    public int PlannedExerciseMinutes => _modules.Sum(m => m.PlannedExerciseMinutes);

    public void Update(string code, string name, string track, int durationWeeks, string description)
    {
        Code = code;
        Name = name;
        Track = track;
        DurationWeeks = durationWeeks;
        Description = description;
        Validate();
    }

    public void SetCriteria(GraduationCriteria criteria)
    {
        if (criteria.MinAttendancePercent is < 0 or > 100)
            throw new DomainException(nameof(criteria.MinAttendancePercent), "Attendance is a percentage from 0 to 100.");
        if (criteria.MinExerciseMinutes is < 0 or > MaxRequiredExerciseMinutes)
            throw new DomainException(nameof(criteria.MinExerciseMinutes), $"Exercise hours are 0 to {MaxRequiredExerciseMinutes / 60}.");
        if (criteria.MinGroupSharePercent is < 0 or > 100)
            throw new DomainException(nameof(criteria.MinGroupSharePercent), "The group share is a percentage from 0 to 100.");
        if (criteria.MinSoftSkillAverage is < 0 or > 5)
            throw new DomainException(nameof(criteria.MinSoftSkillAverage), "Soft skills are scored 1 to 5, so the average is 0 to 5.");
        Criteria = criteria;
    }

    public Module AddModule(string title, int lectureMinutes, int exerciseMinutes, string? badgeName, IEnumerable<string>? topics = null)
    {
        var module = new Module(title, _modules.Count + 1, lectureMinutes, exerciseMinutes, badgeName, topics ?? []);
        _modules.Add(module);
        return module;
    }

    /// <summary>Moves a module one place up (-1) or down (+1), keeping the order dense from 1.</summary>
    public void MoveModule(int moduleId, int direction)
    {
        var ordered = _modules.OrderBy(m => m.Position).ToList();
        var index = ordered.FindIndex(m => m.Id == moduleId);
        var target = index + Math.Sign(direction);
        if (index < 0 || target < 0 || target >= ordered.Count)
            return;
        (ordered[index], ordered[target]) = (ordered[target], ordered[index]);
        for (var i = 0; i < ordered.Count; i++)
            ordered[i].SetPosition(i + 1);
    }

    private void Validate()
    {
        if (string.IsNullOrWhiteSpace(Code))
            throw new DomainException(nameof(Code), "A programme needs a code.");
        if (string.IsNullOrWhiteSpace(Name))
            throw new DomainException(nameof(Name), "A programme needs a name.");
        if (DurationWeeks is < MinWeeks or > MaxWeeks)
            throw new DomainException(nameof(DurationWeeks), $"A programme runs {MinWeeks} to {MaxWeeks} weeks.");
    }
}
