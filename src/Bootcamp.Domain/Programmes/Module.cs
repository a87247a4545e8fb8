using Bootcamp.Domain.Common;

namespace Bootcamp.Domain.Programmes;

public sealed class Module
{
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
        if (lectureMinutes < 0)
            throw new DomainException(nameof(PlannedLectureMinutes), "Planned lecture time cannot be negative.");
        if (exerciseMinutes < 0)
            throw new DomainException(nameof(PlannedExerciseMinutes), "Planned exercise time cannot be negative.");
        Title = title.Trim();
        PlannedLectureMinutes = lectureMinutes;
        PlannedExerciseMinutes = exerciseMinutes;
        BadgeName = string.IsNullOrWhiteSpace(badgeName) ? null : badgeName.Trim();
        Topics = [.. topics.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim())];
    }

    internal void SetPosition(int position) => Position = position;
}
