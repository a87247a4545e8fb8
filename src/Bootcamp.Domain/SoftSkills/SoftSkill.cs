using Bootcamp.Domain.Common;

namespace Bootcamp.Domain.SoftSkills;

/// <summary>
/// One skill of a programme's soft-skill rubric (teamwork, communication, ... as the programme says), with what each
/// level from 1 to 5 looks like, so that every instructor of every cohort reads a 3 the same way.
/// </summary>
public sealed class SoftSkill
{
    public const int Levels = SoftSkillAssessment.MaxScore;
    public const int MaxNameLength = 60;
    public const int MaxDescriptorLength = 300;

    private SoftSkill()
    {
        Name = null!;
        Descriptors = [];
    }

    public SoftSkill(int programmeId, int position, string name, IReadOnlyList<string> descriptors)
    {
        ProgrammeId = programmeId;
        Position = position;
        Name = "";
        Descriptors = [];
        Update(name, descriptors);
    }

    public int Id { get; private set; }
    public int ProgrammeId { get; private set; }
    public int Position { get; private set; }
    public string Name { get; private set; }

    /// <summary>What level 1 to 5 looks like, in that order.</summary>
    public List<string> Descriptors { get; private set; }

    public void Update(string name, IReadOnlyList<string> descriptors)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new DomainException(nameof(Name), "A skill needs a name.");
        if (name.Trim().Length > MaxNameLength)
            throw new DomainException(nameof(Name), $"Keep the skill's name to {MaxNameLength} characters.");
        if (descriptors.Count != Levels)
            throw new DomainException(nameof(Descriptors), $"A skill describes each level from 1 to {Levels}.");
        for (var level = 1; level <= Levels; level++)
        {
            var text = descriptors[level - 1];
            if (string.IsNullOrWhiteSpace(text))
                throw new DomainException($"{nameof(Descriptors)}[{level - 1}]", $"Describe level {level}.");
            if (text.Trim().Length > MaxDescriptorLength)
                throw new DomainException($"{nameof(Descriptors)}[{level - 1}]", $"Keep level {level} to {MaxDescriptorLength} characters.");
        }
        Name = name.Trim();
        Descriptors = [.. descriptors.Select(d => d.Trim())];
    }
}
