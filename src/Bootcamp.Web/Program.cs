using System.Globalization;
using Bootcamp.Web.Data;
using Bootcamp.Web.Data.Backups;
using Bootcamp.Web.Data.SeedData;
using Bootcamp.Web.Features.Account;
using Bootcamp.Web.Features.Credentials;
using Bootcamp.Web.Features.Exports;
using Bootcamp.Web.Features.Progress;
using Bootcamp.Web.Features.Subscriptions;
using Bootcamp.Web.Infrastructure;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Jobs;
using Bootcamp.Web.Infrastructure.Mail;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Localization;

var builder = WebApplication.CreateBuilder(args);
if (builder.Environment.IsEnvironment("Testing"))
    builder.WebHost.UseStaticWebAssets();

builder.Services.AddBootcampData(builder.Configuration, builder.Environment);
builder.Services.AddSingleton(DemoMode.From(builder.Configuration, builder.Environment));
builder.Services.AddBootcampAuth(builder.Configuration, builder.Environment);
builder.Services.AddScoped<PasswordSignIn>();
// A reverse proxy on the same machine may pass on the client's address (for the sign-in limit) and the HTTPS scheme;
// the defaults trust only loopback proxies.
builder.Services.Configure<ForwardedHeadersOptions>(options => options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
builder.Services.AddBootcampMvc();
builder.Services.AddBootcampJobs(builder.Configuration, builder.Environment);
builder.Services.AddBootcampMail(builder.Configuration);
builder.Services.AddSubscriptions();
builder.Services.AddBootcampCredentials(builder.Configuration, builder.Environment);
builder.Services.AddBootcampExports(builder.Configuration, builder.Environment);
builder.Services.AddBootcampFigures();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<CentreClock>();
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

var app = builder.Build();

if (args is [CreateAdminCommand.Name, .. var arguments])
    return await CreateAdminCommand.RunAsync(app.Services, arguments, Console.Out, CancellationToken.None);
if (args is [GenerateNetworkCommand.Name, .. var networkArguments])
    return await GenerateNetworkCommand.RunAsync(app.Configuration, app.Environment, networkArguments, Console.Out, CancellationToken.None);
if (args is [BackupCommand.Backup or BackupCommand.Restore, .. var backupArguments])
    return await BackupCommand.RunAsync(args[0], app.Configuration, app.Environment, TimeProvider.System, backupArguments, Console.Out, CancellationToken.None);

app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseForwardedHeaders();
if (!app.Environment.IsDevelopment())
    app.UseExceptionHandler("/Home/Error");
if (app.Environment.IsProduction())
{
    app.UseHsts();
    app.UseHttpsRedirection();
}
app.UseStatusCodePagesWithReExecute("/Home/Status/{0}");
// Pages are in English and numbers are typed with a decimal point, whatever the locale of the server's machine.
app.UseRequestLocalization(options =>
{
    options.DefaultRequestCulture = new RequestCulture(CultureInfo.InvariantCulture);
    options.SupportedCultures = options.SupportedUICultures = [CultureInfo.InvariantCulture];
    options.RequestCultureProviders.Clear();
});
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseMiddleware<UserScopeMiddleware>();
app.UseAuthorization();
app.MapStaticAssets();
app.MapHealthChecks("/health");
app.MapBootcampJobsDashboard();
app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}").WithStaticAssets();

var hasAccounts = await app.Services.PrepareDatabaseAsync(app.Configuration, app.Environment, app.Logger);
await app.Services.EnsureIssuerKeyAsync(CancellationToken.None);
app.Services.ScheduleExportCleanup();
app.Services.ScheduleFiguresWarmUp();
app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app, hasAccounts));

await app.RunAsync();
return 0;

public partial class Program;
