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

public sealed record SessionViewModel(
    CohortHeader Cohort,
    SessionRow Session,
    SessionForm Form,
    CancelForm Cancel,
    IReadOnlyList<Choice> Rooms,
    IReadOnlyList<Choice> Instructors) : ISessionFieldsModel;

public sealed record AddSessionViewModel(
    CohortHeader Cohort,
    SessionForm Form,
    IReadOnlyList<Choice> Modules,
    IReadOnlyList<Choice> Rooms,
    IReadOnlyList<Choice> Instructors) : ISessionFieldsModel;
