using Bootcamp.IntegrationTests.Support;

namespace Bootcamp.IntegrationTests.Cohorts;

public sealed class InstructorChoiceTests : AppFixture
{
    [Test]
    public async Task The_cohort_form_groups_instructors_by_home_centre_with_the_staff_centre_first()
    {
        using var staff = await App.SignInAsync(BootcampApp.Staff);

        var page = await staff.GetPageAsync("/Cohorts/Create");

        var groups = page.QuerySelectorAll("#Form_InstructorIds optgroup").Select(g => g.GetAttribute("label")).ToList();
        Assert.That(groups, Is.EqualTo(new[] { "Berlin Kreuzberg", "Lisbon Alcântara", "Toronto Liberty Village" }));
        var berlin = page.QuerySelectorAll("#Form_InstructorIds optgroup")[0].QuerySelectorAll("option").Select(o => o.TextContent).ToList();
        Assert.That(berlin, Is.EqualTo(new[] { "Amira Haddad", "Elif Yıldız", "Jonas Becker", "Marta Nowak", "Tobias Schröder" }));
        Assert.That(page.QuerySelectorAll("#Form_InstructorIds option"), Has.Length.EqualTo(13), "every instructor can still be chosen");
    }
}
