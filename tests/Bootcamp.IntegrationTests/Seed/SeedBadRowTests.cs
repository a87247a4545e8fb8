using Bootcamp.IntegrationTests.Support;
using Bootcamp.Web.Data;
using Bootcamp.Web.Data.SeedData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Seed;

public sealed class SeedBadRowTests() : AppFixture(seeded: false)
{
    private string _folder = null!;

    [SetUp]
    public void CopySeedFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), $"bootcamp-seed-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_folder);
        foreach (var file in Directory.GetFiles(BootcampApp.SeedFolder))
            File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
    }

    [TearDown]
    public void RemoveSeedFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task A_bad_email_in_the_learners_csv_names_file_line_and_field_and_imports_nothing()
    {
        var path = Path.Combine(_folder, "learners.csv");
        var lines = File.ReadAllLines(path);
        const int line = 14;
        var fields = lines[line - 1].Split(',');
        fields[2] = "not-an-address";
        lines[line - 1] = string.Join(',', fields);
        File.WriteAllLines(path, lines);

        var error = await Assert.ThrowsAsync<SeedDataException>(ImportAsync);

        Assert.That(error!.Message, Does.StartWith($"learners.csv, line {line}, field 'email':"));
        await AssertNothingImportedAsync();
    }

    [Test]
    public async Task A_bad_capacity_in_the_cohorts_json_names_file_line_and_field_and_imports_nothing()
    {
        var path = Path.Combine(_folder, "cohorts.json");
        var lines = File.ReadAllLines(path);
        var line = Array.FindLastIndex(lines, l => l.Contains("\"capacity\"")) + 1;
        lines[line - 1] = lines[line - 1].Replace("20", "\"twenty\"");
        File.WriteAllLines(path, lines);

        var error = await Assert.ThrowsAsync<SeedDataException>(ImportAsync);

        Assert.That(error!.Message, Does.StartWith($"cohorts.json, line {line}, field 'capacity':").And.Contain("twenty"));
        await AssertNothingImportedAsync();
    }

    private async Task ImportAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SeedImporter>().ImportAsync(_folder, CancellationToken.None);
    }

    private async Task AssertNothingImportedAsync() => await App.WithDbAsync(async (BootcampDb db) =>
    {
        Assert.That(await db.Partners.CountAsync(), Is.Zero);
        Assert.That(await db.Centres.CountAsync(), Is.Zero);
        Assert.That(await db.Programmes.CountAsync(), Is.Zero);
        Assert.That(await db.Users.CountAsync(), Is.Zero);
        Assert.That(await db.Roles.CountAsync(), Is.Zero);
        Assert.That(await db.SeedImports.CountAsync(), Is.Zero);
        return 0;
    });
}
