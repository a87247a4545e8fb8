using Bootcamp.IntegrationTests.Support;

namespace Bootcamp.IntegrationTests.Cohorts;

/// <summary>Learners' e-mail addresses are personal data: the centre's staff and admins see them, partners do not.</summary>
public sealed class LearnerContactTests : AppFixture
{
    private async Task<string> LearnerTableAsync(string account)
    {
        using var client = await App.SignInAsync(account);
        var page = await client.GetPageAsync($"/Cohorts/Details/{await App.CohortIdAsync("LIS-QAA-03")}");
        return page.QuerySelector("section[aria-labelledby=learners-heading] table")!.TextContent;
    }

    [Test]
    public async Task A_partner_sees_the_learners_names_but_not_their_e_mail_addresses()
    {
        var table = await LearnerTableAsync(BootcampApp.Partner);

        Assert.That(table, Does.Not.Contain("@"));
        Assert.That(table, Does.Contain("Hours vs requirement"));
    }

    [TestCase(BootcampApp.Admin)]
    [TestCase(CohortPages.LisbonStaff)]
    public async Task Admins_and_the_centres_staff_see_the_e_mail_addresses(string account) =>
        Assert.That(await LearnerTableAsync(account), Does.Contain("@"));
}
