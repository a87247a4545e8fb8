using System.Globalization;
using System.Net;
using System.Text;
using Bootcamp.Domain.Logging;
using Bootcamp.IntegrationTests.Support;
using Bootcamp.Web.Features.Exports;
using Bootcamp.Web.Infrastructure.Csv;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Exports;

/// <summary>
/// The raw export asked for on the export page, made by the app's Hangfire server and read back: the CSV parsed, the
/// workbook opened with ClosedXML and read raw, every count and a sample of values compared with the database, and
/// only rows of the user's scope.
/// </summary>
public sealed class RawExportTests : AppFixture
{
    private LoggingWorld _world = null!;
    private const string FormulaName = "=HYPERLINK(\"http://example.org\",\"x\")";

    protected override async Task ArrangeFixtureAsync()
    {
        _world = await LoggingWorld.CreateAsync(App);
        await App.WithDbAsync(async db =>
        {
            var learner = await db.Learners.SingleAsync(l => l.Id == _world.Regulars[0]);
            learner.Update(FormulaName, learner.LastName, learner.Email, learner.Phone);
            db.Attendance.Add(new Bootcamp.Domain.Logging.Attendance(_world.Sessions[-10], _world.Regulars[0], AttendanceStatus.Late, null, "test", App.UtcNow));
            db.Attendance.Add(new Bootcamp.Domain.Logging.Attendance(_world.Sessions[-10], _world.Regulars[1], AttendanceStatus.Present, null, "test", App.UtcNow));
            return await db.SaveChangesAsync();
        });
        await _world.StoreHoursAsync(App, _world.Regulars[0], _world.Today.AddDays(-2), 90, "test", App.UtcNow);
        await _world.StoreHoursAsync(App, _world.Regulars[1], _world.Today.AddDays(-1), 45, "test", App.UtcNow);
    }

