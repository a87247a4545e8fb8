using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;

namespace Bootcamp.Web.Infrastructure;

public static class MvcServices
{
    public static IServiceCollection AddBootcampMvc(this IServiceCollection services)
    {
        services.AddControllersWithViews(options =>
        {
            // Every unsafe request must carry the anti-forgery token; no action can forget it.
            options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            options.Filters.Add(new AuthorizeFilterAttribute());
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
