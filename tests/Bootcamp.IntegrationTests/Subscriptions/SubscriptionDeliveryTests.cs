using System.Net;
using System.Text.RegularExpressions;
using Bootcamp.Domain.Subscriptions;
using Bootcamp.IntegrationTests.Support;
using Bootcamp.Web.Features.Subscriptions;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace Bootcamp.IntegrationTests.Subscriptions;

/// <summary>
/// Scheduled runs on the app's real Hangfire server, mailed through a real SMTP server in the test process: the file
/// lands in the owner's downloads, the e-mail carries a link and never the file, and every run is recorded.
/// </summary>
public sealed partial class SubscriptionDeliveryTests : AppFixture
{
    private const string Maple = "maple@bootcamp.local";
    private readonly SmtpInbox _inbox;

    public SubscriptionDeliveryTests() : this(new SmtpInbox())
    {
    }

    private SubscriptionDeliveryTests(SmtpInbox inbox)
        : base(settings: new Dictionary<string, string> { ["Smtp:Host"] = "127.0.0.1", ["Smtp:Port"] = inbox.Port.ToString(), ["Smtp:From"] = "reports@bootcamp.local" }) =>
        _inbox = inbox;

    [OneTimeTearDown]
    public void StopInbox() => _inbox.Dispose();

    private Task<int> CohortIdAsync(string code) => App.WithDbAsync(db => db.Cohorts.Where(c => c.Code == code).Select(c => c.Id).SingleAsync());

