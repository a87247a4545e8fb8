using System.Net;
using Bootcamp.Domain.Cohorts;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Cohorts;

public sealed class CohortEditingTests : AppFixture
{
    private HttpClient _staff = null!;
    private int _berlinId;
    private int _lisbonId;
    private int _danId;
    private int _spreeId;

    protected override async Task ArrangeFixtureAsync()
    {
        _staff = await App.SignInAsync(BootcampApp.Staff);
        (_berlinId, _lisbonId, _danId, _spreeId) = await App.WithDbAsync(async db => (
            await db.Centres.Where(c => c.Name == "Berlin Kreuzberg").Select(c => c.Id).SingleAsync(),
            await db.Centres.Where(c => c.Name == "Lisbon Alcântara").Select(c => c.Id).SingleAsync(),
            await db.Programmes.Where(p => p.Code == "DAN").Select(p => p.Id).SingleAsync(),
            await db.Rooms.Where(r => r.Name == "Spree").Select(r => r.Id).SingleAsync()));
    }

    private static readonly string[] Week = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    /// <summary>The form always posts all seven days, as the page does: a list index cannot be skipped.</summary>
    private static Dictionary<string, string> WithWeek(Dictionary<string, string> fields)
    {
        for (var i = 0; i < Week.Length; i++)
            fields[$"Form.Days[{i}].Day"] = Week[i];
        return fields;
    }

    private Dictionary<string, string> NewCohort(string code) => WithWeek(new()
    {
        ["Form.Code"] = code,
        ["Form.ProgrammeId"] = _danId.ToString(),
        ["Form.CentreId"] = _berlinId.ToString(),
        ["Form.StartDate"] = "2027-02-01",
        ["Form.Capacity"] = "18",
        ["Form.DefaultRoomId"] = _spreeId.ToString(),
        ["Form.Status"] = nameof(CohortStatus.Planned),
        ["Form.Days[0].Day"] = "Monday",
        ["Form.Days[0].Lectures"] = "true",
        ["Form.Days[0].Start"] = "18:00",
        ["Form.Days[0].End"] = "21:00",
        ["Form.Days[3].Day"] = "Thursday",
        ["Form.Days[3].Lectures"] = "true",
        ["Form.Days[3].Start"] = "18:00",
        ["Form.Days[3].End"] = "21:00",
    });

    private Task<bool> ExistsAsync(string code) => App.WithDbAsync(db => db.Cohorts.AnyAsync(c => c.Code == code));

