using Bootcamp.Web.Features.Shared;
namespace Bootcamp.Web.Features.Users;

public sealed record UserRow(string Id, string Name, string Email, string Role, string Scope, bool Locked);

public sealed record UserListViewModel(string? Role, string? Q, int Page, int Pages, int Total, IReadOnlyList<UserRow> Users);


/// <summary>The lists a user form chooses from.</summary>
public sealed record UserChoices(IReadOnlyList<Choice> Centres, IReadOnlyList<Choice> Instructors, IReadOnlyList<Choice> Partners);

/// <summary>What the shared role-and-scope fields of the create and edit pages read.</summary>
public interface IUserFormPage
{
    UserScopeFields Form { get; }
    UserChoices Choices { get; }
}

public sealed record NewUserViewModel(NewUserForm Form, UserChoices Choices, string PasswordHint) : IUserFormPage
{
    UserScopeFields IUserFormPage.Form => Form;
}

public sealed record EditUserViewModel(string UserId, string Email, bool Locked, bool IsSelf, EditUserForm Form, UserChoices Choices) : IUserFormPage
{
    UserScopeFields IUserFormPage.Form => Form;
}
