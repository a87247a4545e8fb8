using System.Net;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Cohorts;

public sealed class InstructorChoiceTests : AppFixture
{
    [Test]
    public async Task The_cohort_form_offers_staff_only_the_instructors_based_at_their_centres()
    {
        using var staff = await App.SignInAsync(BootcampApp.Staff);

        var page = await staff.GetPageAsync("/Cohorts/Create");

        var groups = page.QuerySelectorAll("fieldset.checks .checks-group").Select(g => g.TextContent).ToList();
        Assert.That(groups, Is.EqualTo(new[] { "Berlin Kreuzberg" }));
        var berlin = page.QuerySelectorAll("input[type=checkbox][name='Form.InstructorIds']").Select(o => o.ParentElement!.TextContent.Trim()).ToList();
        Assert.That(berlin, Is.EqualTo(new[] { "Amira Haddad", "Elif Yıldız", "Jonas Becker", "Marta Nowak", "Tobias Schröder" }));
    }

    [Test]
    public async Task Admins_are_offered_every_instructor_grouped_by_home_centre()
    {
        using var admin = await App.SignInAsync(BootcampApp.Admin);

        var page = await admin.GetPageAsync("/Cohorts/Create");

        var groups = page.QuerySelectorAll("fieldset.checks .checks-group").Select(g => g.TextContent).ToList();
        Assert.That(groups, Is.EqualTo(new[] { "Berlin Kreuzberg", "Lisbon Alcântara", "Toronto Liberty Village" }));
        Assert.That(page.QuerySelectorAll("input[type=checkbox][name='Form.InstructorIds']"), Has.Length.EqualTo(13));
    }

    [Test]
    public async Task Berlin_staff_cannot_put_a_Toronto_instructor_on_a_Berlin_cohort()
    {
        using var staff = await App.SignInAsync(BootcampApp.Staff);
        var id = await App.CohortIdAsync("BER-FSW-07");
        var (toronto, before) = await App.WithDbAsync(async db => (
            await db.Instructors.Where(i => db.Centres.Any(c => c.Id == i.HomeCentreId && c.Name == "Toronto Liberty Village")).Select(i => i.Id).FirstAsync(),
            await db.CohortInstructors.Where(ci => ci.CohortId == id).Select(ci => ci.InstructorId).ToListAsync()));
        var url = $"/Cohorts/Edit/{id}";
        var edit = await staff.GetPageAsync(url);
        var fields = edit.QuerySelectorAll("form input[name^='Form.']:not([name='Form.InstructorIds']), form select[name^='Form.']")
            .Where(e => e.GetAttribute("type") != "checkbox" || e.HasAttribute("checked"))
            .GroupBy(e => e.GetAttribute("name")!)
            .ToDictionary(g => g.Key, g => g.First().GetAttribute("value") ?? g.First().QuerySelector("option[selected]")?.GetAttribute("value") ?? "");
        fields["Form.InstructorIds[0]"] = before[0].ToString();
        fields["Form.InstructorIds[1]"] = toronto.ToString();

        var response = await staff.PostFormAsync(url, url, fields);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var page = await response.ReadPageAsync();
        Assert.That(CohortPages.ErrorFor(page, "InstructorIds-error"), Is.EqualTo("Choose instructors from the list: staff may assign instructors based at their centres."));
        var after = await App.WithDbAsync(db => db.CohortInstructors.Where(ci => ci.CohortId == id).Select(ci => ci.InstructorId).ToListAsync());
        Assert.That(after, Is.EquivalentTo(before));
    }
}
