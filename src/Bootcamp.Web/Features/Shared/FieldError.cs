using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Bootcamp.Web.Features.Shared;

/// <summary>
/// The message for one input of a many-row form (roster, weekly grid), whose inputs are named by hand.
/// <see cref="Id"/> is what the input's aria-describedby points at.
/// </summary>
public sealed record FieldError(string Key)
{
    public string Id => "err-" + new string(Key.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());

    public bool In(ModelStateDictionary state) => state.TryGetValue(Key, out var entry) && entry.Errors.Count > 0;

    /// <summary>The aria-describedby value: the message's id when there is one, else nothing.</summary>
    public string? DescribedBy(ModelStateDictionary state) => In(state) ? Id : null;
}
