using Bootcamp.Web.Features.Shared;

namespace Bootcamp.Web.Features.Attendance;

/// <summary><paramref name="Refusal"/> says why the roster cannot be taken now; null when it can.</summary>
public sealed record RosterViewModel(RosterSession Session, IReadOnlyList<RosterLearner> Learners, RosterForm Form, IReadOnlyDictionary<string, string> Names, string? Refusal)
{
    public bool CanTake => Refusal is null;

    public bool Taken => Learners.Any(l => l.Status is not null);
}

public sealed record SessionHistoryViewModel(RosterSession Session, IReadOnlyList<AuditRow> Rows);
