using Bootcamp.Web.Features.Shared;
using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Learners;
using Bootcamp.Web.Features.Progress;

namespace Bootcamp.Web.Features.Cohorts;

/// <summary>The list filters, read from the query string so that a filtered list can be bookmarked.</summary>
public sealed class CohortFilter
{
    public int? Centre { get; set; }
    public int? Programme { get; set; }
    public CohortStatus? Status { get; set; }
    public string? Q { get; set; }
    public int Page { get; set; } = 1;

    public bool IsEmpty => Centre is null && Programme is null && Status is null && string.IsNullOrWhiteSpace(Q);
}


public sealed record CohortListRow(
    int Id, string Code, string Programme, string Centre, CohortStatus Status, DateOnly StartDate, DateOnly? EndDate, int Enrolled, int Capacity);

public sealed record CohortListViewModel(
    CohortFilter Filter,
    IReadOnlyList<Choice> Centres,
    IReadOnlyList<Choice> Programmes,
    IReadOnlyList<CohortListRow> Rows,
    int Total,
    int Pages,
    bool CanCreate);

public sealed record CohortLearnerRow(
    int EnrolmentId, int LearnerId, string Name, string? Email, EnrolmentStatus Status, DateOnly EnrolledOn, DateOnly? StatusChangedOn, string? Reason);

public sealed record CohortDetailsViewModel(
    int Id,
    string Code,
    string Programme,
    string ProgrammeCode,
    string Centre,
    string TimeZoneId,
    CohortStatus Status,
    DateOnly StartDate,
    DateOnly? EndDate,
    string Pattern,
    string? DefaultRoom,
    IReadOnlyList<string> Instructors,
    IReadOnlyList<string> Sponsors,
    int Capacity,
    IReadOnlyList<CohortLearnerRow> Learners,
    bool CanManage,
    CohortProgressViewModel? Progress,
    string? CancellationReason = null)
{
    public int Enrolled => Learners.Count(l => l.Status == EnrolmentStatus.Enrolled);

    /// <summary>Whether the learners' e-mail addresses were read: not for partners.</summary>
    public bool ShowsContact => Learners.Any(l => l.Email is not null);

    public IEnumerable<(EnrolmentStatus Status, int Count)> Counts =>
        Learners.GroupBy(l => l.Status).OrderBy(g => g.Key).Select(g => (g.Key, g.Count()));
}

public sealed record RoomChoice(int Id, string Name, int Capacity, int CentreId, string Centre);

/// <summary>An instructor offered for a cohort, grouped in the list by home centre.</summary>
public sealed record InstructorChoice(int Id, string Name, string HomeCentre);

public sealed record CohortFormViewModel(
    CohortForm Form,
    int? CohortId,
    string? FixedProgramme,
    string? FixedCentre,
    IReadOnlyList<Choice> Programmes,
    IReadOnlyList<Choice> Centres,
    IReadOnlyList<RoomChoice> Rooms,
    IReadOnlyList<InstructorChoice> Instructors,
    IReadOnlyList<CohortStatus> Statuses);
