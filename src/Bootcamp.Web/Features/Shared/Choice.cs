namespace Bootcamp.Web.Features.Shared;

/// <summary>One entry of a pick list: the id a form posts and the name a person reads.</summary>
public sealed record Choice(int Id, string Name);
