using System.Net;
using Bootcamp.Domain.Subscriptions;
using Bootcamp.IntegrationTests.Support;
using Bootcamp.Web.Features.Subscriptions;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bootcamp.IntegrationTests.Subscriptions;

/// <summary>
/// The subscription pages of the Lisbon partner: what the form offers, the recurring job each save keeps in step,
/// bad input refused next to its field with nothing saved, and ids outside the partner's scope not found.
/// </summary>
public sealed class SubscriptionPagesTests : AppFixture
{
    private const string Maple = "maple@bootcamp.local";
    private int _lisbon;
    private int _toronto;

    protected override async Task ArrangeFixtureAsync() =>
        (_lisbon, _toronto) = await App.WithDbAsync(async db =>
            (await db.Cohorts.Where(c => c.Code == "LIS-QAA-03").Select(c => c.Id).SingleAsync(),
             await db.Cohorts.Where(c => c.Code == "TOR-CYB-04").Select(c => c.Id).SingleAsync()));

    private Dictionary<string, string> Fields(params (string Key, string Value)[] changes)
    {
        var fields = new Dictionary<string, string>
        {
            ["Form.Cohorts"] = "chosen", ["Form.CohortIds"] = _lisbon.ToString(), ["Form.Format"] = "xlsx", ["Form.Cadence"] = "weekly",
            ["Form.Weekday"] = "Monday", ["Form.DayOfMonth"] = "1", ["Form.Time"] = "07:00", ["Form.TimeZoneId"] = "Europe/Lisbon",
        };
        foreach (var (key, value) in changes)
            fields[key] = value;
        return fields;
    }

    private Task<int> CountAsync() => App.WithDbAsync(db => db.ReportSubscriptions.CountAsync());