    private async Task<int> SubscribeAsync(HttpClient client, string cohorts, string format, string timeZone, params int[] cohortIds)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Form.Cohorts", cohorts), new("Form.Format", format), new("Form.Cadence", "weekly"), new("Form.Weekday", "Monday"),
            new("Form.DayOfMonth", "1"), new("Form.Time", "07:00"), new("Form.TimeZoneId", timeZone),
        };
        fields.AddRange(cohortIds.Select(id => new KeyValuePair<string, string>("Form.CohortIds", id.ToString())));
        var page = await client.GetStringAsync("/Subscriptions/Create");
        fields.Add(new("__RequestVerificationToken", WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value)));
        var before = await App.WithDbAsync(db => db.ReportSubscriptions.Select(s => s.Id).ToListAsync());
        var response = await client.PostAsync("/Subscriptions/Create", new FormUrlEncodedContent(fields));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await response.Content.ReadAsStringAsync());
        return await App.WithDbAsync(db => db.ReportSubscriptions.Where(s => !before.Contains(s.Id)).Select(s => s.Id).SingleAsync());
    }

    private async Task<IReadOnlyList<SubscriptionRun>> RunAsync(int subscriptionId)
    {
        Assert.That(await RecurringJobs.RunNowAsync(App, SubscriptionScheduler.JobId(subscriptionId)), Is.EqualTo("Succeeded"));
        return await App.WithDbAsync(db => db.SubscriptionRuns.AsNoTracking().Where(r => r.SubscriptionId == subscriptionId).OrderBy(r => r.Id).ToListAsync());
    }

    private static string LinkIn(MimeKit.MimeMessage message)
    {
        var link = DownloadLink().Match(message.TextBody ?? "");
        Assert.That(link.Success, Is.True, message.TextBody);
        return link.Groups["path"].Value;
    }

    [Test]
    public async Task A_run_puts_the_workbook_into_the_downloads_and_mails_a_link_never_the_file()
    {
        var partner = await App.SignInAsync(BootcampApp.Partner);
        var id = await SubscribeAsync(partner, "chosen", "xlsx", "Europe/Lisbon", await CohortIdAsync("LIS-QAA-03"));

        var run = (await RunAsync(id)).Single();

        Assert.That(run.Outcome, Is.EqualTo(RunOutcome.Delivered), run.Problem);
        // Wednesday 10 June: the last Monday 07:00 in Lisbon (UTC+1 in summer) was 8 June, so the figures are Sunday's.
        Assert.That(run.DueAtUtc, Is.EqualTo(new DateTime(2026, 6, 8, 6, 0, 0)));
        Assert.That(run.AsOf, Is.EqualTo(new DateOnly(2026, 6, 7)));
        Assert.That(run.FileName, Is.EqualTo("progress-LIS-QAA-03-2026-06-07.xlsx"));
        Assert.That(run.EmailedTo, Is.EqualTo(BootcampApp.Partner));
        var message = _inbox.Messages.Single(m => m.To.Mailboxes.Any(a => a.Address == BootcampApp.Partner) && (m.TextBody ?? "").Contains(run.FileName!));
        Assert.That(message.From.Mailboxes.Single().Address, Is.EqualTo("reports@bootcamp.local"));
        Assert.That(message.Subject, Is.EqualTo("Progress report as of 7 Jun 2026"));
        Assert.That(message.Attachments, Is.Empty);
        Assert.That(message.BodyParts.Select(p => p.ContentType.MimeType), Is.EqualTo(new[] { "text/plain" }));

        var link = LinkIn(message);
        var download = await partner.GetAsync(link);
        Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var file = await download.Content.ReadAsByteArrayAsync();
        Assert.That(file, Has.Length.EqualTo(run.SizeBytes));
        using var workbook = new XLWorkbook(new MemoryStream(file));
        Assert.That(workbook.Worksheet("Summary").Cell(2, 1).GetString(), Is.EqualTo("LIS-QAA-03"));
        Assert.That(workbook.Properties.Title, Is.EqualTo("Progress report as of 2026-06-07"));
        Assert.That(workbook.Properties.Subject, Does.StartWith("Rui Carvalho (partner)"));
        Assert.That((await App.Anonymous().GetAsync(link)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await (await App.SignInAsync(Maple)).GetAsync(link)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));

        var history = await partner.GetPageAsync($"/Subscriptions/Runs/{id}");
        Assert.That(history.QuerySelector("tbody tr")!.TextContent, Does.Contain("2026-06-07").And.Contain("Delivered").And.Contain(run.FileName).And.Contain("KB")
            .And.Contain($"Sent to {BootcampApp.Partner}"));
    }

    [Test]
    public async Task A_second_run_for_the_same_due_time_makes_no_second_report()
    {
        var partner = await App.SignInAsync(BootcampApp.Partner);
        var id = await SubscribeAsync(partner, "chosen", "pdf", "UTC", await CohortIdAsync("LIS-FSW-02"));
        await RunAsync(id);
        var mails = _inbox.Messages.Count;

        var runs = await RunAsync(id);

        Assert.That(runs.Single().Outcome, Is.EqualTo(RunOutcome.Delivered));
        Assert.That(runs.Single().EmailedTo, Is.EqualTo(BootcampApp.Partner));
        Assert.That(_inbox.Messages, Has.Count.EqualTo(mails));
        Assert.That(await App.WithDbAsync(db => db.ExportFiles.CountAsync(f => f.FileName == "progress-LIS-FSW-02-2026-06-07.pdf")), Is.EqualTo(1));
    }

    [Test]
    public async Task Every_cohort_in_scope_takes_in_a_cohort_added_later_and_never_another_partners()
    {
        var partner = await App.SignInAsync(BootcampApp.Partner);
        var id = await SubscribeAsync(partner, "all", "pdf", "Europe/Lisbon");
        await App.WithDbAsync(async db =>
        {
            var cohort = await db.Cohorts.Include(c => c.Sponsors).SingleAsync(c => c.Code == "TOR-DAN-02");
            cohort.SetSponsors([await db.Partners.Where(p => p.Name == "Atlantic Skills Alliance").Select(p => p.Id).SingleAsync()]);
            return await db.SaveChangesAsync();
        });

        var run = (await RunAsync(id)).Single();

        Assert.That(run.Outcome, Is.EqualTo(RunOutcome.Delivered), run.Problem);
        var message = _inbox.Messages.Single(m => (m.TextBody ?? "").Contains(run.FileName!) && (m.TextBody ?? "").Contains("TOR-DAN-02"));
        var file = await partner.GetByteArrayAsync(LinkIn(message));
        using var pdf = PdfDocument.Open(file);
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
        Assert.That(text, Does.Contain("LIS-QAA-03").And.Contain("LIS-FSW-02").And.Contain("TOR-DAN-02"));
        Assert.That(text, Does.Not.Contain("TOR-CYB-04"));
    }

    [Test]
    public async Task A_cohort_lost_from_the_scope_fails_the_run_with_its_reason_and_sends_nothing()
    {
        var maple = await App.SignInAsync(Maple);
        var toronto = await CohortIdAsync("TOR-CYB-04");
        var id = await SubscribeAsync(maple, "chosen", "xlsx", "America/Toronto", toronto);
        await App.WithDbAsync(async db =>
        {
            var cohort = await db.Cohorts.Include(c => c.Sponsors).SingleAsync(c => c.Id == toronto);
            cohort.SetSponsors([]);
            return await db.SaveChangesAsync();
        });

        var run = (await RunAsync(id)).Single();

        Assert.That(run.Outcome, Is.EqualTo(RunOutcome.Failed));
        Assert.That(run.Problem, Is.EqualTo("1 of the 1 chosen cohorts is no longer in your scope; edit the subscription."));
        Assert.That(run.FileName, Is.Null);
        Assert.That(_inbox.Messages.Any(m => m.To.Mailboxes.Any(a => a.Address == Maple)), Is.False);
        var history = await maple.GetPageAsync($"/Subscriptions/Runs/{id}");
        Assert.That(history.QuerySelector("tbody tr")!.TextContent, Does.Contain("Failed: 1 of the 1 chosen cohorts is no longer in your scope"));
    }

    [Test]
    public async Task A_cohort_that_has_not_started_fails_the_run_with_its_reason()
    {
        var staff = await App.SignInAsync(BootcampApp.Staff);
        var id = await SubscribeAsync(staff, "chosen", "xlsx", "Europe/Berlin", await CohortIdAsync("BER-DAN-03"));

        var run = (await RunAsync(id)).Single();

        Assert.That(run.Outcome, Is.EqualTo(RunOutcome.Failed));
        Assert.That(run.Problem, Is.EqualTo("None of the chosen cohorts had started by 7 Jun 2026 (or they were cancelled)."));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"http://localhost(?<path>/Exports/File/[0-9a-f-]{36})")]
    private static partial Regex DownloadLink();
}
