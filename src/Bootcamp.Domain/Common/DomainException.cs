namespace Bootcamp.Domain.Common;

/// <summary>A rule of the domain was broken; the message is fit to show a user.</summary>
public sealed class DomainException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
