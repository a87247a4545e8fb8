using System.Globalization;
using Bootcamp.Web.Data;
using Bootcamp.Web.Data.SeedData;
using Bootcamp.Web.Infrastructure;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Jobs;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Localization;

var builder = WebApplication.CreateBuilder(args);
if (builder.Environment.IsEnvironment("Testing"))
    builder.WebHost.UseStaticWebAssets();

builder.Services.AddBootcampData(builder.Configuration, builder.Environment);
builder.Services.AddBootcampAuth();
builder.Services.AddBootcampMvc();
builder.Services.AddBootcampJobs(builder.Configuration, builder.Environment);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<CentreClock>();
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

var app = builder.Build();

if (!app.Environment.IsDevelopment())
    app.UseExceptionHandler("/Home/Error");
app.UseStatusCodePagesWithReExecute("/Home/Status/{0}");
// Pages are in English and numbers are typed with a decimal point, whatever the locale of the server's machine.
app.UseRequestLocalization(options =>
{
    options.DefaultRequestCulture = new RequestCulture(CultureInfo.InvariantCulture);
    options.SupportedCultures = options.SupportedUICultures = [CultureInfo.InvariantCulture];
    options.RequestCultureProviders.Clear();
});
app.UseRouting();
app.UseAuthentication();
app.UseMiddleware<UserScopeMiddleware>();
app.UseAuthorization();
app.MapStaticAssets();
app.MapHealthChecks("/health");
app.MapBootcampJobsDashboard();
app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}").WithStaticAssets();

await app.Services.PrepareDatabaseAsync(app.Configuration, app.Environment, app.Logger);
app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));

await app.RunAsync();

public partial class Program;
