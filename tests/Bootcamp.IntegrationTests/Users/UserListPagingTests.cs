using Bootcamp.IntegrationTests.Cohorts;
using Bootcamp.IntegrationTests.Support;
using Bootcamp.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Users;

/// <summary>A network has thousands of accounts: the list pages them and finds one by name or e-mail.</summary>
public sealed class UserListPagingTests : AppFixture
{
    private const int Extra = 70;
    private HttpClient _admin = null!;

    protected override async Task ArrangeFixtureAsync()
    {
        await App.WithDbAsync(async db =>
        {
            var partnerRole = await db.Roles.Where(r => r.Name == Roles.Partner).Select(r => r.Id).SingleAsync();
            var partnerId = await db.Partners.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
            for (var i = 1; i <= Extra; i++)
            {
                var email = $"reporter{i:00}@northwind-skills.example";
                var user = new AppUser
                {
                    UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                    EmailConfirmed = true, DisplayName = $"Report Reader {i:00}", PartnerId = partnerId, SecurityStamp = Guid.NewGuid().ToString("N"),
                };
                db.Users.Add(user);
                db.UserRoles.Add(new() { UserId = user.Id, RoleId = partnerRole });
            }
            await db.SaveChangesAsync();
            return 0;
        });
        _admin = await App.SignInAsync(BootcampApp.Admin);
    }

    [Test]
    public async Task The_list_shows_fifty_accounts_a_page_and_the_last_page_the_rest()
    {
        var total = await App.WithDbAsync(db => db.Users.CountAsync());

        var first = await _admin.GetPageAsync("/Users");
        var last = await _admin.GetPageAsync("/Users?page=99");

        Assert.That(first.QuerySelectorAll("tbody tr"), Has.Length.EqualTo(50));
        Assert.That(first.QuerySelector("a[rel=next]")?.GetAttribute("href"), Does.Contain("page=2"));
        Assert.That(last.QuerySelectorAll("tbody tr"), Has.Length.EqualTo(total - 50), "a page past the end shows the last one");
        Assert.That(last.QuerySelector("a[rel=next]"), Is.Null);
        Assert.That(last.QuerySelector("caption")!.TextContent, Does.Contain($"{total} accounts"));
    }

    [Test]
    public async Task A_search_finds_accounts_by_part_of_the_name_or_the_e_mail_whatever_the_case()
    {
        var byName = await _admin.GetPageAsync("/Users?q=reader%2007");
        var byEmail = await _admin.GetPageAsync("/Users?q=STAFF%40bootcamp");

        Assert.That(byName.QuerySelectorAll("tbody tr").Select(r => r.QuerySelector("td")!.TextContent), Is.EqualTo(new[] { "Report Reader 07" }));
        Assert.That(byEmail.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td")[1].TextContent),
            Is.EquivalentTo(new[] { "staff@bootcamp.local", "lisbon.staff@bootcamp.local" }));
    }

    [Test]
    public async Task The_role_filter_and_the_search_combine_and_the_pager_keeps_both()
    {
        var page = await _admin.GetPageAsync("/Users?role=Partner&q=northwind");

        Assert.That(page.QuerySelectorAll("tbody tr"), Has.Length.EqualTo(50));
        Assert.That(page.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td")[2].TextContent), Is.All.EqualTo("Partner"));
        var next = page.QuerySelector("a[rel=next]")!.GetAttribute("href");
        Assert.That(next, Does.Contain("role=Partner").And.Contain("q=northwind").And.Contain("page=2"));
        var second = await _admin.GetPageAsync(next!);
        Assert.That(second.QuerySelectorAll("tbody tr"), Has.Length.EqualTo(Extra - 50));
    }
}
