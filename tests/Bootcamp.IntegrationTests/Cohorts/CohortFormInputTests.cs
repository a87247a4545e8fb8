using System.Net;
using AngleSharp.Dom;
using Bootcamp.Domain.Cohorts;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Cohorts;

/// <summary>Whatever is typed or left out on the cohort form, the answer is the form again with messages, never an error page.</summary>
public sealed class CohortFormInputTests : AppFixture
{
    private HttpClient _staff = null!;

    protected override async Task ArrangeFixtureAsync() => _staff = await App.SignInAsync(BootcampApp.Staff);

    private static Dictionary<string, string> Week()
    {
        string[] days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
        return days.Select((d, i) => (d, i)).ToDictionary(x => $"Form.Days[{x.i}].Day", x => x.d);
    }

    private static Dictionary<string, string> Valid(string code)
    {
        var fields = Week();
        fields["Form.Code"] = code;
        fields["Form.StartDate"] = "2027-05-03";
        fields["Form.Capacity"] = "20";
        fields["Form.Status"] = nameof(CohortStatus.Planned);
        fields["Form.Days[1].Lectures"] = "true";
        fields["Form.Days[1].Start"] = "18:00";
        fields["Form.Days[1].End"] = "21:00";
        return fields;
    }

    private async Task<IDocument> PostAsync(string url, Dictionary<string, string> fields)
    {
        var response = await _staff.PostFormAsync(url, url, fields);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the form comes back with its messages");
        return await response.ReadPageAsync();
    }

    [Test]
    public async Task Pressing_create_on_an_empty_form_asks_for_each_field_and_saves_nothing()
    {
        var before = await App.WithDbAsync(db => db.Cohorts.CountAsync());

        var page = await PostAsync("/Cohorts/Create", Week());

        Assert.That(CohortPages.ErrorFor(page, "Code-error"), Is.EqualTo("Enter a code, for example BER-FSW-08."));
        Assert.That(CohortPages.ErrorFor(page, "ProgrammeId-error"), Is.EqualTo("Choose a programme."));
        Assert.That(CohortPages.ErrorFor(page, "StartDate-error"), Is.EqualTo("Enter the start date."));
        Assert.That(CohortPages.ErrorFor(page, "Pattern-error"), Is.EqualTo("Choose at least one lecture day."));
        Assert.That(await App.WithDbAsync(db => db.Cohorts.CountAsync()), Is.EqualTo(before));
    }

    [Test]
    public async Task A_post_with_no_fields_at_all_is_answered_with_messages()
    {
        var page = await PostAsync("/Cohorts/Create", []);

        Assert.That(CohortPages.ErrorFor(page, "Code-error"), Is.EqualTo("Enter a code, for example BER-FSW-08."));
    }

    [Test]
    public async Task Saving_a_cohort_with_its_code_blanked_asks_for_a_code_and_keeps_the_old_one()
    {
        var id = await App.NewBerlinCohortAsync("BER-BLANK-01", 12);
        var fields = Valid("");

        var page = await PostAsync($"/Cohorts/Edit/{id}", fields);

        Assert.That(CohortPages.ErrorFor(page, "Code-error"), Is.EqualTo("Enter a code, for example BER-FSW-08."));
        Assert.That(await App.WithDbAsync(db => db.Cohorts.Where(c => c.Id == id).Select(c => c.Code).SingleAsync()), Is.EqualTo("BER-BLANK-01"));
    }

    [TestCase("Form_Code", "Form.Code", "BER-FSW-0000000000000000000000000000000000000001", "The code is at most 40 characters.")]
    [TestCase("Form_Capacity", "Form.Capacity", "many", "The value 'many' is not valid for Capacity.")]
    [TestCase("Form_Capacity", "Form.Capacity", "99999999999999999999", "The value '99999999999999999999' is not valid for Capacity.")]
    [TestCase("Form_Capacity", "Form.Capacity", "201", "Capacity is 1 to 200 learners.")]
    [TestCase("Form_StartDate", "Form.StartDate", "next monday", "The value 'next monday' is not valid for Start date.")]
    [TestCase("Form_StartDate", "Form.StartDate", "9999-12-31", "The start date must be between 2000 and 2100.")]
    [TestCase("Form_StartDate", "Form.StartDate", "0001-01-01", "The start date must be between 2000 and 2100.")]
    public async Task A_bad_value_gets_a_message_next_to_its_field_and_saves_nothing(string input, string field, string value, string message)
    {
        var id = await App.NewBerlinCohortAsync($"BER-IN-{Math.Abs(value.GetHashCode() % 100000)}", 12);
        var fields = Valid("BER-IN-CHANGED");
        fields[field] = value;

        var page = await PostAsync($"/Cohorts/Edit/{id}", fields);

        Assert.That(CohortPages.ErrorFor(page, input.Replace("Form_", "") + "-error"), Is.EqualTo(message));
        Assert.That(await App.WithDbAsync(db => db.Cohorts.AnyAsync(c => c.Code == "BER-IN-CHANGED")), Is.False);
    }

