using Bootcamp.Domain.Common;

namespace Bootcamp.Domain.Cohorts;

public sealed class Cohort
{
    private readonly List<LectureSlot> _pattern = [];
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
    public IReadOnlyList<LectureSlot> Pattern => _pattern;
    public IReadOnlyList<CohortInstructor> Instructors => _instructors;
    public IReadOnlyList<CohortSponsor> Sponsors => _sponsors;

    public void Update(string code, DateOnly startDate, int capacity, int? defaultRoomId, IEnumerable<LectureSlot> pattern)
    {
        if (string.IsNullOrWhiteSpace(code))
            throw new DomainException(nameof(Code), "A cohort needs a code.");
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
        _pattern.Clear();
        _pattern.AddRange(slots);
    }

    public void SetEndDate(DateOnly? endDate)
    {
        if (endDate < StartDate)
            throw new DomainException(nameof(EndDate), "The end date cannot be before the start date.");
        EndDate = endDate;
    }

    public void ChangeStatus(CohortStatus status) => Status = status;

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
}

/// <summary>A partner that sponsors a cohort at a centre it does not run.</summary>
public sealed class CohortSponsor(int partnerId)
{
    public int CohortId { get; private set; }
    public int PartnerId { get; private set; } = partnerId;
}
