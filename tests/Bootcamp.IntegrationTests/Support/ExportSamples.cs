using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Exports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Support;

/// <summary>Finished background exports for the demo accounts, made by the app's own writer with a small file on disk, without waiting for a job.</summary>
public static class ExportSamples
{
    public const string TorontoPartner = "maple@bootcamp.local";

    /// <summary>A finished raw export of one cohort, owned by <paramref name="email"/>.</summary>
    public static async Task<Guid> FinishedAsync(BootcampApp app, string email, string cohortCode)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BootcampDb>();
        var writer = scope.ServiceProvider.GetRequiredService<ExportFileWriter>();
        var folder = scope.ServiceProvider.GetRequiredService<ExportFolder>();
        var owner = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var cohortId = await db.Cohorts.Where(c => c.Code == cohortCode).Select(c => c.Id).SingleAsync();
        var (file, _) = await writer.CreateAsync(owner, new ExportRequest(ExportKinds.Raw, "csv", [cohortId], false, null), CancellationToken.None);
        await writer.StartAsync(file.Id, CancellationToken.None);
        var part = folder.PartPath(file.Id);
        await File.WriteAllTextAsync(part, $"record,cohort\nsample,{cohortCode}\n");
        await writer.FinishAsync(file.Id, part, $"raw-{cohortCode}.csv", CancellationToken.None);
        return file.Id;
    }

    /// <summary>The export a sample made for a cohort (its request names that cohort alone).</summary>
    public static Task<Guid> OfCohortAsync(BootcampDb db, int cohortId)
    {
        var request = $"\"cohortIds\":[{cohortId}]";
        return db.ExportFiles.Where(f => f.Request.Contains(request)).OrderBy(f => f.CreatedAtUtc).Select(f => f.Id).FirstAsync();
    }
}
