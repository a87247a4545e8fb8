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


/// <summary><paramref name="Learners"/> counts every enrolment, graduates and withdrawals too; <paramref name="Enrolled"/> only the seats taken now.</summary>
public sealed record CohortListRow(
    int Id, string Code, string Programme, string Centre, CohortStatus Status, DateOnly StartDate, DateOnly? EndDate, int Enrolled, int Learners, int Capacity)
{
    public bool IsFinished => Status is CohortStatus.Completed or CohortStatus.Cancelled;

    /// <summary>A running cohort's seats taken; a finished one's learners (issue 12: a completed cohort said "0 / 20").</summary>
    public string LearnerCount => IsFinished ? CohortOutcome.LearnerWords(Learners) : $"{Enrolled} of {Capacity} seats";
}

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

/// <summary>One learner's line on the cohort page: the enrolment with the learner's progress beside it (issue 12: once, not twice).</summary>
public sealed record CohortLearnerLine(CohortLearnerRow Learner, LearnerProgressRow? Progress);

/// <summary>Something to do on the cohort now, linking to the page where it is done.</summary>
public sealed record NextStep(string Text, string Url, string? Detail = null);

/// <summary>How a finished cohort ended: its learners by outcome.</summary>
public sealed record CohortOutcome(int Learners, int Graduated, int NotGraduated, int Withdrawn, int Deferred, int AwaitingDecision)
{
    /// <summary>Graduates over the learners who stayed to the end (withdrawn and deferred ones left before it); null without any.</summary>
    public decimal? GraduationRate => Learners - Withdrawn - Deferred is > 0 and var stayed ? (decimal)Graduated / stayed : null;

    public static CohortOutcome Of(IEnumerable<EnrolmentStatus> statuses)
    {
        var all = statuses.ToList();
        int Count(EnrolmentStatus status) => all.Count(s => s == status);
        return new(all.Count, Count(EnrolmentStatus.Graduated), Count(EnrolmentStatus.NotGraduated), Count(EnrolmentStatus.Withdrawn),
            Count(EnrolmentStatus.Deferred), Count(EnrolmentStatus.Enrolled));
    }

    public static string LearnerWords(int count) => count == 1 ? "1 learner" : $"{count} learners";
}

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
    string? CancellationReason = null,
    IReadOnlyList<NextStep>? NextSteps = null,
    bool HasEnded = false)
{
    public int Enrolled => Learners.Count(l => l.Status == EnrolmentStatus.Enrolled);

    /// <summary>Whether the learners' e-mail addresses were read: not for partners.</summary>
    public bool ShowsContact => Learners.Any(l => l.Email is not null);

    public IEnumerable<(EnrolmentStatus Status, int Count)> Counts =>
        Learners.GroupBy(l => l.Status).OrderBy(g => g.Key).Select(g => (g.Key, g.Count()));

    /// <summary>Completed, or past its last lecture: the page shows how it ended rather than a pace.</summary>
    public bool IsFinished => Status == CohortStatus.Completed || (HasEnded && Status != CohortStatus.Cancelled);

    public CohortOutcome Outcome => CohortOutcome.Of(Learners.Select(l => l.Status));

    /// <summary>Each learner once, with their progress (the progress engine reads one enrolment per learner too).</summary>
    public IReadOnlyList<CohortLearnerLine> Lines
    {
        get
        {
            var progress = Progress?.Learners.ToDictionary(p => p.LearnerId) ?? [];
            return [.. Learners.Select(l => new CohortLearnerLine(l, progress.GetValueOrDefault(l.LearnerId)))];
        }
    }
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
