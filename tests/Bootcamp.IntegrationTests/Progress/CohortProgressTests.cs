using Bootcamp.Domain.Logging;
using Bootcamp.IntegrationTests.Support;

namespace Bootcamp.IntegrationTests.Progress;

public sealed class CohortProgressTests : AppFixture
{
    [Test]
    public async Task Cohort_page_shows_attendance_rate_and_hours_per_learner_and_a_weekly_chart()
    {
        var world = await LoggingWorld.CreateAsync(App);
        var learner = world.Regulars[0];
        await App.WithDbAsync(async db =>
        {
            db.Attendance.Add(new Bootcamp.Domain.Logging.Attendance(world.Sessions[-30], learner, AttendanceStatus.Present, null, BootcampApp.Instructor, App.UtcNow));
            db.Attendance.Add(new Bootcamp.Domain.Logging.Attendance(world.Sessions[-10], learner, AttendanceStatus.Absent, null, BootcampApp.Instructor, App.UtcNow));
            db.Attendance.Add(new Bootcamp.Domain.Logging.Attendance(world.Sessions[-3], learner, AttendanceStatus.Excused, "Ill", BootcampApp.Instructor, App.UtcNow));
            return await db.SaveChangesAsync();
        });
        await world.StoreHoursAsync(App, learner, world.Today.AddDays(-8), 6 * 60, BootcampApp.Instructor, App.UtcNow);
        await world.StoreHoursAsync(App, learner, world.Today.AddDays(-7), 4 * 60, BootcampApp.Instructor, App.UtcNow);
        var required = await App.WithDbAsync(db => Task.FromResult(db.Programmes.Where(p => p.Code == "FSW").Select(p => p.Criteria.MinExerciseMinutes).Single() / 60));
        var client = await App.SignInAsync(BootcampApp.Instructor);

        var page = await client.GetPageAsync($"/Cohorts/Details/{world.CohortId}");

        var row = page.QuerySelectorAll("[aria-labelledby=learners-heading] table.learners tbody tr").Single(r => r.QuerySelector($"td[data-badges='{learner}']") is not null);
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        var section = page.QuerySelector("[aria-labelledby=progress-heading]");
        Assert.That(section, Is.Not.Null);
        Assert.That(cells[0], Does.StartWith("50%").And.Contain("1 excused"));
        Assert.That(cells[1], Does.StartWith("10 of"));
        Assert.That(cells[2], Does.StartWith($"10 of {required} h"));
        Assert.That(section!.QuerySelectorAll("svg rect"), Is.Not.Empty, "a bar for the weeks with hours");
        Assert.That(section.QuerySelector("svg polyline")?.GetAttribute("points"), Is.Not.Empty);
        Assert.That(page.QuerySelectorAll("script"), Is.Empty);
    }

    [Test]
    public async Task Partner_sees_progress_of_its_cohort_without_logging_links()
    {
        var partner = await App.SignInAsync(BootcampApp.Partner);
        var cohortId = await App.WithDbAsync(db => Task.FromResult(db.Cohorts.Single(c => c.Code == "LIS-QAA-03").Id));

        var page = await partner.GetPageAsync($"/Cohorts/Details/{cohortId}");

        Assert.That(page.QuerySelectorAll("[aria-labelledby=learners-heading] table.learners tbody tr td[data-badges]"), Is.Not.Empty);
        Assert.That(page.QuerySelector("main a[href^='/ExerciseHours'], main a[href^='/Attendance']"), Is.Null);
    }
}
