using System.Globalization;
using Bootcamp.Domain.Common;

namespace Bootcamp.Domain.Programmes;

public sealed class Programme
{
    public const int MinWeeks = 26;
    public const int MaxWeeks = 39;
    /// <summary>The most exercise a programme may require; DESIGN.md's example is 400 h.</summary>
    public const int MaxRequiredExerciseMinutes = 5000 * 60;

    private readonly List<Module> _modules = [];
    private readonly List<CriteriaVersion> _criteriaVersions = [];

    private Programme()
    {
        Code = null!;
        Name = null!;
        Track = null!;
        Description = null!;
        Criteria = null!;
        MicroCredential = null!;
    }

    public Programme(string code, string name, string track, int durationWeeks, string description)
    {
        Code = code;
        Name = name;
        Track = track;
        Description = description;
        DurationWeeks = durationWeeks;
        Criteria = GraduationCriteria.Default;
        MicroCredential = MicroCredentialProfile.Empty;
        Validate();
    }

    public int Id { get; private set; }
    public string Code { get; private set; }
    public string Name { get; private set; }
    public string Track { get; private set; }
    public string Description { get; private set; }
    public int DurationWeeks { get; private set; }
    /// <summary>The programme's first criteria (version 1), which judge every cohort unless a later version is in force at its start.</summary>
    public GraduationCriteria Criteria { get; private set; }
    public MicroCredentialProfile MicroCredential { get; private set; }
    public IReadOnlyList<Module> Modules => _modules;

    /// <summary>Later versions of the criteria (2, 3, ...), each for cohorts starting on or after its day.</summary>
    public IReadOnlyList<CriteriaVersion> CriteriaVersions => _criteriaVersions;

    /// <summary>The criteria a cohort starting today or later is judged by.</summary>
    public CriteriaInForce LatestCriteria => CriteriaInForce.For(Criteria, _criteriaVersions, DateOnly.MaxValue);

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

    /// <summary>Sets the first criteria: for a new programme, before any revision exists.</summary>
    public void SetCriteria(GraduationCriteria criteria)
    {
        CriteriaInForce.Check(criteria);
        if (_criteriaVersions.Count > 0)
            throw new InvalidOperationException("The first criteria cannot change once revised; add a version instead.");
        Criteria = criteria;
    }

    /// <summary>
    /// Revises the criteria for cohorts that start on or after <paramref name="inForceFrom"/>, keeping every earlier
    /// version for the cohorts it judges. The day may not be in the past (a cohort that already started keeps its
    /// goalposts) nor before the latest version's day. The same criteria as the latest version change nothing.
    /// </summary>
    public CriteriaVersion? ReviseCriteria(GraduationCriteria criteria, DateOnly inForceFrom, DateOnly today, string changedBy, DateTime changedAtUtc)
    {
        CriteriaInForce.Check(criteria);
        var latest = LatestCriteria;
        if (criteria == latest.Criteria)
            return null;
        if (inForceFrom < today)
            throw new DomainException(nameof(CriteriaVersion.InForceFrom), "New criteria apply from today or a later day; cohorts that already started keep theirs.");
        if (latest.InForceFrom is { } previous && inForceFrom < previous)
            throw new DomainException(nameof(CriteriaVersion.InForceFrom),
                $"Version {latest.Version} is in force from {previous.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}; the new version cannot start earlier.");
        CalendarRange.Check(nameof(CriteriaVersion.InForceFrom), inForceFrom, "The first start day of the new criteria");
        var version = new CriteriaVersion(latest.Version + 1, inForceFrom, criteria, changedBy, changedAtUtc);
        _criteriaVersions.Add(version);
        return version;
    }

    public void SetMicroCredential(MicroCredentialProfile profile) => MicroCredential = profile.Checked();

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