    [Test]
    public async Task Wrong_types_in_the_lists_and_the_pattern_get_messages_not_an_error_page()
    {
        var fields = Valid("BER-TYPES-01");
        fields["Form.ProgrammeId"] = "abc";
        fields["Form.CentreId"] = "-1";
        fields["Form.DefaultRoomId"] = "1e28";
        fields["Form.InstructorIds[0]"] = "x";
        fields["Form.Status"] = "Bogus";
        fields["Form.Days[1].Start"] = "25:99";
        fields["Form.Days[9].Day"] = "Someday";

        var page = await PostAsync("/Cohorts/Create", fields);

        Assert.That(page.Errors(), Is.Not.Empty);
        Assert.That(await App.WithDbAsync(db => db.Cohorts.AnyAsync(c => c.Code == "BER-TYPES-01")), Is.False);
    }

    [Test]
    public async Task The_edit_form_offers_only_the_statuses_a_planned_cohort_may_move_to()
    {
        var id = await App.NewBerlinCohortAsync("BER-STAT-01", 12);

        var page = await _staff.GetPageAsync($"/Cohorts/Edit/{id}");

        var offered = page.QuerySelectorAll("#Form_Status option").Select(o => o.GetAttribute("value")).ToList();
        Assert.That(offered, Is.EqualTo(new[] { "Planned", "Active", "Cancelled" }));
    }

    [Test]
    public async Task A_completed_cohort_is_offered_only_its_own_status()
    {
        using var admin = await App.SignInAsync(BootcampApp.Admin);

        var page = await admin.GetPageAsync($"/Cohorts/Edit/{await App.CohortIdAsync("LIS-FSW-02")}");

        var offered = page.QuerySelectorAll("#Form_Status option").Select(o => o.GetAttribute("value")).ToList();
        Assert.That(offered, Is.EqualTo(new[] { "Completed" }));
    }

    [Test]
    public async Task Moving_a_planned_cohort_straight_to_completed_is_refused_next_to_the_status()
    {
        var id = await App.NewBerlinCohortAsync("BER-STAT-02", 12);
        var fields = Valid("BER-STAT-02");
        fields["Form.Status"] = nameof(CohortStatus.Completed);

        var page = await PostAsync($"/Cohorts/Edit/{id}", fields);

        Assert.That(CohortPages.ErrorFor(page, "Status-error"), Is.EqualTo("A planned cohort becomes active before it is completed."));
        Assert.That(await App.WithDbAsync(db => db.Cohorts.Where(c => c.Id == id).Select(c => c.Status).SingleAsync()), Is.EqualTo(CohortStatus.Planned));
    }

    [Test]
    public async Task Cancelling_asks_for_a_reason_and_the_cohort_page_shows_it()
    {
        var id = await App.NewBerlinCohortAsync("BER-STAT-03", 12);
        var url = $"/Cohorts/Edit/{id}";
        var fields = Valid("BER-STAT-03");
        fields["Form.Status"] = nameof(CohortStatus.Cancelled);

        var refused = await PostAsync(url, fields);
        Assert.That(CohortPages.ErrorFor(refused, "CancellationReason-error"), Is.EqualTo("Give a reason for cancelling the cohort."));

        fields["Form.CancellationReason"] = "Too few learners signed up.";
        var response = await _staff.PostFormAsync(url, url, fields);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var page = await _staff.GetPageAsync($"/Cohorts/Details/{id}");
        Assert.That(page.QuerySelector("dl.facts")!.TextContent, Does.Contain("Cancelled because").And.Contain("Too few learners signed up."));
    }
}