    [Test]
    public async Task Staff_create_a_cohort_at_their_centre_and_land_on_generating_its_calendar()
    {
        var response = await _staff.PostFormAsync("/Cohorts/Create", "/Cohorts/Create", NewCohort("BER-DAN-04"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var generate = await _staff.GetPageAsync(response.Headers.Location!.ToString());
        Assert.That(generate.QuerySelector("h1")!.TextContent, Is.EqualTo("Generate the calendar of BER-DAN-04"));
        Assert.That(generate.QuerySelector(".flash")!.TextContent, Does.Contain("Cohort BER-DAN-04 created. Next: generate its calendar"));
        Assert.That(generate.QuerySelector("input[name='Form.Days[3].Start']")!.GetAttribute("value"), Is.EqualTo("18:00"));
        var cohortPage = generate.QuerySelector("a[href^='/Cohorts/Details/']")!.GetAttribute("href")!;
        var page = await _staff.GetPageAsync(cohortPage);
        Assert.That(page.QuerySelector("h1")!.TextContent, Does.Contain("BER-DAN-04"));
        Assert.That(page.QuerySelector("dl.facts")!.TextContent, Does.Contain("Mondays and Thursdays 18:00–21:00").And.Contain("Spree"));
    }

    [Test]
    public async Task The_create_form_offers_staff_only_their_centres()
    {
        var page = await _staff.GetPageAsync("/Cohorts/Create");
        var centres = page.QuerySelectorAll("#Form_CentreId option").Select(o => o.TextContent).ToList();
        Assert.That(centres, Is.EqualTo(new[] { "Choose a centre", "Berlin Kreuzberg" }));
        Assert.That(page.QuerySelectorAll("input[type=checkbox][name$='.Lectures']"), Has.Length.EqualTo(7));
    }

    [Test]
    public async Task Staff_cannot_create_a_cohort_at_another_centre()
    {
        var fields = NewCohort("LIS-DAN-01");
        fields["Form.CentreId"] = _lisbonId.ToString();
        fields.Remove("Form.DefaultRoomId");
        var response = await _staff.PostFormAsync("/Cohorts/Create", "/Cohorts/Create", fields);
        var page = await response.ReadPageAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(CohortPages.ErrorFor(page, "CentreId-error"), Is.EqualTo("Choose one of your centres."));
        Assert.That(await ExistsAsync("LIS-DAN-01"), Is.False);
    }

    [TestCase(null, null, "Choose at least one lecture day.")]
    [TestCase("18:00", "17:00", "before it starts")]
    [TestCase("18:00", "18:00", "give it a length")]
    public async Task A_bad_pattern_shows_its_error_next_to_the_pattern_and_saves_nothing(string? start, string? end, string message)
    {
        var code = $"BER-BAD-{start?.Replace(":", "")}{end?.Replace(":", "")}";
        var fields = NewCohort(code);
        fields.Remove("Form.Days[3].Lectures");
        if (start is null)
            fields["Form.Days[0].Lectures"] = "false";
        else
            (fields["Form.Days[0].Start"], fields["Form.Days[0].End"]) = (start, end!);
        var response = await _staff.PostFormAsync("/Cohorts/Create", "/Cohorts/Create", fields);
        var page = await response.ReadPageAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(CohortPages.ErrorFor(page, "Pattern-error"), Does.Contain(message));
        Assert.That(page.QuerySelector("#Form_Code")!.GetAttribute("value"), Is.EqualTo(code));
        Assert.That(await ExistsAsync(code), Is.False);
    }

    [Test]
    public async Task A_duplicate_code_and_a_room_of_another_centre_are_refused_next_to_their_fields()
    {
        var fields = NewCohort("BER-FSW-07");
        fields["Form.DefaultRoomId"] = (await App.WithDbAsync(db => db.Rooms.Where(r => r.CentreId == _lisbonId).Select(r => r.Id).FirstAsync())).ToString();
        var page = await (await _staff.PostFormAsync("/Cohorts/Create", "/Cohorts/Create", fields)).ReadPageAsync();
        Assert.That(CohortPages.ErrorFor(page, "Code-error"), Does.Contain("already has the code BER-FSW-07"));
        Assert.That(CohortPages.ErrorFor(page, "DefaultRoomId-error"), Is.EqualTo("Choose a room of the cohort's centre."));
        Assert.That(await App.WithDbAsync(db => db.Cohorts.CountAsync(c => c.Code == "BER-FSW-07")), Is.EqualTo(1));
    }

    [Test]
    public async Task The_edit_form_shows_the_current_pattern_and_instructors()
    {
        var id = await App.CohortIdAsync("BER-FSW-07");
        var page = await _staff.GetPageAsync($"/Cohorts/Edit/{id}");
        var ticked = page.QuerySelectorAll("input[type=checkbox][name$='.Lectures'][checked]").Length;
        Assert.That(ticked, Is.EqualTo(3));
        Assert.That(page.QuerySelectorAll("input[name='Form.InstructorIds'][checked]").Select(o => o.ParentElement!.TextContent.Trim()), Does.Contain("Amira Haddad"));
        Assert.That(page.QuerySelector("input[name='Form.Days[0].Start']")!.GetAttribute("value"), Is.EqualTo("17:30"));
    }

    [Test]
    public async Task Staff_edit_capacity_pattern_status_and_instructors()
    {
        var id = await App.NewBerlinCohortAsync("BER-EDIT-01", 15);
        var instructorIds = await App.WithDbAsync(db => db.Instructors.Where(i => i.HomeCentreId == _berlinId).OrderBy(i => i.Id).Select(i => i.Id).Take(2).ToListAsync());
        var fields = WithWeek(new()
        {
            ["Form.Code"] = "BER-EDIT-02",
            ["Form.StartDate"] = "2027-03-08",
            ["Form.Capacity"] = "25",
            ["Form.Status"] = nameof(CohortStatus.Active),
            ["Form.Days[2].Day"] = "Wednesday",
            ["Form.Days[2].Lectures"] = "true",
            ["Form.Days[2].Start"] = "09:00",
            ["Form.Days[2].End"] = "12:30",
        });
        for (var n = 0; n < instructorIds.Count; n++)
            fields[$"Form.InstructorIds[{n}]"] = instructorIds[n].ToString();
        var url = $"/Cohorts/Edit/{id}";
        var response = await _staff.PostFormAsync(url, url, fields);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var saved = await App.WithDbAsync(db => db.Cohorts.Include(c => c.Instructors).SingleAsync(c => c.Id == id));
        Assert.That((saved.Code, saved.Capacity, saved.Status, saved.StartDate), Is.EqualTo(("BER-EDIT-02", 25, CohortStatus.Active, new DateOnly(2027, 3, 8))));
        Assert.That(saved.Pattern, Is.EqualTo(new[] { new LectureSlot(DayOfWeek.Wednesday, new TimeOnly(9, 0), new TimeOnly(12, 30)) }));
        Assert.That(saved.Instructors.Select(i => i.InstructorId), Is.EquivalentTo(instructorIds));
    }

    [Test]
    public async Task A_bad_edit_keeps_the_cohort_as_it_was()
    {
        var id = await App.NewBerlinCohortAsync("BER-EDIT-03", 15);
        var url = $"/Cohorts/Edit/{id}";
        var response = await _staff.PostFormAsync(url, url, WithWeek(new()
        {
            ["Form.Code"] = "BER-EDIT-03",
            ["Form.StartDate"] = "2027-03-08",
            ["Form.Capacity"] = "0",
            ["Form.Status"] = nameof(CohortStatus.Planned),
        }));
        var page = await response.ReadPageAsync();
        Assert.That(CohortPages.ErrorFor(page, "Capacity-error"), Is.EqualTo("Capacity is 1 to 200 learners."));
        Assert.That(CohortPages.ErrorFor(page, "Pattern-error"), Is.EqualTo("Choose at least one lecture day."));
        var saved = await App.WithDbAsync(db => db.Cohorts.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.That((saved.Capacity, saved.Pattern.Count), Is.EqualTo((15, 1)));
    }

    [Test]
    public async Task A_post_without_the_anti_forgery_token_is_rejected()
    {
        var response = await _staff.PostAsync("/Cohorts/Create", new FormUrlEncodedContent(NewCohort("BER-CSRF-01")));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await ExistsAsync("BER-CSRF-01"), Is.False);
    }

    [Test]
    public async Task Admin_may_create_a_cohort_at_any_centre()
    {
        var admin = await App.SignInAsync(BootcampApp.Admin);
        var fields = NewCohort("LIS-DAN-02");
        fields["Form.CentreId"] = _lisbonId.ToString();
        fields.Remove("Form.DefaultRoomId");
        var response = await admin.PostFormAsync("/Cohorts/Create", "/Cohorts/Create", fields);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await ExistsAsync("LIS-DAN-02"), Is.True);
    }
}
