using System.Net;
using Bootcamp.Domain.Progress;
using Bootcamp.IntegrationTests.Support;
using Bootcamp.Web.Features.Exports;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Exports;

/// <summary>
/// The downloads store: a background export made by the app's real Hangfire server, listed and served to its owner
/// only, made once however often it is asked for or run, and deleted by the recurring clean-up once it expires.
/// </summary>
public sealed class DownloadsStoreTests : AppFixture
{
    private static readonly DateOnly AsOf = new(2026, 6, 3);
    private int _lisbonCohort;
    private string _lisbonCode = "";
    private int _torontoCohort;
    private string _partnerId = "";

    protected override async Task ArrangeFixtureAsync()
    {
        (_lisbonCohort, _lisbonCode, _torontoCohort, _partnerId) = await App.WithDbAsync(async db =>
        {
            var lisbon = await db.Cohorts
                .Where(c => c.Code.StartsWith("LIS-") && c.StartDate <= AsOf && db.Enrolments.Any(e => e.CohortId == c.Id))
                .OrderBy(c => c.StartDate).Select(c => new { c.Id, c.Code }).FirstAsync();
            var toronto = await db.Cohorts.Where(c => c.Code == "TOR-CYB-04").Select(c => c.Id).SingleAsync();
            var partner = await db.Users.Where(u => u.Email == BootcampApp.Partner).Select(u => u.Id).SingleAsync();
            return (lisbon.Id, lisbon.Code, toronto, partner);
        });
    }

    [Test]
    public async Task A_progress_report_made_in_the_background_is_in_the_owners_downloads_and_opens_with_the_engines_figures()
    {
        var id = await EnqueueAsync(new ExportRequest(ExportKinds.Progress, "xlsx", [_lisbonCohort], false, AsOf));
        var row = await BackgroundExportWaits.FinishedAsync(App, id);
        var partner = await App.SignInAsync(BootcampApp.Partner);

        var list = await partner.GetPageAsync("/Exports/Downloads");
        var link = list.QuerySelector($"a[href='/Exports/File/{id}']");
        var response = await partner.GetAsync($"/Exports/File/{id}");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        var facts = (await App.FactsAsync(BootcampApp.Partner, [_lisbonCohort], AsOf))[_lisbonCohort];
        var figures = CohortFigures.Of(facts.Cohort, ProgressCalculator.ForCohort(facts.Cohort, facts.Learners));
        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(row.Status, Is.EqualTo(ExportStatus.Done), row.FailureReason);
            Assert.That(row.FileName, Is.EqualTo($"progress-{_lisbonCode}-2026-06-03.xlsx"));
            Assert.That(link?.TextContent.Trim(), Is.EqualTo(row.FileName));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName, Is.EqualTo(row.FileName));
            Assert.That(bytes.LongLength, Is.EqualTo(row.SizeBytes));
            Assert.That(workbook.Worksheet("Summary").Cell(2, 1).GetString(), Is.EqualTo(_lisbonCode));
            Assert.That(workbook.Worksheet("Summary").Cell(2, 7).GetValue<int>(), Is.EqualTo(figures.Enrolled));
            Assert.That(workbook.Worksheet("Learners").RowsUsed().Count() - 1, Is.EqualTo(facts.Learners.Count));
        }
    }

    [Test]
    public async Task Another_user_and_a_request_without_a_session_are_told_the_file_does_not_exist()
    {
        var id = await ExportSamples.FinishedAsync(App, BootcampApp.Partner, "LIS-QAA-03");
        var owner = await App.SignInAsync(BootcampApp.Partner);
        var staff = await App.SignInAsync(BootcampApp.Staff);
        var admin = await App.SignInAsync(BootcampApp.Admin);
        var anonymous = App.Anonymous();

        using (Assert.EnterMultipleScope())
        {
            Assert.That((await owner.GetAsync($"/Exports/File/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            foreach (var url in new[] { $"/Exports/File/{id}", $"/Exports/Preparing/{id}", $"/Exports/Status/{id}" })
            {
                Assert.That((await staff.GetAsync(url)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), $"staff {url}");
                Assert.That((await admin.GetAsync(url)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), $"admin {url}");
            }
            var withoutSession = await anonymous.GetAsync($"/Exports/File/{id}");
            Assert.That(withoutSession.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await withoutSession.Content.ReadAsStringAsync(), Does.Not.Contain("sample,LIS-QAA-03"));
            Assert.That((await staff.GetStringAsync("/Exports/Downloads")), Does.Not.Contain(id.ToString()));
        }
    }

    [Test]
    public async Task The_same_request_while_the_first_still_waits_is_the_first_and_a_finished_one_is_not_made_again()
    {
        var request = new ExportRequest(ExportKinds.Progress, "pdf", [_lisbonCohort], false, AsOf);
        var (first, second) = await WithWriterAsync(async writer =>
            ((await writer.CreateAsync(_partnerId, request, CancellationToken.None)).File.Id,
                (await writer.CreateAsync(_partnerId, request with { CohortIds = [_lisbonCohort, _lisbonCohort] }, CancellationToken.None)).File.Id));
        var id = await EnqueueAsync(request);
        var done = await BackgroundExportWaits.FinishedAsync(App, id);
        var bytes = await File.ReadAllBytesAsync(Path.Combine(App.ExportsFolder, $"{id:N}.pdf"));

        await RunJobAgainAsync(id);

        var after = await App.WithDbAsync(db => db.ExportFiles.AsNoTracking().SingleAsync(f => f.Id == id));
        var rows = await App.WithDbAsync(db => db.ExportFiles.CountAsync(f => f.OwnerUserId == _partnerId && f.Request == done.Request));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(second, Is.EqualTo(first));
            Assert.That(id, Is.EqualTo(first), "the queued row got its job instead of a second row");
            Assert.That(rows, Is.EqualTo(1));
            Assert.That(done.Status, Is.EqualTo(ExportStatus.Done), done.FailureReason);
            Assert.That(after.Runs, Is.EqualTo(done.Runs));
            Assert.That(after.FinishedAtUtc, Is.EqualTo(done.FinishedAtUtc));
            Assert.That(await File.ReadAllBytesAsync(Path.Combine(App.ExportsFolder, $"{id:N}.pdf")), Is.EqualTo(bytes));
            Assert.That(Directory.GetFiles(App.ExportsFolder, $"{id:N}*"), Has.Length.EqualTo(1));
        }
    }

    [Test]
    public async Task A_request_naming_a_cohort_outside_the_owners_scope_fails_and_leaves_no_file()
    {
        var id = await EnqueueAsync(new ExportRequest(ExportKinds.Progress, "xlsx", [_lisbonCohort, _torontoCohort], false, AsOf));

        var row = await BackgroundExportWaits.FinishedAsync(App, id);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(row.Status, Is.EqualTo(ExportStatus.Failed));
            Assert.That(row.FailureReason, Is.EqualTo("A cohort of this request is not in your scope."));
            Assert.That(Directory.GetFiles(App.ExportsFolder, $"{id:N}*"), Is.Empty);
        }
    }

    private async Task<Guid> EnqueueAsync(ExportRequest request)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var exports = scope.ServiceProvider.GetRequiredService<BackgroundExports>();
        return (await exports.EnqueueAsync(_partnerId, request, CancellationToken.None)).Id;
    }

    private async Task<T> WithWriterAsync<T>(Func<ExportFileWriter, Task<T>> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ExportFileWriter>());
    }

    private async Task RunJobAgainAsync(Guid id)
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ExportJob>().RunAsync(id, CancellationToken.None);
    }
}
