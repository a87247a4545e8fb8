using System.Net;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Users;

public sealed class UsersAdminTests : AppFixture
{
    private HttpClient _admin = null!;

    protected override async Task ArrangeFixtureAsync() => _admin = await App.SignInAsync(BootcampApp.Admin);

    [Test]
    public async Task Admin_sees_every_account_with_its_role_and_scope()
    {
        var page = await (await _admin.GetAsync("/Users")).ReadPageAsync();
        var rows = page.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();

        Assert.That(rows, Has.Some.Contains("staff@bootcamp.local").And.Contains("Staff").And.Contains("Berlin Kreuzberg"));
        Assert.That(rows, Has.Some.Contains("instructor@bootcamp.local").And.Contains("Instructor Amira Haddad"));
        Assert.That(rows, Has.Some.Contains("partner@bootcamp.local").And.Contains("Atlantic Skills Alliance"));
        Assert.That(rows, Has.Some.Contains("admin@bootcamp.local").And.Contains("The whole network"));
    }

    [TestCase(BootcampApp.Staff, "/Users")]
    [TestCase(BootcampApp.Instructor, "/Users")]
    [TestCase(BootcampApp.Partner, "/Users")]
    [TestCase(BootcampApp.Staff, "/Users/Create")]
    [TestCase(BootcampApp.Partner, "/Users/Create")]
    public async Task Other_roles_are_refused(string email, string url)
    {
        var client = await App.SignInAsync(email);

        var response = await client.GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.ToString(), Does.Contain("/Account/Denied"));
        var denied = await client.GetAsync(response.Headers.Location);
        Assert.That(denied.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Anonymous_visitor_is_sent_to_sign_in()
    {
        var response = await App.Anonymous().GetAsync("/Users");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.ToString(), Does.Contain("/Account/SignIn"));
    }

    [Test]
    public async Task A_new_staff_user_can_sign_in_and_sees_only_their_centres_cohorts()
    {
        var lisbon = await CentreIdAsync("Lisbon Alcântara");
        var created = await CreateActiveAsync("new.staff@bootcamp.local", "Staff", ("Form.CentreIds", lisbon.ToString()));
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        var client = await App.SignInAsync("new.staff@bootcamp.local", StrongPassword);
        var home = await client.GetStringAsync("/");

        Assert.That(home, Does.Contain("LIS-QAA-03").And.Contains("LIS-FSW-02"));
        Assert.That(home, Does.Not.Contain("BER-FSW-07").And.Not.Contain("TOR-CYB-04"));
    }

    [Test]
    public async Task An_account_made_by_the_admin_must_choose_its_own_password_at_first_sign_in()
    {
        var berlin = await CentreIdAsync("Berlin Kreuzberg");
        await CreateAsync("first.sign.in@bootcamp.local", "Staff", ("Form.CentreIds", berlin.ToString()), InitialPassword);
        var client = await App.SignInAsync("first.sign.in@bootcamp.local", InitialPassword);

        var home = await client.GetAsync("/");
        var cohorts = await client.GetAsync("/Cohorts");

        Assert.That(home.Headers.Location?.OriginalString, Is.EqualTo("/Account/ChangePassword"));
        Assert.That(cohorts.Headers.Location?.OriginalString, Is.EqualTo("/Account/ChangePassword"));
        Assert.That(await App.WithDbAsync(db => db.Users.Where(u => u.Email == "first.sign.in@bootcamp.local").Select(u => u.MustChangePassword).SingleAsync()), Is.True);
    }

    [Test]
    public async Task A_new_partner_user_sees_only_the_cohorts_of_their_partner()
    {
        var maple = await App.WithDbAsync(db => db.Partners.Where(p => p.Name == "Maple Digital Futures").Select(p => p.Id).SingleAsync());
        await CreateActiveAsync("new.partner@bootcamp.local", "Partner", ("Form.PartnerId", maple.ToString()));

        var client = await App.SignInAsync("new.partner@bootcamp.local", StrongPassword);
        var home = await client.GetStringAsync("/");

        Assert.That(home, Does.Contain("TOR-CYB-04"));
        Assert.That(home, Does.Not.Contain("LIS-QAA-03").And.Not.Contain("BER-FSW-07"));
    }

