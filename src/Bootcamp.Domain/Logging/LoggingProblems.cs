namespace Bootcamp.Domain.Logging;

/// <summary>A rule broken by one entry: the field it is about (the entry's property name) and a message fit to show.</summary>
public sealed record FieldProblem(string Field, string Message);

/// <summary>A rule broken by the entry at <paramref name="Index"/> (from 0) of a batch.</summary>
public sealed record EntryProblem(int Index, string Field, string Message);
