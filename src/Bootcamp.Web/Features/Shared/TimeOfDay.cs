using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Bootcamp.Web.Features.Shared;

/// <summary>
/// Times of day as every page shows them: 24-hour "hh:mm". A browser's <c>type=time</c> picker follows the browser's
/// locale and showed "06:00 PM" beside pages that say 18:00 (issue 12), so time fields are text fields that ask for
/// hh:mm, and the server reads nothing else.
/// </summary>
public static class TimeOfDay
{
    public const string Pattern = "[0-2][0-9]:[0-5][0-9]";
    public const string Example = "18:00";
    public const string Problem = "Give the time as 24-hour hh:mm, for example 18:00.";

    /// <summary>"9:30" and "09:30" up to "23:59"; null for anything else, including "6:00 PM" and "24:00".</summary>
    public static TimeOnly? Read(string? text) =>
        TimeOnly.TryParseExact(text?.Trim(), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;

    public static string Write(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}

/// <summary>Binds <see cref="TimeOnly"/> fields by <see cref="TimeOfDay.Read"/>: a blank field is no time, anything else unreadable gets <see cref="TimeOfDay.Problem"/>.</summary>
public sealed class TimeOfDayBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (value == ValueProviderResult.None)
            return Task.CompletedTask;
        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
        var text = value.FirstValue;
        if (string.IsNullOrWhiteSpace(text))
        {
            if (bindingContext.ModelMetadata.IsReferenceOrNullableType)
                bindingContext.Result = ModelBindingResult.Success(null);
            else
                bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, TimeOfDay.Problem);
            return Task.CompletedTask;
        }
        if (TimeOfDay.Read(text) is { } time)
            bindingContext.Result = ModelBindingResult.Success(time);
        else
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, TimeOfDay.Problem);
        return Task.CompletedTask;
    }
}

public sealed class TimeOfDayBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(TimeOnly) ? new TimeOfDayBinder() : null;
}

/// <summary>
/// <c>&lt;input asp-for="Start" time-24 /&gt;</c>: a text field for a 24-hour time, with the pattern, keypad and
/// example a phone and a screen reader need, and its value written as hh:mm.
/// </summary>
[HtmlTargetElement("input", Attributes = "time-24")]
public sealed class Time24TagHelper : TagHelper
{
    /// <summary>After the input tag helper, which would otherwise set type=time for a <see cref="TimeOnly"/>.</summary>
    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.Attributes.RemoveAll("time-24");
        output.Attributes.SetAttribute("type", "text");
        output.Attributes.SetAttribute("inputmode", "numeric");
        output.Attributes.SetAttribute("pattern", TimeOfDay.Pattern);
        output.Attributes.SetAttribute("placeholder", TimeOfDay.Example);
        output.Attributes.SetAttribute("maxlength", "5");
        output.Attributes.SetAttribute("size", "5");
        output.Attributes.SetAttribute("autocomplete", "off");
        output.Attributes.SetAttribute("title", "24-hour time, hh:mm");
    }
}
