using System.Buffers.Binary;
using System.Net;
using Bootcamp.IntegrationTests.Support;
using Bootcamp.Web.Features.Account;
using Bootcamp.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bootcamp.IntegrationTests.Security;

/// <summary>Issue 8, finding 8: stronger password hashes, and sign-in tells nobody which accounts exist.</summary>
public sealed class AccountTests : AppFixture
{
    [Test]
    public async Task A_password_hash_made_with_100000_iterations_is_rehashed_with_210000_at_the_next_sign_in()
    {
        var oldHasher = new PasswordHasher<AppUser>(Options.Create(new PasswordHasherOptions { IterationCount = 100_000 }));
        await App.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.UserName == "lisbon.staff@bootcamp.local");
            user.PasswordHash = oldHasher.HashPassword(user, BootcampApp.Password);
            return await db.SaveChangesAsync();
        });
        Assert.That(await IterationsAsync("lisbon.staff@bootcamp.local"), Is.EqualTo(100_000));

        await App.SignInAsync("lisbon.staff@bootcamp.local");

        Assert.That(await IterationsAsync("lisbon.staff@bootcamp.local"), Is.EqualTo(AuthServices.PasswordHashIterations));
        Assert.That(AuthServices.PasswordHashIterations, Is.GreaterThanOrEqualTo(210_000));
    }

    [Test]
    public void A_new_password_is_hashed_with_at_least_210000_iterations()
    {
        var hasher = App.Services.GetService(typeof(IPasswordHasher<AppUser>)) as IPasswordHasher<AppUser>;

        var hash = hasher!.HashPassword(new AppUser(), "Lighthouse#2027");

        Assert.That(Iterations(hash), Is.GreaterThanOrEqualTo(210_000));
    }

    [Test]
    public async Task An_unknown_address_a_wrong_password_and_a_locked_account_get_the_same_answer()
    {
        await App.WithDbAsync(async db =>
        {
            var locked = await db.Users.SingleAsync(u => u.UserName == "maple@bootcamp.local");
            locked.LockoutEnd = DateTimeOffset.MaxValue;
            return await db.SaveChangesAsync();
        });

        var unknown = await RefusalAsync("nobody.here@bootcamp.local", BootcampApp.Password);
        var wrongPassword = await RefusalAsync(BootcampApp.Partner, "Not-the-password-1");
        var locked = await RefusalAsync("maple@bootcamp.local", BootcampApp.Password);

        Assert.That(unknown, Is.EqualTo(new[] { PasswordSignIn.Refusal }));
        Assert.That(wrongPassword, Is.EqualTo(unknown));
        Assert.That(locked, Is.EqualTo(unknown));
    }

    [Test]
    public async Task Sign_in_attempts_past_the_limit_of_an_address_get_a_too_many_requests_page()
    {
        await using var app = new BootcampApp(settings: new Dictionary<string, string> { ["SignIn:PermitLimit"] = "2", ["SignIn:WindowSeconds"] = "600" });
        var client = app.Anonymous();
        var attempt = new Dictionary<string, string> { ["Email"] = "nobody.here@bootcamp.local", ["Password"] = "Guess-number-1" };

        var first = await client.PostFormAsync("/Account/SignIn", "/Account/SignIn", attempt);
        var second = await client.PostFormAsync("/Account/SignIn", "/Account/SignIn", attempt);
        var third = await client.PostFormAsync("/Account/SignIn", "/Account/SignIn", attempt);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(third.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(third.Headers.RetryAfter?.ToString(), Is.EqualTo("600"));
        var page = await third.ReadPageAsync();
        Assert.That(page.QuerySelector("h1")?.TextContent, Is.EqualTo("Too many attempts"));
        Assert.That((await client.GetAsync("/Account/SignIn")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "only the sign-in post is limited");
    }

    private async Task<IReadOnlyList<string>> RefusalAsync(string email, string password)
    {
        var response = await App.Anonymous().PostFormAsync("/Account/SignIn", "/Account/SignIn", new() { ["Email"] = email, ["Password"] = password });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), email);
        return (await response.ReadPageAsync()).Errors();
    }

    private Task<int> IterationsAsync(string userName) =>
        App.WithDbAsync(async db => Iterations((await db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName)).PasswordHash!));

    /// <summary>Identity's V3 hash: a 0x01 marker, then the PRF, the iteration count and the salt length as big-endian integers.</summary>
    private static int Iterations(string hash)
    {
        var bytes = Convert.FromBase64String(hash);
        Assert.That(bytes[0], Is.EqualTo(0x01), "an Identity V3 hash");
        return (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5, 4));
    }
}
