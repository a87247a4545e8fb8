using System.Net;
using Bootcamp.Domain.Graduation;
using Bootcamp.Domain.Progress;
using Bootcamp.IntegrationTests.Support;
using Bootcamp.Web.Features.Exports;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace Bootcamp.IntegrationTests.Exports;

public sealed class ProgressWorkbookTests : AppFixture
{
    private static readonly DateOnly AsOf = new(2026, 6, 3);
    private int _cohortId;
    private string _code = "";

    protected override async Task ArrangeFixtureAsync()
    {
        (_cohortId, _code) = await App.WithDbAsync(async db =>
        {
            var lisbon = await db.Cohorts
                .Where(c => c.Code.StartsWith("LIS-") && c.StartDate <= AsOf && db.Enrolments.Any(e => e.CohortId == c.Id))
                .OrderBy(c => c.StartDate).Select(c => new { c.Id, c.Code }).FirstAsync();
            return (lisbon.Id, lisbon.Code);
        });
    }

    private static string Url(string format, string date, params int[] ids) =>
        $"/Exports/Progress?{string.Concat(ids.Select(id => $"cohortIds={id}&"))}asOf={date}&format={format}";

    private async Task<byte[]> DownloadAsync(HttpClient client, string format, params int[] ids)
    {
        var response = await client.GetAsync(Url(format, AsOf.ToString("yyyy-MM-dd"), ids));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.Content.ReadAsByteArrayAsync();
    }