    [Test]
    public async Task A_partners_raw_csv_of_all_their_cohorts_holds_every_row_of_their_scope_in_id_order_and_nothing_else()
    {
        var partner = await App.SignInAsync(BootcampApp.Partner);
        var (exercise, attendance, codes) = await App.WithDbAsync(async db =>
        {
            var partnerId = await db.Users.Where(u => u.Email == BootcampApp.Partner).Select(u => u.PartnerId).SingleAsync();
            var cohorts = await db.Cohorts
                .Where(c => c.Sponsors.Any(s => s.PartnerId == partnerId) || db.Centres.Any(ct => ct.Id == c.CentreId && ct.OperatorPartnerId == partnerId))
                .Select(c => new { c.Id, c.Code }).ToListAsync();
            var ids = cohorts.Select(c => c.Id).ToList();
            var logs = await db.ExerciseLogs.Where(e => ids.Contains(e.CohortId)).OrderBy(e => e.Id).Select(e => e.Id).ToListAsync();
            var marks = await db.Attendance.Where(a => db.Sessions.Any(s => s.Id == a.SessionId && ids.Contains(s.CohortId))).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync();
            return (logs, marks, cohorts.Select(c => c.Code).ToHashSet());
        });

        var (row, bytes) = await AskAndDownloadAsync(partner, "raw", "all", "csv");

        var text = Encoding.UTF8.GetString(bytes);
        var records = CsvText.Read(text);
        var rows = records.Records.Skip(1).ToList();
        int Id(CsvRecord r) => int.Parse(r.Fields[1], CultureInfo.InvariantCulture);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(row.FileName, Is.EqualTo("raw-cohorts-2026-06-10.csv"));
            Assert.That(bytes.AsSpan(0, 3).SequenceEqual("\uFEFF"u8), Is.True, "a byte order mark for spreadsheets");
            Assert.That(records.Error, Is.Null);
            Assert.That(records.Records[0].Fields, Is.EqualTo(RawExportFile.CsvHeader));
            Assert.That(rows.Where(r => r.Fields[0] == "Exercise").Select(Id), Is.EqualTo(exercise));
            Assert.That(rows.Where(r => r.Fields[0] == "Attendance").Select(Id), Is.EqualTo(attendance));
            Assert.That(rows, Has.Count.EqualTo(exercise.Count + attendance.Count));
            Assert.That(rows.Select(r => r.Fields[2]).Distinct(), Is.SubsetOf(codes));
            Assert.That(rows.All(r => r.Fields.Count == RawExportFile.CsvHeader.Count), Is.True);
        }
    }

    [Test]
    public async Task Staffs_raw_workbook_of_one_cohort_has_each_row_with_its_values_and_a_formula_looking_name_stays_text()
    {
        var staff = await App.SignInAsync(BootcampApp.Staff);
        var expected = await App.WithDbAsync(async db => new
        {
            Logs = await db.ExerciseLogs.Where(e => e.CohortId == _world.CohortId).OrderBy(e => e.Id).ToListAsync(),
            Marks = await db.Attendance.Where(a => db.Sessions.Any(s => s.Id == a.SessionId && s.CohortId == _world.CohortId)).OrderBy(a => a.Id).ToListAsync(),
            Learners = await db.Learners.Where(l => l.Id == _world.Regulars[0] || l.Id == _world.Regulars[1]).ToDictionaryAsync(l => l.Id, l => l.FullName),
            Session = await db.Sessions.SingleAsync(s => s.Id == _world.Sessions[-10]),
            Module = await db.Modules.Where(m => m.Id == _world.ModuleIds[0]).Select(m => m.Title).SingleAsync(),
        });

        var (row, bytes) = await AskAndDownloadAsync(staff, "raw", "chosen", "xlsx", _world.CohortId);

        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        var logs = workbook.Worksheet(RawExportFile.ExerciseSheet);
        var marks = workbook.Worksheet(RawExportFile.AttendanceSheet);
        var xml = new XlsxXml(bytes);
        var lectureStart = TimeZoneInfo.ConvertTimeFromUtc(expected.Session.StartUtc, LoggingWorld.Zone);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(row.FileName, Is.EqualTo($"raw-{_world.Code}-2026-06-10.xlsx"));
            Assert.That(logs.LastRowUsed()!.RowNumber() - 1, Is.EqualTo(expected.Logs.Count));
            Assert.That(marks.LastRowUsed()!.RowNumber() - 1, Is.EqualTo(expected.Marks.Count));
            Assert.That(xml.Sheets[RawExportFile.ExerciseSheet].HeaderRowFrozen, Is.True);
            Assert.That(xml.Sheets[RawExportFile.AttendanceSheet].RowCount, Is.EqualTo(expected.Marks.Count), "the second reader counts the same");
            Assert.That(Enumerable.Range(1, RawExportFile.ExerciseHeader.Count).Select(c => logs.Cell(1, c).GetString()), Is.EqualTo(RawExportFile.ExerciseHeader));
            for (var i = 0; i < expected.Logs.Count; i++)
            {
                var e = expected.Logs[i];
                Assert.That(logs.Cell(i + 2, 1).GetValue<int>(), Is.EqualTo(e.Id));
                Assert.That(logs.Cell(i + 2, 2).GetString(), Is.EqualTo(_world.Code));
                Assert.That(logs.Cell(i + 2, 4).GetString(), Is.EqualTo(expected.Learners[e.LearnerId]));
                Assert.That(DateOnly.FromDateTime(logs.Cell(i + 2, 5).GetDateTime()), Is.EqualTo(e.Date));
                Assert.That(logs.Cell(i + 2, 6).GetString(), Is.EqualTo(expected.Module));
                Assert.That(logs.Cell(i + 2, 7).GetValue<int>(), Is.EqualTo(e.Minutes));
                Assert.That(logs.Cell(i + 2, 8).GetString(), Is.EqualTo(e.Kind.ToString()));
            }
            Assert.That(marks.Cell(2, 4).GetString(), Is.EqualTo(expected.Learners[expected.Marks[0].LearnerId]));
            Assert.That(DateOnly.FromDateTime(marks.Cell(2, 5).GetDateTime()), Is.EqualTo(DateOnly.FromDateTime(lectureStart)));
            Assert.That(marks.Cell(2, 6).GetString(), Is.EqualTo(lectureStart.ToString("HH:mm", CultureInfo.InvariantCulture)));
            Assert.That(marks.Cell(2, 8).GetString(), Is.EqualTo(expected.Marks[0].Status.ToString()));
            var nameCell = logs.Cell(2, 4);
            Assert.That(nameCell.HasFormula, Is.False);
            Assert.That(nameCell.GetString(), Does.StartWith(FormulaName));
            Assert.That(xml.Sheets[RawExportFile.ExerciseSheet].Text(2, 4), Does.StartWith(FormulaName), "the raw XML holds text");
            Assert.That(xml.Sheets[RawExportFile.ExerciseSheet].HasFormulas, Is.False);
        }
    }

    [Test]
    public async Task A_formula_looking_name_in_the_csv_starts_with_an_apostrophe()
    {
        var staff = await App.SignInAsync(BootcampApp.Staff);

        var (_, bytes) = await AskAndDownloadAsync(staff, "raw", "chosen", "csv", _world.CohortId);

        var learners = CsvText.Read(Encoding.UTF8.GetString(bytes)).Records.Skip(1).Select(r => r.Fields[4]).ToList();
        Assert.That(learners, Does.Contain("'" + FormulaName + " " + $"{_world.Code} 01"));
        Assert.That(learners, Has.None.StartWith("="));
    }

    /// <summary>Posts the export page's background form, follows it to the progress page, waits for the job and downloads the file.</summary>
    private async Task<(ExportFile Row, byte[] Bytes)> AskAndDownloadAsync(HttpClient client, string kind, string cohorts, string format, params int[] ids)
    {
        var fields = new Dictionary<string, string>
        {
            ["Background.Kind"] = kind, ["Background.Cohorts"] = cohorts, ["Background.Format"] = format, ["Background.AsOf"] = "",
        };
        var body = fields.ToList();
        var page = await client.GetStringAsync("/Exports");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        body.Add(new("__RequestVerificationToken", WebUtility.HtmlDecode(token)));
        body.AddRange(ids.Select(id => new KeyValuePair<string, string>("Background.CohortIds", id.ToString(CultureInfo.InvariantCulture))));
        var response = await client.PostAsync("/Exports/Background", new FormUrlEncodedContent(body));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await response.Content.ReadAsStringAsync());
        var location = response.Headers.Location!.OriginalString;
        Assert.That(location, Does.StartWith("/Exports/Preparing/"));
        var id = Guid.Parse(location["/Exports/Preparing/".Length..]);
        var row = await BackgroundExportWaits.FinishedAsync(App, id);
        Assert.That(row.Status, Is.EqualTo(ExportStatus.Done), row.FailureReason);
        var file = await client.GetAsync($"/Exports/File/{id}");
        Assert.That(file.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return (row, await file.Content.ReadAsByteArrayAsync());
    }
}
