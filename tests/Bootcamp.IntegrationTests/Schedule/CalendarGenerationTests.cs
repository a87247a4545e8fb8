using System.Net;
using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Logging;
using Bootcamp.IntegrationTests.Cohorts;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Schedule;

public sealed class CalendarGenerationTests : AppFixture
{
    private HttpClient _staff = null!;

    protected override async Task ArrangeFixtureAsync() => _staff = await App.SignInAsync(BootcampApp.Staff);

    [Test]
    public async Task Preview_shows_the_sessions_end_date_and_skipped_holiday_and_saves_nothing_until_save()
    {
        // Ascension Day (Christi Himmelfahrt) is a public holiday in Berlin on Thursday 6 May 2027.
        var start = new DateOnly(2027, 5, 4);
        var holiday = new DateOnly(2027, 5, 6);
        var cohort = await App.NewCohortAsync("TST-GEN", start);
        string[] slots = ["Tue 17:30-21:00", "Thu 17:30-21:00"];

        var preview = await _staff.GenerateAsync(cohort, ScheduleScenario.GenerateFields(start, cohort, "preview", slots));
        Assert.That(preview.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var page = await preview.ReadPageAsync();
        var section = page.GetElementById("preview-heading")!.ParentElement!.TextContent;
        // Three modules of 7 h on 3.5 h slots: six sessions, and the holiday pushes the last one a slot later.
        var expectedEnd = start.AddDays(21);
        Assert.That(section, Does.Contain("Thu 6 May 2027: Public holiday: Christi Himmelfahrt"));
        Assert.That(page.QuerySelectorAll("#preview-heading ~ details tbody tr"), Has.Length.EqualTo(6));
        Assert.That(section, Does.Contain(expectedEnd.ToString("ddd d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(await App.SessionsAsync(cohort.Id), Is.Empty);

        await _staff.SaveCalendarAsync(cohort, start, slots);
        var sessions = await App.SessionsAsync(cohort.Id);
        Assert.That(sessions, Has.Count.EqualTo(6));
        Assert.That(sessions.Select(s => ScheduleScenario.LocalDate(s.StartUtc)), Does.Not.Contain(holiday));
        Assert.That(sessions.Select(s => ScheduleScenario.LocalTime(s.StartUtc)), Is.All.EqualTo(new TimeOnly(17, 30)));
        Assert.That(sessions.Select(s => s.RoomId), Is.All.EqualTo(cohort.RoomId));
        var endDate = await App.WithDbAsync(db => db.Cohorts.Where(c => c.Id == cohort.Id).Select(c => c.EndDate).SingleAsync());
        Assert.That(endDate, Is.EqualTo(expectedEnd));
    }

    [Test]
    public async Task Regenerating_keeps_past_sessions_and_sessions_with_attendance()
    {
        var start = ScheduleScenario.Next(DayOfWeek.Monday, -35);
        var cohort = await App.NewCohortAsync("TST-REGEN", start, modules: 3, minutesPerModule: 1050);
        await _staff.SaveCalendarAsync(cohort, start, "Mon 17:30-21:00", "Wed 17:30-21:00");
        var before = await App.SessionsAsync(cohort.Id);
        var now = App.UtcNow;
        var past = before.Where(s => ScheduleScenario.LocalDate(s.StartUtc) < ScheduleScenario.LocalDate(now)).ToList();
        var future = before.Where(s => s.StartUtc > now.AddDays(1)).ToList();
        Assert.That(past, Is.Not.Empty);
        Assert.That(future, Has.Count.GreaterThan(1));
        var marked = future[0];
        await App.WithDbAsync(async db =>
        {
            var learner = new Learner("Regen", "Learner", "regen.learner@test.local", null);
            db.Learners.Add(learner);
            await db.SaveChangesAsync();
            db.Enrolments.Add(new Enrolment(cohort.Id, learner.Id, start));
            db.Attendance.Add(new Bootcamp.Domain.Logging.Attendance(marked.Id, learner.Id, AttendanceStatus.Present, null, "test", App.UtcNow));
            return await db.SaveChangesAsync();
        });

        await _staff.SaveCalendarAsync(cohort, start, "Mon 18:00-21:30", "Wed 18:00-21:30");

        var after = await App.SessionsAsync(cohort.Id);
        foreach (var old in past.Append(marked))
        {
            var kept = after.SingleOrDefault(s => s.Id == old.Id);
            Assert.That(kept, Is.Not.Null, $"session {old.Id} on {old.StartUtc:u} was not kept");
            Assert.That(kept!.StartUtc, Is.EqualTo(old.StartUtc));
        }
        var replanned = after.Where(s => s.Id != marked.Id && s.StartUtc > now.AddDays(1)).ToList();
        Assert.That(replanned, Is.Not.Empty);
        Assert.That(replanned.Select(s => ScheduleScenario.LocalTime(s.StartUtc)), Is.All.EqualTo(new TimeOnly(18, 0)));
        Assert.That(after.Sum(s => s.Minutes), Is.EqualTo(3 * 1050), "every module's lecture time is given exactly once");
    }

    [TestCase("TST-NODAYS", new string[0], "at least one lecture day")]
    [TestCase("TST-BACKWARDS", new[] { "Tue 21:00-17:30" }, "before it starts")]
    [TestCase("TST-ZERO", new[] { "Tue 17:30-17:30" }, "give it a length")]
    public async Task A_bad_pattern_is_refused_with_a_message_and_nothing_is_saved(string code, string[] slots, string message)
    {
        var start = new DateOnly(2027, 9, 7);
        var cohort = await App.NewCohortAsync(code, start);
        var response = await _staff.GenerateAsync(cohort, ScheduleScenario.GenerateFields(start, cohort, "save", slots));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var page = await response.ReadPageAsync();
        Assert.That(CohortPages.ErrorFor(page, "Pattern-error"), Does.Contain(message));
        Assert.That(await App.SessionsAsync(cohort.Id), Is.Empty);
    }

    [Test]
    public async Task A_start_date_on_a_holiday_is_refused_next_to_the_start_date()
    {
        var start = new DateOnly(2027, 9, 14);
        var cohort = await App.NewCohortAsync("TST-HOLSTART", start);
        await App.AddHolidayAsync(start, "Start Day Holiday");
        var response = await _staff.GenerateAsync(cohort, ScheduleScenario.GenerateFields(start, cohort, "save", "Tue 17:30-21:00"));
        var page = await response.ReadPageAsync();
        Assert.That(CohortPages.ErrorFor(page, "start-error"), Does.Contain("Start Day Holiday"));
        Assert.That(await App.SessionsAsync(cohort.Id), Is.Empty);
    }

    [Test]
    public async Task A_selected_day_without_times_is_refused()
    {
        var start = new DateOnly(2027, 9, 7);
        var cohort = await App.NewCohortAsync("TST-NOTIME", start);
        var fields = ScheduleScenario.GenerateFields(start, cohort, "save", "Tue 17:30-21:00");
        fields["Form.Days[1].Start"] = "";
        var page = await (await _staff.GenerateAsync(cohort, fields)).ReadPageAsync();
        Assert.That(page.Body!.TextContent, Does.Contain("Tuesday: enter a start and an end time."));
        Assert.That(await App.SessionsAsync(cohort.Id), Is.Empty);
    }

    [Test]
    public async Task A_break_is_skipped_when_the_calendar_is_generated()
    {
        var start = new DateOnly(2027, 9, 7);
        var cohort = await App.NewCohortAsync("TST-BREAK", start);
        var response = await _staff.PostFormAsync($"/Schedule/Generate/{cohort.Id}", $"/Schedule/AddBreak/{cohort.Id}", new()
        {
            ["Break.Name"] = "Project week",
            ["Break.FirstDay"] = ScheduleScenario.Iso(start.AddDays(7)),
            ["Break.LastDay"] = ScheduleScenario.Iso(start.AddDays(13)),
        });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        await _staff.SaveCalendarAsync(cohort, start, "Tue 17:30-21:00");

        var dates = (await App.SessionsAsync(cohort.Id)).Select(s => ScheduleScenario.LocalDate(s.StartUtc)).ToList();
        Assert.That(dates, Has.Count.EqualTo(6));
        Assert.That(dates, Does.Not.Contain(start.AddDays(7)));
        Assert.That(dates[1], Is.EqualTo(start.AddDays(14)));
    }

    [Test]
    public async Task A_break_ending_before_it_starts_is_refused()
    {
        var start = new DateOnly(2027, 9, 7);
        var cohort = await App.NewCohortAsync("TST-BADBREAK", start);
        var response = await _staff.PostFormAsync($"/Schedule/Generate/{cohort.Id}", $"/Schedule/AddBreak/{cohort.Id}", new()
        {
            ["Break.Name"] = "Backwards",
            ["Break.FirstDay"] = ScheduleScenario.Iso(start.AddDays(7)),
            ["Break.LastDay"] = ScheduleScenario.Iso(start),
        });
        var page = await response.ReadPageAsync();
        Assert.That(CohortPages.ErrorFor(page, "break-last-error"), Does.Contain("cannot be before"));
        Assert.That(await App.WithDbAsync(db => db.CohortBreaks.CountAsync(b => b.CohortId == cohort.Id)), Is.Zero);
    }
}
