using Bootcamp.Domain.Scheduling;
using Bootcamp.Web.Features.Schedule;
using Bootcamp.Web.Features.Shared;

namespace Bootcamp.Web.Features.Sessions;

/// <summary>A page with the session fields (the <c>_SessionFields</c> partial): the form and what its lists offer.</summary>
public interface ISessionFieldsModel
{
    SessionForm Form { get; }
    IReadOnlyList<Choice> Rooms { get; }
    IReadOnlyList<Choice> Instructors { get; }
}

/// <summary>A cancellation or restore of the session, as its history lists it.</summary>
public sealed record SessionChangeRow(SessionChangeKind Kind, string Reason, string ChangedBy, DateTime ChangedAtUtc);

public sealed record SessionViewModel(
    CohortHeader Cohort,
    SessionRow Session,
    SessionForm Form,
    CancelForm Cancel,
    RestoreForm Restore,
    IReadOnlyList<Choice> Rooms,
    IReadOnlyList<Choice> Instructors,
    IReadOnlyList<SessionChangeRow> History) : ISessionFieldsModel;

public sealed record AddSessionViewModel(
    CohortHeader Cohort,
    SessionForm Form,
    IReadOnlyList<Choice> Modules,
    IReadOnlyList<Choice> Rooms,
    IReadOnlyList<Choice> Instructors) : ISessionFieldsModel;
