using System.Net;
using Bootcamp.Domain.Subscriptions;
using Bootcamp.IntegrationTests.Support;
using Bootcamp.Web.Features.Subscriptions;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Subscriptions;

/// <summary>
/// The mail server is named but nothing listens there (a closed loopback port): the run still delivers its file to
/// the owner's downloads, and the run history says why no e-mail went out.
/// </summary>
public sealed class UnreachableMailServerTests() : AppFixture(settings: new Dictionary<string, string>
{
    ["Smtp:Host"] = "127.0.0.1", ["Smtp:Port"] = SmtpInbox.FreePort().ToString(), ["Smtp:From"] = "reports@bootcamp.local",
})
{
    [Test]
    public async Task The_file_is_delivered_and_the_mail_failure_is_recorded_with_its_reason()
    {
        var partner = await App.SignInAsync(BootcampApp.Partner);
        var cohortId = await App.WithDbAsync(db => db.Cohorts.Where(c => c.Code == "LIS-QAA-03").Select(c => c.Id).SingleAsync());
        var created = await partner.PostFormAsync("/Subscriptions/Create", "/Subscriptions/Create", new()
        {
            ["Form.Cohorts"] = "chosen", ["Form.CohortIds"] = cohortId.ToString(), ["Form.Format"] = "xlsx", ["Form.Cadence"] = "weekly",
            ["Form.Weekday"] = "Monday", ["Form.DayOfMonth"] = "1", ["Form.Time"] = "07:00", ["Form.TimeZoneId"] = "Europe/Lisbon",
        });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await created.Content.ReadAsStringAsync());
        var id = await App.WithDbAsync(db => db.ReportSubscriptions.Select(s => s.Id).SingleAsync());

        Assert.That(await RecurringJobs.RunNowAsync(App, SubscriptionScheduler.JobId(id)), Is.EqualTo("Succeeded"));

        var run = await App.WithDbAsync(db => db.SubscriptionRuns.AsNoTracking().SingleAsync(r => r.SubscriptionId == id));
        Assert.That(run.Outcome, Is.EqualTo(RunOutcome.Delivered), run.Problem);
        Assert.That(run.EmailedTo, Is.Null);
        Assert.That(run.EmailProblem, Does.StartWith("The e-mail could not be sent: "));
        var download = await partner.GetAsync($"/Exports/File/{run.DownloadId}");
        Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await download.Content.ReadAsByteArrayAsync(), Has.Length.EqualTo(run.SizeBytes));
        var history = await partner.GetPageAsync($"/Subscriptions/Runs/{id}");
        Assert.That(history.QuerySelector("tbody tr")!.TextContent, Does.Contain("Delivered").And.Contain("could not be sent"));
    }
}