    [Test]
    public async Task Every_figure_of_the_workbook_is_the_engines_for_the_same_day_in_both_readers()
    {
        var partner = await App.SignInAsync(BootcampApp.Partner);
        var file = await DownloadAsync(partner, "xlsx", _cohortId);

        var facts = (await App.FactsAsync(BootcampApp.Partner, [_cohortId], AsOf))[_cohortId];
        var progress = ProgressCalculator.ForCohort(facts.Cohort, facts.Learners);
        var figures = CohortFigures.Of(facts.Cohort, progress);
        using var workbook = new XLWorkbook(new MemoryStream(file));
        var xml = new XlsxXml(file);
        var summary = xml.Sheets["Summary"];
        var learners = xml.Sheets["Learners"];
        decimal? Rate(decimal? rate) => rate is { } r ? decimal.Round(r, 10) : null;
        decimal? Read(XlsxSheet sheet, int row, string header) => sheet.Number(row, sheet.Column(header)) is { } n ? decimal.Round(n, 10) : null;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(workbook.Worksheets.Select(w => w.Name), Is.EqualTo(new[] { "Summary", "Learners", "Attendance", "Hours by week", "Milestones" }));
            Assert.That(summary.Text(2, 1), Is.EqualTo(_code));
            Assert.That(Read(summary, 2, "Enrolled"), Is.EqualTo(figures.Enrolled));
            Assert.That(Read(summary, 2, "Active"), Is.EqualTo(figures.Active));
            Assert.That(Read(summary, 2, "Withdrawn"), Is.EqualTo(figures.Withdrawn));
            Assert.That(Read(summary, 2, "Attendance rate"), Is.EqualTo(Rate(figures.AttendanceRate)));
            Assert.That(Read(summary, 2, "Hours logged"), Is.EqualTo(Rate(figures.LoggedMinutes / 60m)));
            Assert.That(Read(summary, 2, "At risk"), Is.EqualTo(figures.AtRisk));
            Assert.That(workbook.Worksheet("Summary").Cell(2, summary.Column("Enrolled")).GetValue<int>(), Is.EqualTo(figures.Enrolled), "ClosedXML reads the same");

            Assert.That(learners.RowCount, Is.EqualTo(progress.Count));
            for (var i = 0; i < progress.Count; i++)
            {
                var p = progress[i];
                var row = i + 2;
                Assert.That(learners.Text(row, 2), Is.EqualTo(facts.Names[p.LearnerId]));
                Assert.That(Read(learners, row, "Attended"), Is.EqualTo(p.Attendance.Attended));
                Assert.That(Read(learners, row, "Held"), Is.EqualTo(p.Attendance.HeldSessions));
                Assert.That(Read(learners, row, "Excused"), Is.EqualTo(p.Attendance.Excused));
                Assert.That(Read(learners, row, "Attendance rate"), Is.EqualTo(Rate(p.Attendance.Rate)));
                Assert.That(Read(learners, row, "Solo hours"), Is.EqualTo(Rate(p.Exercise.SoloMinutes / 60m)));
                Assert.That(Read(learners, row, "Group hours"), Is.EqualTo(Rate(p.Exercise.GroupMinutes / 60m)));
                Assert.That(Read(learners, row, "Total hours"), Is.EqualTo(Rate(p.Exercise.LoggedMinutes / 60m)));
                Assert.That(Read(learners, row, "Plan to date hours"), Is.EqualTo(Rate(p.Exercise.PlannedToDateMinutes / 60m)));
                Assert.That(learners.Text(row, learners.Column("At risk")), Is.EqualTo(p.IsAtRisk ? "yes" : "no"));
                Assert.That(learners.Text(row, learners.Column("Badges")), Is.EqualTo($"{p.Badges.Earned} of {p.Badges.Available}"));
                var milestone = FundingMilestones.QualifyingStart(facts.Cohort, facts.Learners.Single(l => l.LearnerId == p.LearnerId));
                var cell = workbook.Worksheet("Milestones").Cell(row, 4);
                Assert.That(cell.IsEmpty() ? (DateTime?)null : cell.GetDateTime(), Is.EqualTo(milestone?.ToDateTime(TimeOnly.MinValue)));
            }
            var logged = facts.Learners.Sum(l => l.Exercise.Sum(e => e.Minutes));
            var weekly = workbook.Worksheet("Hours by week").RangeUsed()!.Cells().Where(c => c.Address.RowNumber > 1 && c.Address.ColumnNumber > 2 && c.DataType == XLDataType.Number).Sum(c => c.GetValue<decimal>());
            Assert.That(decimal.Round(weekly * 60), Is.EqualTo(logged), "every logged minute up to the day lands in one week");
            Assert.That(facts.Learners.SelectMany(l => l.Exercise).All(e => e.Date <= AsOf), Is.True);
        }
    }

    [Test]
    public async Task A_report_of_cohorts_at_two_centres_marks_each_learner_under_their_own_lectures()
    {
        var chosen = await App.WithDbAsync(async db => (await db.Cohorts
                .Where(c => c.StartDate <= AsOf && db.Enrolments.Any(e => e.CohortId == c.Id))
                .Select(c => new { c.Id, c.Code, c.CentreId, Zone = db.Centres.Where(ct => ct.Id == c.CentreId).Select(ct => ct.TimeZoneId).First() })
                .ToListAsync())
            .GroupBy(c => c.CentreId).Select(g => g.First()).Take(2).ToList());
        Assert.That(chosen, Has.Count.EqualTo(2), "the demo has started cohorts at two centres");
        var admin = await App.SignInAsync(BootcampApp.Admin);
        var file = await DownloadAsync(admin, "xlsx", [.. chosen.Select(c => c.Id)]);

        var facts = await App.FactsAsync(BootcampApp.Admin, [.. chosen.Select(c => c.Id)], AsOf);
        var expected = new Dictionary<(string Cohort, string Learner), Dictionary<string, string>>();
        foreach (var cohort in chosen)
        {
            var f = facts[cohort.Id];
            var zone = TimeZoneInfo.FindSystemTimeZoneById(cohort.Zone);
            var held = f.Cohort.Sessions.Where(s => s.IsHeldBy(f.Cohort.NowUtc)).ToDictionary(s => s.SessionId);
            foreach (var learner in f.Learners)
            {
                expected[(cohort.Code, f.Names[learner.LearnerId])] = learner.Marks
                    .Where(m => held.TryGetValue(m.SessionId, out var s) && learner.Enrolment.Covers(s.Date))
                    .ToDictionary(m => TimeZoneInfo.ConvertTimeFromUtc(held[m.SessionId].StartUtc, zone).ToString("yyyy-MM-dd HH:mm"), m => ProgressReportQuery.Letter(m.Status));
            }
        }
        var sheet = new XlsxXml(file).Sheets["Attendance"];
        var headers = sheet.Headers();
        var rows = Enumerable.Range(2, sheet.RowCount).ToDictionary(r => (sheet.Text(r, 1)!, sheet.Text(r, 2)!), r => Enumerable.Range(3, headers.Count - 2)
            .Where(c => sheet.Text(r, c) is not null).ToDictionary(c => headers[c - 1], c => sheet.Text(r, c)!));

        Assert.That(expected.Values.Sum(m => m.Count), Is.GreaterThan(0), "the learners have marks at held lectures");
        Assert.That(rows, Is.EquivalentTo(expected), "each learner's letters under the labels of their own cohort's lectures, nothing elsewhere");
    }

    [Test]
    public async Task The_workbook_has_a_frozen_header_one_table_per_sheet_number_formats_and_properties()
    {
        var staff = await App.SignInAsync(BootcampApp.Admin);
        var file = await DownloadAsync(staff, "xlsx", _cohortId);

        var xml = new XlsxXml(file);
        using var workbook = new XLWorkbook(new MemoryStream(file));
        var learners = xml.Sheets["Learners"];
        using (Assert.EnterMultipleScope())
        {
            foreach (var (name, sheet) in xml.Sheets)
            {
                Assert.That(sheet.HeaderRowFrozen, Is.True, name);
                Assert.That(sheet.TableCount, Is.EqualTo(1), name);
                Assert.That(workbook.Worksheet(name).Tables.Single().ShowAutoFilter, Is.True, name);
            }
            Assert.That(xml.FormatCode(learners.StyleIndex(2, learners.Column("Total hours"))), Is.EqualTo("0.00"));
            Assert.That(xml.FormatCode(learners.StyleIndex(2, learners.Column("Attendance rate"))), Is.EqualTo("0%"));
            Assert.That(xml.FormatCode(learners.StyleIndex(2, learners.Column("Enrolled on"))), Is.EqualTo("yyyy-mm-dd"));
            Assert.That(workbook.Worksheet("Learners").Column(2).Width, Is.GreaterThan(workbook.Worksheet("Learners").Column(6).Width), "names are wider than counts");
            Assert.That(workbook.Properties.Title, Is.EqualTo("Progress report as of 2026-06-03"));
            Assert.That(workbook.Properties.Subject, Does.Contain(_code));
        }
    }

    [Test]
    public async Task A_learner_named_like_a_formula_stays_a_name()
    {
        const string name = "=HYPERLINK(\"http://evil.example\",\"x\")";
        var learnerId = await App.WithDbAsync(db => db.Enrolments.Where(e => e.CohortId == _cohortId).Select(e => e.LearnerId).FirstAsync());
        await App.WithDbAsync(db => db.Learners.Where(l => l.Id == learnerId).ExecuteUpdateAsync(s => s.SetProperty(l => l.FirstName, name).SetProperty(l => l.LastName, "-1+1")));
        try
        {
            var partner = await App.SignInAsync(BootcampApp.Partner);
            var file = await DownloadAsync(partner, "xlsx", _cohortId);

            var xml = new XlsxXml(file);
            using var workbook = new XLWorkbook(new MemoryStream(file));
            var names = workbook.Worksheet("Learners").Column(2).CellsUsed().Where(c => c.GetString().StartsWith('=')).ToList();
            using (Assert.EnterMultipleScope())
            {
                Assert.That(xml.Sheets.Values.Any(s => s.HasFormulas), Is.False, "no cell of any sheet holds a formula");
                Assert.That(names.Select(c => c.GetString()), Is.EqualTo(new[] { name + " -1+1" }));
                Assert.That(names.Single().HasFormula, Is.False);
                Assert.That(names.Single().Style.NumberFormat.Format, Is.EqualTo(ProgressWorkbook.TextFormat), "typed into again, it stays text");
            }
        }
        finally
        {
            await App.WithDbAsync(db => db.Learners.Where(l => l.Id == learnerId).ExecuteUpdateAsync(s => s.SetProperty(l => l.FirstName, "Restored").SetProperty(l => l.LastName, "Learner")));
        }
    }

    [Test]
    public async Task The_pdf_is_landscape_with_the_summary_and_every_learner()
    {
        var partner = await App.SignInAsync(BootcampApp.Partner);
        var file = await DownloadAsync(partner, "pdf", _cohortId);

        var facts = (await App.FactsAsync(BootcampApp.Partner, [_cohortId], AsOf))[_cohortId];
        using var pdf = PdfDocument.Open(file);
        var text = string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        var page = pdf.GetPage(1);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.Width, Is.GreaterThan(page.Height));
            Assert.That(text, Does.Contain("Summary").And.Contain("Milestones").And.Contain(_code).And.Contain("3 Jun 2026"));
            foreach (var name in facts.Names.Values)
                Assert.That(text, Does.Contain(name.Split(' ')[0]));
        }
    }

    [TestCase("xlsx")]
    [TestCase("pdf")]
    public async Task Another_partners_cohort_is_not_found(string format)
    {
        var berlin = await App.WithDbAsync(db => db.Cohorts.Where(c => c.Code.StartsWith("BER-")).Select(c => c.Id).FirstAsync());
        var partner = await App.SignInAsync(BootcampApp.Partner);

        Assert.That((await partner.GetAsync(Url(format, "2026-06-03", berlin))).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await partner.GetAsync(Url(format, "2026-06-03", _cohortId, berlin))).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "one foreign id in a selection");
    }

    [Test]
    public async Task Impossible_requests_get_a_clear_message()
    {
        var partner = await App.SignInAsync(BootcampApp.Partner);
        var start = await App.WithDbAsync(db => db.Cohorts.Where(c => c.Id == _cohortId).Select(c => c.StartDate).SingleAsync());

        var empty = await partner.GetPageAsync($"/Exports/Progress?asOf=2026-06-03&format=xlsx");
        var early = await partner.GetPageAsync(Url("xlsx", start.AddDays(-1).ToString("yyyy-MM-dd"), _cohortId));
        var format = await partner.GetPageAsync(Url("docx", "2026-06-03", _cohortId));
        var future = await partner.GetPageAsync(Url("xlsx", "2026-07-01", _cohortId));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(empty.GetElementById("cohorts-error")?.TextContent, Is.EqualTo("Choose at least one cohort."));
            Assert.That(early.GetElementById("report-problem")?.TextContent, Is.EqualTo($"{_code} starts on {start:d MMM yyyy}; choose that day or a later one."));
            Assert.That(format.FieldError("format"), Is.EqualTo("Choose a format the report is offered in: xlsx (Excel workbook) or pdf."));
            Assert.That(future.GetElementById("report-problem")?.TextContent, Does.Contain("a day still to come"));
        }
    }
}