    [Test]
    public async Task A_weak_password_shows_Identitys_message_at_the_field_and_saves_nothing()
    {
        var berlin = await CentreIdAsync("Berlin Kreuzberg");
        var response = await CreateAsync("weak@bootcamp.local", "Staff", ("Form.CentreIds", berlin.ToString()), password: "weakpass");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var error = (await response.ReadPageAsync()).GetElementById("Password-error")?.TextContent;
        Assert.That(error, Does.Contain("Passwords must be at least 10 characters."));
        Assert.That(error, Does.Contain("Passwords must have at least one digit"));
        Assert.That(await UserExistsAsync("weak@bootcamp.local"), Is.False);
    }

    [Test]
    public async Task Staff_without_a_centre_is_refused_at_the_centre_field_together_with_a_weak_password()
    {
        var response = await CreateAsync("nocentre@bootcamp.local", "Staff", password: "weakpass");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var page = await response.ReadPageAsync();
        Assert.That(page.GetElementById("CentreIds-error")?.TextContent, Does.Contain("at least one centre"));
        Assert.That(page.GetElementById("Password-error")?.TextContent, Does.Contain("Passwords must be at least 10 characters."));
        Assert.That(await UserExistsAsync("nocentre@bootcamp.local"), Is.False);
    }

    [Test]
    public async Task An_e_mail_that_already_has_an_account_is_refused()
    {
        var countBefore = await App.WithDbAsync(db => db.Users.CountAsync());
        var response = await CreateAsync(BootcampApp.Staff, "Admin");

        Assert.That((await response.ReadPageAsync()).GetElementById("Email-error")?.TextContent, Does.Contain("already exists"));
        Assert.That(await App.WithDbAsync(db => db.Users.CountAsync()), Is.EqualTo(countBefore));
    }

