using Bootcamp.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.AspNetCore.Mvc.Razor;

namespace Bootcamp.Web.Infrastructure;

/// <summary>
/// A text field posted empty binds as "" rather than null, like a field not posted at all: forms initialise their
/// text to "", and a blanked field must reach the form's own "enter a ..." message, never a null in the code behind it.
/// </summary>
public sealed class EmptyTextStaysText : IDisplayMetadataProvider
{
    public void CreateDisplayMetadata(DisplayMetadataProviderContext context)
    {
        if (context.Key.ModelType == typeof(string))
            context.DisplayMetadata.ConvertEmptyStringToNull = false;
    }
}

public static class MvcServices
{
    public static IServiceCollection AddBootcampMvc(this IServiceCollection services)
    {
        services.AddControllersWithViews(options =>
        {
            // Every unsafe request must carry the anti-forgery token; no action can forget it.
            options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            options.Filters.Add(new AuthorizeFilterAttribute());
            options.ModelMetadataDetailsProviders.Add(new EmptyTextStaysText());
            options.ModelBinderProviders.Insert(0, new TimeOfDayBinderProvider());
        });
        services.Configure<RazorViewEngineOptions>(options =>
        {
            options.ViewLocationFormats.Clear();
            options.ViewLocationFormats.Add("/Features/{1}/{0}" + RazorViewEngine.ViewExtension);
            options.ViewLocationFormats.Add("/Features/Shared/{0}" + RazorViewEngine.ViewExtension);
        });
        services.AddAntiforgery(options => options.HeaderName = "X-CSRF-TOKEN");
        return services;
    }
}
