using Bootcamp.BrowserTests.Support;
using Bootcamp.IntegrationTests.Support;
using Bootcamp.Web.Features.Exports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Bootcamp.BrowserTests;

/// <summary>
/// The progress page of a background export while its file is being made. The test takes the job's part through the
/// app's own services (the row, each step of progress, the finished file), so each step is seen on the page as it
/// happens: with script the bar moves in place, without script the page reloads itself and shows the new step.
/// </summary>
public sealed class ExportProgressTests : BrowserFixture
{
    private async Task<Guid> StartExportAsync()
    {
        var ownerId = await App.WithDbAsync(db => db.Users.Where(u => u.Email == BootcampApp.Partner).Select(u => u.Id).SingleAsync());
        await using var scope = App.Services.CreateAsyncScope();
        var writer = scope.ServiceProvider.GetRequiredService<ExportFileWriter>();
        var (file, _) = await writer.CreateAsync(ownerId, new ExportRequest(ExportKinds.Raw, "csv", [], true, null), CancellationToken.None);
        await writer.StartAsync(file.Id, CancellationToken.None);
        return file.Id;
    }

    private async Task ReportAsync(Guid id, int percent, string text)
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IExportProgress>().ReportAsync(id, percent, text, CancellationToken.None);
    }

    private async Task FinishAsync(Guid id, string content)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var part = scope.ServiceProvider.GetRequiredService<ExportFolder>().PartPath(id);
        await File.WriteAllTextAsync(part, content);
        Assert.That(await scope.ServiceProvider.GetRequiredService<ExportFileWriter>().FinishAsync(id, part, "raw-cohorts-2026-06-10.csv", CancellationToken.None), Is.True);
    }

    [Test]
    public async Task With_script_the_bar_moves_in_place_and_the_download_appears_without_a_reload()
    {
        await SignInAsync(BootcampApp.Partner);
        var id = await StartExportAsync();
        await Page.GotoAsync($"/Exports/Preparing/{id}");
        await Page.EvaluateAsync("() => { window.samePage = true; }");
        var bar = Page.Locator("#export-bar");
        await Assertions.Expect(bar).ToHaveAttributeAsync("value", "0");
        Assert.That(await Page.Locator("#export-refresh").IsHiddenAsync(), Is.True, "with script the refresh link is not needed");

        await ReportAsync(id, 35, "17,500 of 50,000 rows written");
        await Assertions.Expect(Page.Locator("#export-text")).ToHaveTextAsync("35%: 17,500 of 50,000 rows written");
        Assert.That(await bar.EvaluateAsync<double>("b => b.value"), Is.EqualTo(35));
        await ReportAsync(id, 80, "40,000 of 50,000 rows written");
        await Assertions.Expect(Page.Locator("#export-text")).ToHaveTextAsync("80%: 40,000 of 50,000 rows written");
        await FinishAsync(id, "cohort,learner\nLIS-QAA-03,Inês Ferreira\n");
        await Assertions.Expect(Page.Locator("#export-text")).ToHaveTextAsync("Ready.");

        Assert.That(await bar.EvaluateAsync<double>("b => b.value"), Is.EqualTo(100));
        Assert.That(await Page.EvaluateAsync<bool>("() => window.samePage === true"), Is.True, "the page was never reloaded");
        var link = Page.GetByRole(AriaRole.Link, new() { Name = "Download raw-cohorts-2026-06-10.csv" });
        await Assertions.Expect(link).ToBeVisibleAsync();
        var download = await Page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.That(await File.ReadAllTextAsync((await download.PathAsync())!), Does.Contain("Inês Ferreira"));
        Assert.That(await AccessibilityProblemsAsync(), Is.Empty);
    }

    [Test]
    public async Task Without_script_the_page_reloads_itself_and_shows_each_new_step()
    {
        await NewContextWithoutScriptAsync();
        await SignInAsync(BootcampApp.Partner);
        var id = await StartExportAsync();
        await Page.GotoAsync($"/Exports/Preparing/{id}");
        await Assertions.Expect(Page.Locator("#export-refresh")).ToBeVisibleAsync();
        var loads = 0;
        Page.Load += (_, _) => loads++;

        await ReportAsync(id, 50, "25,000 of 50,000 rows written");
        await Assertions.Expect(Page.Locator("#export-text")).ToHaveTextAsync("50%: 25,000 of 50,000 rows written", new() { Timeout = 15_000 });
        await FinishAsync(id, "cohort,learner\n");
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Download raw-cohorts-2026-06-10.csv" })).ToBeVisibleAsync(new() { Timeout = 15_000 });

        Assert.That(loads, Is.GreaterThanOrEqualTo(2), "each step came with a reload of its own");
        var loadsWhenReady = loads;
        await Page.WaitForTimeoutAsync(7_000);
        Assert.That(loads, Is.EqualTo(loadsWhenReady), "the page of a finished file stops reloading");
    }
}
