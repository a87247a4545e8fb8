using Bootcamp.Domain.Common;

namespace Bootcamp.Domain.Cohorts;

public sealed class Cohort
{
    private readonly List<CohortInstructor> _instructors = [];
    private readonly List<CohortSponsor> _sponsors = [];

    private Cohort()
    {
        Code = null!;
    }

    public Cohort(string code, int programmeId, int centreId, DateOnly startDate, int capacity, IEnumerable<LectureSlot> pattern)
    {
        Code = code;
        ProgrammeId = programmeId;
        CentreId = centreId;
        Update(code, startDate, capacity, null, pattern);
        Status = CohortStatus.Planned;
    }

    public int Id { get; private set; }
    /// <summary>The secret part of the private iCal feed URL; resetting it invalidates old subscriptions.</summary>
    public string CalendarToken { get; private set; } = NewCalendarToken();
    public string Code { get; private set; }
    public int ProgrammeId { get; private set; }
    public int CentreId { get; private set; }
    public DateOnly StartDate { get; private set; }
    /// <summary>The last lecture day; set when the calendar is generated.</summary>
    public DateOnly? EndDate { get; private set; }
    public int Capacity { get; private set; }
    public int? DefaultRoomId { get; private set; }
    public CohortStatus Status { get; private set; }
    /// <summary>Why the cohort was cancelled; set only on a cancelled cohort.</summary>
    public string? CancellationReason { get; private set; }
    /// <summary>The weekly lecture pattern; replaced as a whole, never changed in place.</summary>
    public IReadOnlyList<LectureSlot> Pattern { get; private set; } = [];
    public IReadOnlyList<CohortInstructor> Instructors => _instructors;
    public IReadOnlyList<CohortSponsor> Sponsors => _sponsors;

    public void Update(string code, DateOnly startDate, int capacity, int? defaultRoomId, IEnumerable<LectureSlot> pattern)
    {
        if (string.IsNullOrWhiteSpace(code))
            throw new DomainException(nameof(Code), "A cohort needs a code.");
        CalendarRange.Check(nameof(StartDate), startDate, "The start date");
        if (capacity is < 1 or > 200)
            throw new DomainException(nameof(Capacity), "Capacity is 1 to 200 learners.");
        var slots = pattern.ToList();
        var problems = LecturePattern.Problems(slots);
        if (problems.Count > 0)
            throw new DomainException(nameof(Pattern), problems[0]);
        Code = code.Trim();
        StartDate = startDate;
        Capacity = capacity;
        DefaultRoomId = defaultRoomId;
        Pattern = slots.AsReadOnly();
    }

    public void SetEndDate(DateOnly? endDate)
    {
        if (endDate < StartDate)
            throw new DomainException(nameof(EndDate), "The end date cannot be before the start date.");
        EndDate = endDate;
    }

    /// <summary>Moves the status forward (see <see cref="CohortStatusMoves"/>); cancelling needs a reason.</summary>
    public void ChangeStatus(CohortStatus status, string? reason = null)
    {
        if (CohortStatusMoves.Problem(Status, status) is { } problem)
            throw new DomainException(nameof(Status), problem);
        if (status == Status)
            return;
        if (status == CohortStatus.Cancelled)
        {
            if (string.IsNullOrWhiteSpace(reason))
                throw new DomainException(nameof(CancellationReason), "Give a reason for cancelling the cohort.");
            if (reason.Trim().Length > CohortStatusMoves.MaxReasonLength)
                throw new DomainException(nameof(CancellationReason), $"Keep the reason under {CohortStatusMoves.MaxReasonLength} characters.");
            CancellationReason = reason.Trim();
        }
        Status = status;
    }

    public void SetInstructors(IEnumerable<int> instructorIds)
    {
        var wanted = instructorIds.Distinct().ToList();
        _instructors.RemoveAll(i => !wanted.Contains(i.InstructorId));
        foreach (var id in wanted.Where(id => _instructors.All(i => i.InstructorId != id)))
            _instructors.Add(new CohortInstructor(id));
    }

    public void SetSponsors(IEnumerable<int> partnerIds)
    {
        var wanted = partnerIds.Distinct().ToList();
        _sponsors.RemoveAll(s => !wanted.Contains(s.PartnerId));
        foreach (var id in wanted.Where(id => _sponsors.All(s => s.PartnerId != id)))
            _sponsors.Add(new CohortSponsor(id));
    }

    public void ResetCalendarToken() => CalendarToken = NewCalendarToken();

    private static string NewCalendarToken() => Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(20)).ToLowerInvariant();
}

public sealed class CohortInstructor(int instructorId)
{
    public int CohortId { get; private set; }
    public int InstructorId { get; private set; } = instructorId;
    /// <summary>For reading names through the cohort; loaded only when a query asks for it.</summary>
    public Instructor? Instructor { get; private set; }
}

/// <summary>A partner that sponsors a cohort at a centre it does not run.</summary>
public sealed class CohortSponsor(int partnerId)
{
    public int CohortId { get; private set; }
    public int PartnerId { get; private set; } = partnerId;
}
