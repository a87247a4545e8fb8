using System.Net;
using Bootcamp.IntegrationTests.Support;
using Bootcamp.Web.Data.SeedData;
using Bootcamp.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Security;

/// <summary>Issue 8, finding 1: demo data and the demo accounts, whose password is published, only in demo mode.</summary>
public sealed class DemoModeTests
{
    private const string FirstAdmin = "first.admin@example.org";

    [Test]
    public async Task A_production_start_on_an_empty_database_creates_no_account_and_imports_no_demo_data()
    {
        await using var app = new DemoProductionApp();

        var (users, cohorts, centres) = await app.WithDbAsync(async db =>
            (await db.Users.CountAsync(), await db.Cohorts.CountAsync(), await db.Centres.CountAsync()));

        Assert.That(users, Is.Zero);
        Assert.That(cohorts, Is.Zero);
        Assert.That(centres, Is.Zero);
    }

    [Test]
    public async Task A_production_sign_in_page_shows_no_demo_account_or_password()
    {
        await using var app = new DemoProductionApp();

        var page = await app.Client().GetStringAsync("/Account/SignIn");

        Assert.That(page, Does.Not.Contain(DemoAccounts.Password));
        Assert.That(page, Does.Not.Contain("admin@bootcamp.local"));
    }

    [Test]
    public async Task Demo_mode_switched_on_in_production_imports_the_demo_data()
    {
        await using var app = new DemoProductionApp(new Dictionary<string, string> { ["Demo:Enabled"] = "true" });

        var users = await app.WithDbAsync(db => db.Users.CountAsync());

        Assert.That(users, Is.EqualTo(DemoAccounts.All.Count));
    }

    [Test]
    public async Task Create_admin_makes_an_admin_whose_first_sign_in_leads_only_to_changing_the_password()
    {
        await using var app = new DemoProductionApp();
        var oneTimePassword = await app.CreateAdminAsync(FirstAdmin);
        var client = app.Client();

        var signIn = await client.PostFormAsync("/Account/SignIn", "/Account/SignIn", new() { ["Email"] = FirstAdmin, ["Password"] = oneTimePassword });
        Assert.That(signIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        foreach (var url in new[] { "/", "/Users", "/Programmes", "/jobs" })
        {
            var response = await client.GetAsync(url);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), url);
            Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/Account/ChangePassword"), url);
        }

        var changed = await client.PostFormAsync("/Account/ChangePassword", "/Account/ChangePassword", new()
        {
            ["CurrentPassword"] = oneTimePassword, ["NewPassword"] = "Lighthouse#2027", ["ConfirmPassword"] = "Lighthouse#2027",
        });
        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await client.GetAsync("/Users")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var stored = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == FirstAdmin)
            .Select(u => new { u.MustChangePassword, Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name).ToList() })
            .SingleAsync());
        Assert.That(stored.MustChangePassword, Is.False);
        Assert.That(stored.Roles, Is.EqualTo(new[] { Roles.Admin }));
    }

    [Test]
    public async Task The_one_time_password_can_only_be_replaced_with_the_current_one_given()
    {
        await using var app = new DemoProductionApp();
        var oneTimePassword = await app.CreateAdminAsync(FirstAdmin);
        var client = app.Client();
        await client.PostFormAsync("/Account/SignIn", "/Account/SignIn", new() { ["Email"] = FirstAdmin, ["Password"] = oneTimePassword });

        var refused = await client.PostFormAsync("/Account/ChangePassword", "/Account/ChangePassword", new()
        {
            ["CurrentPassword"] = "Not-the-one-1", ["NewPassword"] = "Lighthouse#2027", ["ConfirmPassword"] = "Lighthouse#2027",
        });

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await refused.ReadPageAsync()).Errors(), Does.Contain("The current password is not right."));
        Assert.That((await client.GetAsync("/")).Headers.Location?.OriginalString, Is.EqualTo("/Account/ChangePassword"));
    }

    [Test]
    public async Task Create_admin_refuses_an_address_that_already_has_an_account()
    {
        await using var app = new DemoProductionApp();
        await app.CreateAdminAsync(FirstAdmin);
        var output = new StringWriter();

        var exitCode = await CreateAdminCommand.RunAsync(app.Services, [FirstAdmin], output, CancellationToken.None);

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output.ToString(), Does.StartWith($"No admin created for {FirstAdmin}:"));
        Assert.That(await app.WithDbAsync(db => db.Users.CountAsync()), Is.EqualTo(1));
    }
}
