using System.Net;
using Bootcamp.IntegrationTests.Support;

namespace Bootcamp.IntegrationTests.Cohorts;

/// <summary>Who sees which cohorts in the list and on the detail page. Reads only, so the fixture shares one app.</summary>
public sealed class CohortBrowsingTests : AppFixture
{
    [TestCase(BootcampApp.Admin, new[] { "BER-DAN-02", "BER-DAN-03", "BER-FSW-07", "LIS-FSW-02", "LIS-QAA-03", "TOR-CYB-04", "TOR-DAN-02" })]
    [TestCase(BootcampApp.Staff, new[] { "BER-DAN-02", "BER-DAN-03", "BER-FSW-07" })]
    [TestCase(BootcampApp.Instructor, new[] { "BER-FSW-07", "LIS-QAA-03" })]
    [TestCase(BootcampApp.Partner, new[] { "LIS-FSW-02", "LIS-QAA-03" })]
    public async Task The_list_shows_exactly_the_cohorts_in_scope(string email, string[] expected)
    {
        var client = await App.SignInAsync(email);
        var page = await client.GetPageAsync("/Cohorts");
        Assert.That(CohortPages.CohortCodes(page), Is.EqualTo(expected));
        Assert.That(page.QuerySelectorAll("h1"), Has.Length.EqualTo(1));
    }

    [TestCase(BootcampApp.Admin, "TOR-CYB-04")]
    [TestCase(BootcampApp.Staff, "BER-FSW-07")]
    [TestCase(BootcampApp.Instructor, "LIS-QAA-03")]
    [TestCase(BootcampApp.Partner, "LIS-FSW-02")]
    public async Task The_detail_page_of_a_cohort_in_scope_shows_its_facts_and_learners(string email, string code)
    {
        var client = await App.SignInAsync(email);
        var page = await client.GetPageAsync($"/Cohorts/Details/{await App.CohortIdAsync(code)}");
        Assert.That(page.QuerySelector("h1")!.TextContent, Does.Contain(code));
        var facts = page.QuerySelector("dl.facts")!.TextContent;
        Assert.That(facts, Does.Contain("Programme").And.Contain("a week").And.Contain("seats"));
        Assert.That(page.QuerySelectorAll("#learners-heading ~ .table-wrap tbody tr"), Is.Not.Empty);
    }

    [Test]
    public async Task The_detail_page_says_the_pattern_in_words_and_names_instructors_and_room()
    {
        var client = await App.SignInAsync(BootcampApp.Staff);
        var page = await client.GetPageAsync($"/Cohorts/Details/{await App.CohortIdAsync("BER-FSW-07")}");
        var facts = page.QuerySelector("dl.facts")!.TextContent;
        Assert.That(facts, Does.Contain("Mondays, Wednesdays and Thursdays 17:30–21:00"));
        Assert.That(facts, Does.Contain("Amira Haddad").And.Contain("Spree").And.Contain("Berlin Kreuzberg"));
        Assert.That(page.Body!.TextContent, Does.Contain("1 withdrawn"));
    }

    [Test]
    public async Task A_sponsoring_partner_sees_its_sponsored_cohort_with_the_sponsor_named()
    {
        var client = await App.SignInAsync("maple@bootcamp.local");
        var list = await client.GetPageAsync("/Cohorts");
        Assert.That(CohortPages.CohortCodes(list), Is.EqualTo(new[] { "TOR-CYB-04" }));
        var page = await client.GetPageAsync($"/Cohorts/Details/{await App.CohortIdAsync("TOR-CYB-04")}");
        Assert.That(page.QuerySelector("dl.facts")!.TextContent, Does.Contain("Maple Digital Futures"));
    }