    [Test]
    public async Task A_post_without_the_anti_forgery_token_is_rejected()
    {
        var response = await _admin.PostAsync("/Users/Create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.DisplayName"] = "No Token",
            ["Form.Email"] = "notoken@bootcamp.local",
            ["Form.Password"] = StrongPassword,
            ["Form.Role"] = "Admin",
        }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await UserExistsAsync("notoken@bootcamp.local"), Is.False);
    }

    [Test]
    public async Task Five_wrong_passwords_lock_the_account_and_then_the_right_one_is_refused()
    {
        await CreateAsync("lockme@bootcamp.local", "Admin");
        var client = App.Anonymous();
        for (var i = 0; i < 5; i++)
            await client.PostFormAsync("/Account/SignIn", "/Account/SignIn", new() { ["Email"] = "lockme@bootcamp.local", ["Password"] = "Wrong!Password1" });

        var response = await client.PostFormAsync("/Account/SignIn", "/Account/SignIn", new() { ["Email"] = "lockme@bootcamp.local", ["Password"] = StrongPassword });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("locked"));
    }

    [Test]
    public async Task A_new_scope_applies_at_the_users_next_request()
    {
        var berlin = await CentreIdAsync("Berlin Kreuzberg");
        var lisbon = await CentreIdAsync("Lisbon Alcântara");
        await CreateActiveAsync("moving.staff@bootcamp.local", "Staff", ("Form.CentreIds", berlin.ToString()));
        var client = await App.SignInAsync("moving.staff@bootcamp.local", StrongPassword);
        Assert.That(await client.GetStringAsync("/"), Does.Contain("BER-FSW-07"));

        var saved = await EditAsync("moving.staff@bootcamp.local", "Staff", ("Form.CentreIds", lisbon.ToString()));
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        var home = await client.GetStringAsync("/");
        Assert.That(home, Does.Contain("LIS-QAA-03").And.Not.Contain("BER-FSW-07"));
        Assert.That(await App.WithDbAsync(db => db.StaffCentres.CountAsync(c => c.CentreId == berlin && db.Users.Any(u => u.Id == c.UserId && u.Email == "moving.staff@bootcamp.local"))), Is.Zero);
    }

    [Test]
    public async Task A_new_role_ends_the_session_and_applies_at_the_next_sign_in()
    {
        var berlin = await CentreIdAsync("Berlin Kreuzberg");
        var maple = await App.WithDbAsync(db => db.Partners.Where(p => p.Name == "Maple Digital Futures").Select(p => p.Id).SingleAsync());
        await CreateActiveAsync("role.change@bootcamp.local", "Staff", ("Form.CentreIds", berlin.ToString()));
        var client = await App.SignInAsync("role.change@bootcamp.local", StrongPassword);

        await EditAsync("role.change@bootcamp.local", "Partner", ("Form.PartnerId", maple.ToString()));

        var next = await client.GetAsync("/");
        Assert.That(next.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(next.Headers.Location?.ToString(), Does.Contain("/Account/SignIn"));
        var again = await App.SignInAsync("role.change@bootcamp.local", StrongPassword);
        var home = await again.GetStringAsync("/");
        Assert.That(home, Does.Contain("TOR-CYB-04").And.Not.Contain("BER-FSW-07"));
        Assert.That(await App.WithDbAsync(db => db.StaffCentres.CountAsync(c => db.Users.Any(u => u.Id == c.UserId && u.Email == "role.change@bootcamp.local"))), Is.Zero);
    }

    [Test]
    public async Task Locking_ends_the_session_and_unlocking_lets_the_user_sign_in_again()
    {
        await CreateActiveAsync("locked.out@bootcamp.local", "Admin");
        var client = await App.SignInAsync("locked.out@bootcamp.local", StrongPassword);
        var id = await UserIdAsync("locked.out@bootcamp.local");

        var locked = await _admin.PostFormAsync($"/Users/Edit/{id}", $"/Users/Lock/{id}", []);
        Assert.That(locked.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        Assert.That((await client.GetAsync("/")).Headers.Location?.ToString(), Does.Contain("/Account/SignIn"));
        Assert.That(() => App.SignInAsync("locked.out@bootcamp.local", StrongPassword), Throws.InvalidOperationException);

        await _admin.PostFormAsync($"/Users/Edit/{id}", $"/Users/Unlock/{id}", []);
        var again = await App.SignInAsync("locked.out@bootcamp.local", StrongPassword);
        Assert.That((await again.GetAsync("/")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task An_admin_cannot_take_the_admin_role_from_themselves()
    {
        var berlin = await CentreIdAsync("Berlin Kreuzberg");
        var response = await EditAsync(BootcampApp.Admin, "Staff", ("Form.CentreIds", berlin.ToString()));

        Assert.That((await response.ReadPageAsync()).GetElementById("Role-error")?.TextContent, Does.Contain("your own account"));
        Assert.That((await _admin.GetAsync("/Users")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private const string StrongPassword = "Str0ng!Passw0rd";
    private const string InitialPassword = "Init1al!Passw0rd";

    /// <summary>An account made by the admin, whose owner has signed in once and chosen <see cref="StrongPassword"/>.</summary>
    private async Task<HttpResponseMessage> CreateActiveAsync(string email, string role, (string Key, string Value)? scope = null)
    {
        var created = await CreateAsync(email, role, scope, InitialPassword);
        var client = await App.SignInAsync(email, InitialPassword);
        var changed = await client.PostFormAsync("/Account/ChangePassword", "/Account/ChangePassword", new()
        {
            ["CurrentPassword"] = InitialPassword, ["NewPassword"] = StrongPassword, ["ConfirmPassword"] = StrongPassword,
        });
        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the first sign-in changes the initial password");
        return created;
    }

    private Task<HttpResponseMessage> CreateAsync(string email, string role, (string Key, string Value)? scope = null, string password = StrongPassword)
    {
        var fields = new Dictionary<string, string>
        {
            ["Form.DisplayName"] = "Test " + email,
            ["Form.Email"] = email,
            ["Form.Password"] = password,
            ["Form.Role"] = role,
        };
        if (scope is { } s)
            fields[s.Key] = s.Value;
        return _admin.PostFormAsync("/Users/Create", "/Users/Create", fields);
    }

    private async Task<HttpResponseMessage> EditAsync(string email, string role, (string Key, string Value) scope)
    {
        var id = await UserIdAsync(email);
        var fields = new Dictionary<string, string> { ["Form.DisplayName"] = "Edited " + email, ["Form.Role"] = role, [scope.Key] = scope.Value };
        return await _admin.PostFormAsync($"/Users/Edit/{id}", $"/Users/Edit/{id}", fields);
    }

    private Task<int> CentreIdAsync(string name) =>
        App.WithDbAsync(db => db.Centres.Where(c => c.Name == name).Select(c => c.Id).SingleAsync());

    private Task<string> UserIdAsync(string email) =>
        App.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private Task<bool> UserExistsAsync(string email) =>
        App.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email));
}
