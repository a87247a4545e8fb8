using System.Net;
using Bootcamp.Domain.Cohorts;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Schedule;

/// <summary>Issue 12: several instructors per cohort, the free one suggested, no generation for finished cohorts, 24-hour times.</summary>
public sealed class InstructorRotaTests : AppFixture
{
    private HttpClient _staff = null!;

    protected override async Task ArrangeFixtureAsync() => _staff = await App.SignInAsync(BootcampApp.Staff);

    private Task SetInstructorsAsync(int cohortId, params int[] instructorIds) =>
        App.WithDbAsync(async db =>
        {
            var cohort = await db.Cohorts.Include(c => c.Instructors).SingleAsync(c => c.Id == cohortId);
            cohort.SetInstructors(instructorIds);
            return await db.SaveChangesAsync();
        });

    private static Dictionary<string, string> Rota(DateOnly start, TestCohort cohort, string split, params string[] slots)
    {
        var fields = ScheduleScenario.GenerateFields(start, cohort, "save", slots);
        fields.Remove("Form.InstructorId");
        fields["Form.Split"] = split;
        return fields;
    }

    [Test]
    public async Task By_weekday_Tuesdays_and_Thursdays_are_taught_by_different_instructors_who_both_join_the_cohort()
    {
        var start = ScheduleScenario.Next(DayOfWeek.Tuesday, 60);
        var cohort = await App.NewCohortAsync("TST-RWD", start);
        var other = await App.NewCohortAsync("TST-RWD2", start);
        var fields = Rota(start, cohort, "ByWeekday", "Tue 17:30-21:00", "Thu 17:30-21:00");
        fields["Form.WeekdayInstructors[Tuesday]"] = cohort.InstructorId.ToString();
        fields["Form.WeekdayInstructors[Thursday]"] = other.InstructorId.ToString();

        var response = await _staff.GenerateAsync(cohort, fields);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await response.Content.ReadAsStringAsync());
        var sessions = await App.SessionsAsync(cohort.Id);
        Assert.That(sessions, Has.Count.EqualTo(6));
        Assert.That(sessions.Select(s => (ScheduleScenario.LocalDate(s.StartUtc).DayOfWeek, s.InstructorId)).Distinct(),
            Is.EquivalentTo(new (DayOfWeek, int?)[] { (DayOfWeek.Tuesday, cohort.InstructorId), (DayOfWeek.Thursday, other.InstructorId) }));
        var teaching = await App.WithDbAsync(db => db.CohortInstructors.Where(ci => ci.CohortId == cohort.Id).Select(ci => ci.InstructorId).ToListAsync());
        Assert.That(teaching, Is.EquivalentTo(new[] { cohort.InstructorId, other.InstructorId }));
    }

    [Test]
    public async Task By_module_and_taking_turns_show_each_instructor_in_the_preview()
    {
        var start = ScheduleScenario.Next(DayOfWeek.Tuesday, 60);
        var cohort = await App.NewCohortAsync("TST-RMOD", start);
        var other = await App.NewCohortAsync("TST-RMOD2", start);
        var modules = await App.WithDbAsync(db => db.Modules.Where(m => m.ProgrammeId == db.Cohorts.Single(c => c.Id == cohort.Id).ProgrammeId)
            .OrderBy(m => m.Position).Select(m => m.Id).ToListAsync());
        var byModule = Rota(start, cohort, "ByModule", "Tue 17:30-21:00");
        byModule["command"] = "preview";
        byModule[$"Form.ModuleInstructors[{modules[0]}]"] = other.InstructorId.ToString();
        byModule[$"Form.ModuleInstructors[{modules[1]}]"] = cohort.InstructorId.ToString();

        var page = await (await _staff.GenerateAsync(cohort, byModule)).ReadPageAsync();

        var teachers = page.QuerySelectorAll("#preview-heading ~ details tbody tr td:nth-child(6)").Select(td => td.TextContent.Trim()).ToList();
        Assert.That(teachers, Is.EqualTo(new[] { "Teacher TST-RMOD2", "Teacher TST-RMOD2", "Teacher TST-RMOD", "Teacher TST-RMOD", "", "" }));

        var turns = Rota(start, cohort, "TakeTurns", "Tue 17:30-21:00");
        turns["command"] = "preview";
        turns["Form.TurnIds"] = other.InstructorId.ToString();
        var refused = await (await _staff.GenerateAsync(cohort, turns)).ReadPageAsync();
        Assert.That(refused.GetElementById("Form_TurnIds-error")!.TextContent, Is.EqualTo("Tick at least two instructors to take turns, or choose one instructor for every lecture."));
        Assert.That(await App.SessionsAsync(cohort.Id), Is.Empty);
    }

    [Test]
    public async Task The_free_instructor_is_listed_first_and_pre_selected_and_one_who_clashes_never_is()
    {
        var start = ScheduleScenario.Next(DayOfWeek.Tuesday, 60);
        var busy = await App.NewCohortAsync("TST-BUSY", start);
        await _staff.SaveCalendarAsync(busy, start, "Tue 18:00-20:00");
        var cohort = await App.NewCohortAsync("TST-FREE", start);
        await SetInstructorsAsync(cohort.Id, busy.InstructorId, cohort.InstructorId);

        var page = await _staff.GetPageAsync($"/Schedule/Generate/{cohort.Id}");

        var options = page.QuerySelectorAll("#Form_InstructorId option").Skip(1).ToList();
        Assert.That(options[0].TextContent, Is.EqualTo("Teacher TST-FREE (teaches this cohort): free"));
        Assert.That(options[0].HasAttribute("selected"), Is.True);
        var clashing = options.Single(o => o.GetAttribute("value") == busy.InstructorId.ToString());
        Assert.That(clashing.TextContent, Is.EqualTo("Teacher TST-BUSY (teaches this cohort): 6 lectures clash"));
        Assert.That(clashing.HasAttribute("selected"), Is.False);

        await SetInstructorsAsync(cohort.Id, busy.InstructorId);
        var onlyBusy = await _staff.GetPageAsync($"/Schedule/Generate/{cohort.Id}");
        Assert.That(onlyBusy.QuerySelectorAll("#Form_InstructorId option[selected]").Select(o => o.GetAttribute("value")), Is.EqualTo(new[] { "" }).Or.Empty);
        Assert.That(onlyBusy.QuerySelector("#split-one")!.HasAttribute("checked"), Is.True);
    }

    [Test]
    public async Task A_finished_cohort_offers_no_generation_and_a_post_is_refused_with_a_message()
    {
        var start = ScheduleScenario.Next(DayOfWeek.Tuesday, -300);
        var cohort = await App.NewCohortAsync("TST-DONE", start);
        await App.WithDbAsync(async db =>
        {
            var entity = await db.Cohorts.SingleAsync(c => c.Id == cohort.Id);
            entity.ChangeStatus(CohortStatus.Cancelled, "Too few learners signed up.");
            return await db.SaveChangesAsync();
        });

        var calendar = await _staff.GetPageAsync($"/Schedule/Cohort/{cohort.Id}");
        Assert.That(calendar.QuerySelectorAll($"a[href='/Schedule/Generate/{cohort.Id}']"), Is.Empty);
        var list = await _staff.GetPageAsync("/Schedule");
        Assert.That(list.QuerySelectorAll($"a[href='/Schedule/Generate/{cohort.Id}']"), Is.Empty);
        var page = await _staff.GetPageAsync($"/Schedule/Generate/{cohort.Id}");
        Assert.That(page.GetElementById("finished")!.TextContent, Does.Contain("TST-DONE is cancelled: its calendar can no longer be generated."));
        Assert.That(page.QuerySelectorAll("form[action^='/Schedule/Generate']"), Is.Empty);

        var response = await _staff.PostFormAsync("/Schedule", $"/Schedule/Generate/{cohort.Id}", ScheduleScenario.GenerateFields(start, cohort, "save", "Tue 17:30-21:00"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await response.ReadPageAsync()).ErrorSummaryText(),
            Does.Contain("TST-DONE is cancelled: its calendar can no longer be generated."));
        Assert.That(await App.SessionsAsync(cohort.Id), Is.Empty);
    }

    [Test]
    public async Task Lecture_times_are_24_hour_text_fields_and_a_12_hour_time_is_refused_at_its_field()
    {
        var start = ScheduleScenario.Next(DayOfWeek.Tuesday, 60);
        var cohort = await App.NewCohortAsync("TST-24H", start);
        var page = await _staff.GetPageAsync($"/Schedule/Generate/{cohort.Id}");
        var tuesday = page.QuerySelector("input[name='Form.Days[1].Start']")!;
        Assert.That((tuesday.GetAttribute("type"), tuesday.GetAttribute("pattern"), tuesday.GetAttribute("inputmode"), tuesday.GetAttribute("value")),
            Is.EqualTo(("text", "[0-2][0-9]:[0-5][0-9]", "numeric", "17:30")));
        Assert.That(page.QuerySelectorAll("input[type=time]"), Is.Empty);

        var fields = ScheduleScenario.GenerateFields(start, cohort, "save", "Tue 17:30-21:00");
        fields["Form.Days[1].Start"] = "6:00 PM";
        var refused = await (await _staff.GenerateAsync(cohort, fields)).ReadPageAsync();

        Assert.That(refused.QuerySelector("[data-valmsg-for='Form.Days[1].Start']")!.TextContent, Is.EqualTo("Give the time as 24-hour hh:mm, for example 18:00."));
        Assert.That(refused.QuerySelector("input[name='Form.Days[1].Start']")!.GetAttribute("value"), Is.EqualTo("6:00 PM"));
        Assert.That(await App.SessionsAsync(cohort.Id), Is.Empty);

        fields["Form.Days[1].Start"] = "9:30";
        fields["Form.Days[1].End"] = "13:00";
        var saved = await _staff.GenerateAsync(cohort, fields);
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await saved.Content.ReadAsStringAsync());
        Assert.That((await App.SessionsAsync(cohort.Id)).Select(s => ScheduleScenario.LocalTime(s.StartUtc)), Is.All.EqualTo(new TimeOnly(9, 30)));
    }
}
