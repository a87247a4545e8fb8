using System.Net;
using Bootcamp.IntegrationTests.Support;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Exports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Exports;

/// <summary>
/// Finished exports kept in the database (<c>Exports:Store</c> = <c>Database</c>, for several nodes): a file larger
/// than a piece is stored in pieces and downloads byte for byte, nothing of it stays in the folder, and the clean-up
/// deletes its pieces with its row.
/// </summary>
public sealed class DatabaseExportStoreTests() : AppFixture(settings: new Dictionary<string, string> { ["Exports:Store"] = "Database" })
{
    [Test]
    public async Task A_file_of_several_pieces_downloads_whole_and_expires_with_its_pieces()
    {
        var content = new byte[2 * ExportFileChunk.Size + 12_345];
        new Random(7).NextBytes(content);
        Guid id;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BootcampDb>();
            var writer = scope.ServiceProvider.GetRequiredService<ExportFileWriter>();
            var owner = await db.Users.Where(u => u.Email == BootcampApp.Admin).Select(u => u.Id).SingleAsync();
            var (file, _) = await writer.CreateAsync(owner, new ExportRequest(ExportKinds.Raw, "csv", [], true, null), CancellationToken.None);
            id = file.Id;
            await writer.StartAsync(id, CancellationToken.None);
            var part = scope.ServiceProvider.GetRequiredService<ExportFolder>().PartPath(id);
            await File.WriteAllBytesAsync(part, content);
            await writer.FinishAsync(id, part, "raw-cohorts.csv", CancellationToken.None);
        }
        var admin = await App.SignInAsync(BootcampApp.Admin);
        var download = await admin.GetAsync($"/Exports/File/{id}");
        var bytes = await download.Content.ReadAsByteArrayAsync();
        var pieces = await App.WithDbAsync(db => db.ExportFileChunks.Where(c => c.FileId == id).OrderBy(c => c.Index).Select(c => c.Data.Length).ToListAsync());

        App.Clock.Advance(TimeSpan.FromDays(8));
        await using (var scope = App.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<ExportCleanupJob>().RunAsync(CancellationToken.None);
        var left = await App.WithDbAsync(db => db.ExportFileChunks.CountAsync(c => c.FileId == id));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(download.Content.Headers.ContentDisposition?.FileName?.Trim('"'), Is.EqualTo("raw-cohorts.csv"));
            Assert.That(bytes, Is.EqualTo(content));
            Assert.That(pieces, Is.EqualTo(new[] { ExportFileChunk.Size, ExportFileChunk.Size, 12_345 }));
            Assert.That(Directory.Exists(App.ExportsFolder) ? Directory.GetFiles(App.ExportsFolder) : [], Is.Empty);
            Assert.That(left, Is.Zero);
        }
    }
}
