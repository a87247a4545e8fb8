using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Projects;
using Bootcamp.Web.Features.Shared;

namespace Bootcamp.Web.Features.Projects;

/// <summary>
/// A cohort as the project pages need it. <see cref="CanEdit"/>: staff of its centre, an admin or one of its
/// instructors (everyone else who sees it is a partner, who reads only). <see cref="Today"/> is the centre's.
/// </summary>
public sealed record ProjectCohort(int Id, string Code, int ProgrammeId, string Programme, int CentreId, string Centre, string TimeZoneId,
    DateOnly StartDate, DateOnly? EndDate, CohortStatus Status, bool CanEdit, DateOnly Today)
{
    public TimeZoneInfo TimeZone => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    public DateTime LocalTime(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, TimeZone);

    public LoggingCohort Logging => new(Id, Code, ProgrammeId, CentreId, TimeZoneId, StartDate, EndDate, Status);
}

public sealed record ProjectRow(int Id, string Title, string? Module, DateOnly DueDate, int PassMarkPercent, int Milestones, int Groups, int Graded);

public sealed record TemplateRow(int Id, string Title, string? Module, int PassMarkPercent, int Milestones, bool Copied);

public sealed record ProjectListViewModel(ProjectCohort Cohort, IReadOnlyList<ProjectRow> Projects, IReadOnlyList<TemplateRow> Templates)
{
    public int ToCopy => Templates.Count(t => !t.Copied);
}

public sealed record ProjectHeader(int Id, string Title, string Brief, string? Module, DateOnly DueDate, int PassMarkPercent);

public sealed record MilestoneLine(int Id, string Title, DateOnly DueDate);

public sealed record MemberLine(int LearnerId, string Name, EnrolmentStatus Status, int Adjustment, MemberResult? Result);

/// <summary>One milestone of one group: where it stands and what was handed in.</summary>
public sealed record GroupMilestone(MilestoneLine Milestone, MilestoneStanding Standing, string? Link, string? Note, DateOnly? SubmittedOn,
    string? ReviewNote);

public sealed record GroupCard(int Id, string Name, int? TeamGrade, DateOnly? GradedOn, IReadOnlyList<MemberLine> Members, IReadOnlyList<GroupMilestone> Milestones)
{
    public int Late => Milestones.Count(m => m.Standing.Late);
}

public sealed record MoveLine(DateTime AtLocal, string Learner, string From, string To, string Reason, string By);

public sealed record ProjectPageViewModel(ProjectCohort Cohort, ProjectHeader Project, IReadOnlyList<MilestoneLine> Milestones, IReadOnlyList<GroupCard> Groups,
    IReadOnlyList<Choice> Ungrouped, IReadOnlyList<MoveLine> Moves, IReadOnlyList<AuditRow> Audit, MoveForm Move)
{
    public IReadOnlyList<Choice> Movable => [.. Groups.SelectMany(g => g.Members.Where(m => m.Status == EnrolmentStatus.Enrolled)
        .Select(m => new Choice(m.LearnerId, $"{m.Name} ({g.Name})"))).Concat(Ungrouped.Select(u => u with { Name = $"{u.Name} (no group)" }))
        .OrderBy(c => c.Name, StringComparer.CurrentCulture)];
}

public sealed record GroupPageViewModel(ProjectCohort Cohort, ProjectHeader Project, GroupCard Group, SubmitForm Submit, ReviewForm Review);

public sealed record ProjectFormViewModel(ProjectCohort Cohort, int? ProjectId, IReadOnlyList<Choice> Modules, ProjectForm Form);

/// <summary>A learner on the group-forming page, with the strength the balancing deals by.</summary>
public sealed record FormingLearner(int LearnerId, string Name, decimal Strength);

public sealed record GroupsViewModel(ProjectCohort Cohort, ProjectHeader Project, IReadOnlyList<FormingLearner> Learners, GroupsForm Form, bool Preview)
{
    public string NameOf(int learnerId) => Learners.FirstOrDefault(l => l.LearnerId == learnerId)?.Name ?? "?";

    public decimal StrengthOf(int learnerId) => Learners.FirstOrDefault(l => l.LearnerId == learnerId)?.Strength ?? 0;
}

/// <summary>The grading form; <see cref="Peers"/> holds what the group's self and peer rounds said of each member, when there were any.</summary>
public sealed record GradeViewModel(ProjectCohort Cohort, ProjectHeader Project, GroupCard Group, GradeForm Form, bool ReasonNeeded, string WindowNote,
    IReadOnlyDictionary<int, PeerView> Peers);