    private async Task<ReportSubscription> CreateAsync(HttpClient client, Dictionary<string, string> fields)
    {
        var before = await App.WithDbAsync(db => db.ReportSubscriptions.Select(s => s.Id).ToListAsync());
        var response = await client.PostFormAsync("/Subscriptions/Create", "/Subscriptions/Create", fields);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await response.Content.ReadAsStringAsync());
        return await App.WithDbAsync(db => db.ReportSubscriptions.AsNoTracking().Include(s => s.Cohorts).SingleAsync(s => !before.Contains(s.Id)));
    }

    [Test]
    public async Task The_form_offers_the_partners_cohorts_and_the_time_zone_of_their_centre()
    {
        var partner = await App.SignInAsync(BootcampApp.Partner);

        var page = await partner.GetPageAsync("/Subscriptions/Create");

        var cohorts = page.QuerySelectorAll("input[name='Form.CohortIds']").Select(i => i.ParentElement!.TextContent.Trim().Split(',')[0]).ToList();
        Assert.That(cohorts, Is.EqualTo(new[] { "LIS-FSW-02", "LIS-QAA-03" }));
        Assert.That(page.QuerySelectorAll("#Form_TimeZoneId option").Select(o => o.GetAttribute("value")), Is.EqualTo(new[] { "Europe/Lisbon", "UTC" }));
        Assert.That(page.QuerySelector("#Form_TimeZoneId option[selected]")?.GetAttribute("value"), Is.EqualTo("Europe/Lisbon"));
        Assert.That(page.QuerySelector("nav a[href='/Subscriptions']")?.TextContent, Is.EqualTo("Scheduled reports"));
    }

    [Test]
    public async Task A_saved_subscription_is_a_recurring_job_at_its_time_in_its_time_zone()
    {
        var partner = await App.SignInAsync(BootcampApp.Partner);

        var subscription = await CreateAsync(partner, Fields());

        var job = RecurringJobs.Find(App, SubscriptionScheduler.JobId(subscription.Id));
        Assert.That(job, Is.Not.Null);
        Assert.That(job!.Cron, Is.EqualTo("0 7 * * 1"));
        Assert.That(job.TimeZoneId, Is.EqualTo("Europe/Lisbon"));
        Assert.That(subscription.Cohorts.Select(c => c.CohortId), Is.EqualTo(new[] { _lisbon }));
        var list = await partner.GetPageAsync("/Subscriptions");
        var row = list.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector($"a[href='/Subscriptions/Edit/{subscription.Id}']") is not null);
        Assert.That(row.TextContent, Does.Contain("LIS-QAA-03").And.Contain("Every Monday at 07:00 (Europe/Lisbon time)").And.Contain("Mon 15 Jun 2026, 07:00"));
    }

    [Test]
    public async Task Editing_a_subscription_moves_its_job_and_deleting_it_removes_the_job()
    {
        var partner = await App.SignInAsync(BootcampApp.Partner);
        var subscription = await CreateAsync(partner, Fields());
        var jobId = SubscriptionScheduler.JobId(subscription.Id);
        var url = $"/Subscriptions/Edit/{subscription.Id}";

        var edited = await partner.PostFormAsync(url, url, Fields(("Form.Cohorts", "all"), ("Form.Format", "pdf"), ("Form.Cadence", "monthly"),
            ("Form.DayOfMonth", "28"), ("Form.Time", "18:30"), ("Form.TimeZoneId", "UTC")));

        Assert.That(edited.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var job = RecurringJobs.Find(App, jobId);
        Assert.That(job!.Cron, Is.EqualTo("30 18 28 * *"));
        Assert.That(job.TimeZoneId, Is.EqualTo("UTC"));
        var stored = await App.WithDbAsync(db => db.ReportSubscriptions.AsNoTracking().Include(s => s.Cohorts).SingleAsync(s => s.Id == subscription.Id));
        Assert.That(stored.AllCohorts, Is.True);
        Assert.That(stored.Cohorts, Is.Empty);
        Assert.That(stored.Format, Is.EqualTo(ReportFormat.Pdf));

        var deleted = await partner.PostFormAsync(url, $"/Subscriptions/Delete/{subscription.Id}", []);

        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(RecurringJobs.Find(App, jobId), Is.Null);
        Assert.That(await App.WithDbAsync(db => db.ReportSubscriptions.AnyAsync(s => s.Id == subscription.Id)), Is.False);
    }

    [TestCase("Form_DayOfMonth", "Choose a day from 1 to 28: every month has those days, so no month is skipped.", "Form.Cadence=monthly", "Form.DayOfMonth=31")]
    [TestCase("Form_DayOfMonth", "Type the day of the month as a number from 1 to 28.", "Form.Cadence=monthly", "Form.DayOfMonth=last")]
    [TestCase("Form_Weekday", "Choose a day of the week, Monday to Sunday.", "Form.Weekday=Funday")]
    [TestCase("Form_Format", "Choose a format the report is offered in: xlsx (Excel workbook) or pdf.", "Form.Format=docx")]
    [TestCase("Form_Cadence", "Choose weekly or monthly.", "Form.Cadence=daily")]
    [TestCase("Form_Time", "Type the time as HH:MM on a 24-hour clock, for example 07:00.", "Form.Time=7 am")]
    [TestCase("Form_TimeZoneId", "Choose one of the time zones offered: your centres' or UTC.", "Form.TimeZoneId=America/Toronto")]
    public async Task Bad_input_gets_a_message_next_to_its_field_and_nothing_is_saved(string field, string message, params string[] changes)
    {
        var partner = await App.SignInAsync(BootcampApp.Partner);
        var before = await CountAsync();

        var response = await partner.PostFormAsync("/Subscriptions/Create", "/Subscriptions/Create",
            Fields([.. changes.Select(c => c.Split('=', 2)).Select(c => (c[0], c[1]))]));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await response.ReadPageAsync()).FieldError(field), Is.EqualTo(message));
        Assert.That(await CountAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task No_cohort_chosen_gets_a_message_at_the_cohorts_and_nothing_is_saved()
    {
        var partner = await App.SignInAsync(BootcampApp.Partner);
        var before = await CountAsync();
        var fields = Fields();
        fields.Remove("Form.CohortIds");

        var response = await partner.PostFormAsync("/Subscriptions/Create", "/Subscriptions/Create", fields);

        var page = await response.ReadPageAsync();
        Assert.That(page.GetElementById("Form_CohortIds-error")?.TextContent.Trim(), Is.EqualTo("Choose at least one cohort, or every cohort in your scope."));
        Assert.That(page.QuerySelector("fieldset")?.GetAttribute("aria-describedby"), Does.Contain("Form_CohortIds-error"));
        Assert.That(await CountAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task A_cohort_of_another_partner_is_not_found_when_creating_or_editing()
    {
        var partner = await App.SignInAsync(BootcampApp.Partner);
        var subscription = await CreateAsync(partner, Fields());
        var before = await CountAsync();
        var url = $"/Subscriptions/Edit/{subscription.Id}";

        var created = await partner.PostFormAsync("/Subscriptions/Create", "/Subscriptions/Create", Fields(("Form.CohortIds", _toronto.ToString())));
        var edited = await partner.PostFormAsync(url, url, Fields(("Form.CohortIds", _toronto.ToString())));

        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(edited.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await CountAsync(), Is.EqualTo(before));
        var stored = await App.WithDbAsync(db => db.SubscribedCohorts.Where(c => c.SubscriptionId == subscription.Id).Select(c => c.CohortId).ToListAsync());
        Assert.That(stored, Is.EqualTo(new[] { _lisbon }));
    }

    [Test]
    public async Task Another_users_subscription_is_not_found_and_stays()
    {
        var maple = await App.SignInAsync(Maple);
        var theirs = await CreateAsync(maple, Fields(("Form.CohortIds", _toronto.ToString()), ("Form.TimeZoneId", "America/Toronto")));
        var partner = await App.SignInAsync(BootcampApp.Partner);

        Assert.That((await partner.GetAsync($"/Subscriptions/Edit/{theirs.Id}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await partner.GetAsync($"/Subscriptions/Runs/{theirs.Id}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await partner.PostFormAsync("/Subscriptions", $"/Subscriptions/Edit/{theirs.Id}", Fields())).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await partner.PostFormAsync("/Subscriptions", $"/Subscriptions/Delete/{theirs.Id}", [])).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await partner.GetPageAsync("/Subscriptions")).QuerySelector($"a[href='/Subscriptions/Edit/{theirs.Id}']"), Is.Null);
        Assert.That(await App.WithDbAsync(db => db.ReportSubscriptions.AnyAsync(s => s.Id == theirs.Id)), Is.True);
        Assert.That(RecurringJobs.Find(App, SubscriptionScheduler.JobId(theirs.Id)), Is.Not.Null);
    }

    [Test]
    public async Task At_start_up_every_stored_subscription_gets_its_job_back_and_jobs_without_one_are_removed()
    {
        var partner = await App.SignInAsync(BootcampApp.Partner);
        var subscription = await CreateAsync(partner, Fields(("Form.Weekday", "Friday"), ("Form.Time", "16:45")));
        var jobId = SubscriptionScheduler.JobId(subscription.Id);
        var manager = App.Services.GetRequiredService<IRecurringJobManager>();
        manager.RemoveIfExists(jobId);
        manager.AddOrUpdate<SubscriptionJob>(SubscriptionScheduler.JobId(987654), job => job.RunAsync(987654, CancellationToken.None), "0 7 * * 1");

        await App.Services.GetServices<IHostedService>().OfType<SubscriptionJobsAtStartup>().Single().StartAsync(CancellationToken.None);

        Assert.That(RecurringJobs.Find(App, jobId)?.Cron, Is.EqualTo("45 16 * * 5"));
        Assert.That(RecurringJobs.Ids(App), Does.Not.Contain(SubscriptionScheduler.JobId(987654)));
    }

    [Test]
    public async Task Without_a_mail_server_a_run_fills_the_downloads_and_sends_nothing()
    {
        var staff = await App.SignInAsync(BootcampApp.Staff);
        var subscription = await CreateAsync(staff, Fields(("Form.Cohorts", "all"), ("Form.TimeZoneId", "Europe/Berlin")));

        Assert.That(await RecurringJobs.RunNowAsync(App, SubscriptionScheduler.JobId(subscription.Id)), Is.EqualTo("Succeeded"));

        var run = await App.WithDbAsync(db => db.SubscriptionRuns.AsNoTracking().SingleAsync(r => r.SubscriptionId == subscription.Id));
        Assert.That(run.Outcome, Is.EqualTo(RunOutcome.Delivered), run.Problem);
        Assert.That(run.EmailedTo, Is.Null);
        Assert.That(run.EmailProblem, Is.Null);
        var downloads = await staff.GetPageAsync("/Exports/Downloads");
        Assert.That(downloads.QuerySelector($"a[href='/Exports/File/{run.DownloadId}']"), Is.Not.Null);
        var history = await staff.GetPageAsync($"/Subscriptions/Runs/{subscription.Id}");
        Assert.That(history.QuerySelector($"a[href='/Exports/File/{run.DownloadId}']")?.TextContent, Is.EqualTo(run.FileName));
    }

    [Test]
    public async Task The_job_dashboard_is_for_admins_only()
    {
        foreach (var who in new[] { BootcampApp.Partner, BootcampApp.Staff, BootcampApp.Instructor })
        {
            var response = await (await App.SignInAsync(who)).GetAsync("/jobs");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden).Or.EqualTo(HttpStatusCode.Unauthorized), who);
        }
        Assert.That((await App.Anonymous().GetAsync("/jobs")).StatusCode, Is.Not.EqualTo(HttpStatusCode.OK));
        Assert.That((await (await App.SignInAsync(BootcampApp.Admin)).GetAsync("/jobs")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