    [TestCase(BootcampApp.Partner, "BER-FSW-07")]
    [TestCase(BootcampApp.Partner, "TOR-CYB-04")]
    [TestCase(BootcampApp.Instructor, "TOR-CYB-04")]
    [TestCase(BootcampApp.Instructor, "BER-DAN-03")]
    [TestCase(BootcampApp.Staff, "LIS-QAA-03")]
    [TestCase(CohortPages.LisbonStaff, "BER-FSW-07")]
    public async Task A_cohort_outside_scope_is_not_found(string email, string code)
    {
        var client = await App.SignInAsync(email);
        var response = await client.GetAsync($"/Cohorts/Details/{await App.CohortIdAsync(code)}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain(code));
    }

    [Test]
    public async Task Staff_get_not_found_for_the_edit_and_learner_pages_of_another_centres_cohort()
    {
        var client = await App.SignInAsync(BootcampApp.Staff);
        var id = await App.CohortIdAsync("LIS-QAA-03");
        foreach (var url in new[] { $"/Cohorts/Edit/{id}", $"/Cohorts/{id}/Enrol", $"/Cohorts/{id}/Import" })
            Assert.That((await client.GetAsync(url)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), url);
    }

    [TestCase(BootcampApp.Partner)]
    [TestCase(BootcampApp.Instructor)]
    public async Task Partners_and_instructors_may_not_create_edit_or_enrol(string email)
    {
        var client = await App.SignInAsync(email);
        var id = await App.CohortIdAsync("LIS-QAA-03");
        foreach (var url in new[] { "/Cohorts/Create", $"/Cohorts/Edit/{id}", $"/Cohorts/{id}/Enrol", $"/Cohorts/{id}/Import" })
            Assert.That(await client.FinalStatusAsync(await client.GetAsync(url)), Is.EqualTo(HttpStatusCode.Forbidden), url);
        var page = await client.GetPageAsync($"/Cohorts/Details/{id}");
        Assert.That(page.QuerySelector("a[href='/Cohorts/Edit/" + id + "']"), Is.Null);
    }

    [Test]
    public async Task Filters_by_status_and_code_come_from_the_query_string()
    {
        var client = await App.SignInAsync(BootcampApp.Admin);
        Assert.That(CohortPages.CohortCodes(await client.GetPageAsync("/Cohorts?status=Completed")), Is.EqualTo(new[] { "BER-DAN-02", "LIS-FSW-02", "TOR-DAN-02" }));
        Assert.That(CohortPages.CohortCodes(await client.GetPageAsync("/Cohorts?q=dan")), Is.EqualTo(new[] { "BER-DAN-02", "BER-DAN-03", "TOR-DAN-02" }));
        var filtered = await client.GetPageAsync("/Cohorts?status=Active&q=FSW");
        Assert.That(CohortPages.CohortCodes(filtered), Is.EqualTo(new[] { "BER-FSW-07" }));
        Assert.That(filtered.QuerySelector("#q")!.GetAttribute("value"), Is.EqualTo("FSW"));
        Assert.That(filtered.QuerySelector("#status option[selected]")!.TextContent, Is.EqualTo("Active"));
    }

    [Test]
    public async Task Filters_by_centre_and_programme_use_the_choices_offered()
    {
        var client = await App.SignInAsync(BootcampApp.Admin);
        var list = await client.GetPageAsync("/Cohorts");
        var lisbon = list.QuerySelectorAll("#centre option").Single(o => o.TextContent == "Lisbon Alcântara").GetAttribute("value");
        var fullStack = list.QuerySelectorAll("#programme option").Single(o => o.TextContent.StartsWith("Full-Stack")).GetAttribute("value");
        Assert.That(CohortPages.CohortCodes(await client.GetPageAsync($"/Cohorts?centre={lisbon}")), Is.EqualTo(new[] { "LIS-FSW-02", "LIS-QAA-03" }));
        Assert.That(CohortPages.CohortCodes(await client.GetPageAsync($"/Cohorts?programme={fullStack}")), Is.EqualTo(new[] { "BER-FSW-07", "LIS-FSW-02" }));
    }

    [Test]
    public async Task A_partner_is_offered_only_its_own_centres_as_a_filter()
    {
        var client = await App.SignInAsync(BootcampApp.Partner);
        var list = await client.GetPageAsync("/Cohorts");
        Assert.That(list.QuerySelectorAll("#centre option").Select(o => o.TextContent), Is.EqualTo(new[] { "All centres", "Lisbon Alcântara" }));
        Assert.That(list.QuerySelector("a[href='/Cohorts/Create']"), Is.Null);
    }
}
