using Bootcamp.Domain.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Bootcamp.Web.Features.Shared;

/// <summary>
/// The one way to turn a broken domain rule into a message next to its field: run the change, and on a
/// <see cref="DomainException"/> add its message under <c>prefix.Field</c> (or under the key that
/// <paramref name="fieldKey"/> maps the domain's field name to).
/// </summary>
public static class DomainErrors
{
    public static bool TryApply(this ModelStateDictionary modelState, Action change, string prefix = "Form", Func<string, string>? fieldKey = null)
    {
        try
        {
            change();
            return true;
        }
        catch (DomainException ex)
        {
            modelState.AddModelError(Key(ex, prefix, fieldKey), ex.Message);
            return false;
        }
    }

    public static async Task<bool> TryApplyAsync(this ModelStateDictionary modelState, Func<Task> change, string prefix = "Form", Func<string, string>? fieldKey = null)
    {
        try
        {
            await change();
            return true;
        }
        catch (DomainException ex)
        {
            modelState.AddModelError(Key(ex, prefix, fieldKey), ex.Message);
            return false;
        }
    }

    private static string Key(DomainException ex, string prefix, Func<string, string>? fieldKey)
    {
        var field = fieldKey?.Invoke(ex.Field) ?? ex.Field;
        return string.IsNullOrEmpty(prefix) ? field : prefix + "." + field;
    }
}
