using Bootcamp.Domain.Common;

namespace Bootcamp.Domain.Programmes;

public sealed class Module
{
    /// <summary>The most planned time a module may have: a whole 39-week programme is about 1,500 hours.</summary>
    public const int MaxLectureMinutes = 1000 * 60;
    public const int MaxExerciseMinutes = 2000 * 60;

    private Module()
    {
        Title = "";
        Topics = [];
    }

    internal Module(string title, int position, int lectureMinutes, int exerciseMinutes, string? badgeName, IEnumerable<string> topics)
    {
        Title = title;
        Position = position;
        Topics = [.. topics];
        Update(title, lectureMinutes, exerciseMinutes, badgeName, Topics);
    }

    public int Id { get; private set; }
    public int ProgrammeId { get; private set; }
    public int Position { get; private set; }
    public string Title { get; private set; }
    public int PlannedLectureMinutes { get; private set; }
    public int PlannedExerciseMinutes { get; private set; }
    public string? BadgeName { get; private set; }
    public List<string> Topics { get; private set; }

    public void Update(string title, int lectureMinutes, int exerciseMinutes, string? badgeName, IEnumerable<string> topics)
    {
        if (string.IsNullOrWhiteSpace(title))
            throw new DomainException(nameof(Title), "A module needs a title.");
        if (lectureMinutes is < 0 or > MaxLectureMinutes)
            throw new DomainException(nameof(PlannedLectureMinutes), $"Lecture hours are 0 to {MaxLectureMinutes / 60}.");
        if (exerciseMinutes is < 0 or > MaxExerciseMinutes)
            throw new DomainException(nameof(PlannedExerciseMinutes), $"Exercise hours are 0 to {MaxExerciseMinutes / 60}.");
        Title = title.Trim();
        PlannedLectureMinutes = lectureMinutes;
        PlannedExerciseMinutes = exerciseMinutes;
        BadgeName = string.IsNullOrWhiteSpace(badgeName) ? null : badgeName.Trim();
        Topics = [.. topics.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim())];
    }

    internal void SetPosition(int position) => Position = position;
}
