using System.Net;
using Bootcamp.IntegrationTests.Support;
using Bootcamp.Web.Features.Exports;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Exports;

/// <summary>Background exports expire <c>Exports:KeepDays</c> (7 by default) after they are made; the app's clock moves, so the fixture has an app of its own.</summary>
public sealed class ExportExpiryTests : AppFixture
{
    [Test]
    public async Task A_file_expires_after_the_kept_days_and_the_recurring_clean_up_deletes_it_and_its_row()
    {
        var id = await ExportSamples.FinishedAsync(App, BootcampApp.Partner, "LIS-QAA-03");
        var path = Path.Combine(App.ExportsFolder, $"{id:N}.csv");
        var recurring = App.Services.GetRequiredService<IRecurringJobManager>();

        App.Clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        await using (var scope = App.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<ExportCleanupJob>().RunAsync(CancellationToken.None);
        // The sign-in cookie lasts hours, not days: sign in again after each move of the clock.
        var partner = await App.SignInAsync(BootcampApp.Partner);
        var keptOnLastDay = File.Exists(path) && (await partner.GetAsync($"/Exports/File/{id}")).StatusCode == HttpStatusCode.OK;

        App.Clock.Advance(TimeSpan.FromMinutes(2));
        partner = await App.SignInAsync(BootcampApp.Partner);
        var afterExpiry = (await partner.GetAsync($"/Exports/File/{id}")).StatusCode;
        var listed = (await partner.GetStringAsync("/Exports/Downloads")).Contains(id.ToString(), StringComparison.Ordinal);
        recurring.Trigger(ExportCleanupJob.RecurringJobId);
        await BackgroundExportWaits.UntilAsync(() => App.WithDbAsync(async db => !await db.ExportFiles.AnyAsync(f => f.Id == id)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(keptOnLastDay, Is.True);
            Assert.That(afterExpiry, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(listed, Is.False);
            Assert.That(File.Exists(path), Is.False);
        }
    }
}
