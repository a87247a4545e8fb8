using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Graduation;
using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Logging;
using Bootcamp.Domain.Programmes;
using Bootcamp.Domain.SoftSkills;
using Bootcamp.UnitTests.Progress;
using Bootcamp.Web.Features.Graduation;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using static Bootcamp.Domain.Logging.AttendanceStatus;

namespace Bootcamp.UnitTests.Pdf;

public sealed class GraduationReportTests
{
    private static readonly DateOnly AfterTheEnd = new(2026, 2, 2);
    private const string Reason = "Lab outage in week 3; hours confirmed by the centre.";

    private GraduationReportRows _rows = null!;
    private List<List<Word>> _pageWords = [];
    private List<string> _pages = [];
    private int _pageCount;

    /// <summary>
    /// Thirty learners of the four-week test cohort with figures that differ learner by learner; the first was
    /// graduated on an override, the second not graduated.
    /// </summary>
    public static CohortGraduation ThirtyLearners()
    {
        var cohort = new CohortFactsBuilder().On(AfterTheEnd).Build();
        var facts = Enumerable.Range(1, 30).Select(i =>
        {
            var learner = new LearnerFactsBuilder(i)
                .Marked([.. Enumerable.Range(0, 20).Select(k => k < 20 - i % 7 ? Present : Absent)])
                .Logged(new(2026, 1, 12), 50 + i)
                .Logged(new(2026, 1, 19), 10 + i % 15, ExerciseKind.Group)
                .Project("Capstone", 60, 50 + i)
                .Scored(CohortFactsBuilder.Teamwork, CohortFactsBuilder.Final, 2 + i % 4)
                .Scored(CohortFactsBuilder.Communication, CohortFactsBuilder.Final, 3)
                .Earned(1);
            return (i % 3 == 0 ? learner.Earned(2) : learner).Build();
        }).ToList();
        var standings = GraduationEngine.ForCohort(cohort, facts);
        var learners = standings.Select(s =>
        {
            var decision = s.LearnerId == 1 ? GraduationDecision.Make(9, s, true, Reason, AfterTheEnd, "staff@bootcamp.local", new(2026, 2, 2, 9, 0, 0, DateTimeKind.Utc)) : null;
            var status = s.LearnerId switch { 1 => EnrolmentStatus.Graduated, 2 => EnrolmentStatus.NotGraduated, _ => EnrolmentStatus.Enrolled };
            return new GraduationLearner(s.LearnerId, $"Learner{s.LearnerId:00} Łukasz-Müller", status, status == EnrolmentStatus.Enrolled ? null : AfterTheEnd,
                null, s, decision, []);
        }).ToList();
        return new CohortGraduation(
            new GraduationCohort(9, "BER-FSW-09", CohortStatus.Completed, 1, "Berlin Kreuzberg", "Europe/Berlin", "Full-Stack Web Developer", "FSW",
                CohortFactsBuilder.Start, CohortFactsBuilder.End, new CriteriaInForce(2, new DateOnly(2025, 9, 1), cohort.Criteria), AfterTheEnd),
            learners);
    }

    private static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// The words printed in a table row, read back by position: from the top of the row's first cell down to the next
    /// row (or the heading after the table, or the footer), across the whole width, sorted so wrapping does not matter.
    /// </summary>
    private string[] ReadRow(string firstWord)
    {
        foreach (var words in _pageWords)
        {
            var anchor = words.FirstOrDefault(w => w.Text == firstWord);
            if (anchor is null)
                continue;
            var top = anchor.BoundingBox.Top + 1;
            var below = words.Where(w => IsRowStart(w.Text) && w.BoundingBox.Top < anchor.BoundingBox.Top - 1).Select(w => w.BoundingBox.Top + 1).DefaultIfEmpty(FooterTop).Max();
            return [.. words.Where(w => w.BoundingBox.Top <= top && w.BoundingBox.Top > below).Select(w => w.Text).Order(StringComparer.Ordinal)];
        }
        return [];
    }

    /// <summary>Just above the footer rule, in PDF points from the bottom of the page.</summary>
    private const double FooterTop = 80;

    private static bool IsRowStart(string word) => word.StartsWith("Learner", StringComparison.Ordinal) && word.Length == 9 || word is "Total:" or "Sign-off";

    private static string[] Expected(GraduationReportRow row) => [.. Cells(row).SelectMany(Words).Order(StringComparer.Ordinal)];

    private static IEnumerable<string> Cells(GraduationReportRow r) =>
        [r.Learner, r.Attendance, r.SoloHours, r.GroupHours, r.TotalHours, r.Projects, r.SoftSkills, r.Badges, r.CriteriaMet, r.Decision, r.OverrideReason];

    [OneTimeSetUp]
    public void RenderThirtyLearners()
    {
        _rows = GraduationReportRows.From(ThirtyLearners(), softSkillFigures: true);
        using var pdf = PdfDocument.Open(GraduationReport.Render(_rows));
        _pageCount = pdf.NumberOfPages;
        _pages = [.. pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))];
        _pageWords = [.. pdf.GetPages().Select(p => p.GetWords().ToList())];
    }

    [Test]
    public void Every_learner_reads_back_with_the_figures_of_the_graduation_engine()
    {
        var board = ThirtyLearners();
        var learner = board.Learners[4];
        var row = _rows.Learners[4];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(row.Attendance, Is.EqualTo(learner.Standing[Bootcamp.Domain.Programmes.GraduationCriterion.Attendance].Figure + ", not met"));
            Assert.That(row.TotalHours, Is.EqualTo((learner.Standing.Progress.Exercise.LoggedMinutes / 60).ToString()));
            Assert.That(row.GroupHours, Is.EqualTo((learner.Standing.Progress.Exercise.GroupMinutes / 60).ToString()));
            foreach (var each in _rows.Learners)
                Assert.That(ReadRow(Words(each.Learner)[0]), Is.EqualTo(Expected(each)), each.Learner);
        }
    }

    [Test]
    public void An_override_prints_its_reason_beside_the_decision()
    {
        Assert.That(_rows.Learners[0].Decision, Is.EqualTo("Graduated on 2 Feb 2026"));
        Assert.That(ReadRow("Learner01"), Is.SupersetOf(Words("Graduated on 2 Feb 2026 " + Reason)));
    }

    [Test]
    public void The_totals_row_adds_up_the_learners()
    {
        var board = ThirtyLearners();
        var total = board.Learners.Sum(l => l.Standing.Progress.Exercise.LoggedMinutes) / 60;

        Assert.That(_rows.Totals.TotalHours, Is.EqualTo(total.ToString()));
        Assert.That(ReadRow("Total:"), Is.EqualTo(Expected(_rows.Totals)));
        Assert.That(_rows.Totals.Decision, Is.EqualTo("1 graduated, 1 not graduated"));
    }

    [Test]
    public void The_cover_names_the_cohort_programme_centre_dates_and_criteria()
    {
        Assert.That(_pages[0], Does.Contain("Cohort: BER-FSW-09")
            .And.Contain("Programme: Full-Stack Web Developer (FSW)")
            .And.Contain("Centre: Berlin Kreuzberg (dates in Europe/Berlin)")
            .And.Contain("Dates: 5 Jan 2026 – 30 Jan 2026")
            .And.Contain("Criteria version 2, for cohorts starting from 1 Sep 2025")
            .And.Contain("Attendance at least 80% of held lectures")
            .And.Contain("Soft skills every skill rated at least 3 of 5 by the instructor at the final assessment"));
        Assert.That(_pages[0], Does.Not.Contain("Learner01"), "the learners start after the cover");
    }

    [Test]
    public void Every_page_carries_the_running_header_and_its_number()
    {
        Assert.That(_pageCount, Is.GreaterThan(2));
        for (var i = 0; i < _pageCount; i++)
            Assert.That(_pages[i], Does.Contain("Graduation report · BER-FSW-09 · Berlin Kreuzberg · generated 2 Feb 2026 (Europe/Berlin)")
                .And.Contain($"Page {i + 1} of {_pageCount}"), $"page {i + 1}");
    }

    [Test]
    public void The_table_header_repeats_and_the_signature_block_closes_the_report()
    {
        Assert.That(_pages.Skip(1).Where(p => p.Contains("Learner01", StringComparison.Ordinal) || p.Contains("Learner30", StringComparison.Ordinal)),
            Has.All.Contain("Learner Attendance Solo h Group h Total h Projects Soft skills Badges Criteria Decision Override"));
        Assert.That(_pages[^1], Does.Contain("Centre manager: name and signature").And.Contain("Programme lead: name and signature"));
    }

    [Test]
    public void A_partner_report_gives_soft_skills_as_met_or_not_met_only()
    {
        var rows = GraduationReportRows.From(ThirtyLearners(), softSkillFigures: false);

        using var pdf = PdfDocument.Open(GraduationReport.Render(rows));
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));

        Assert.That(rows.Learners.Select(r => r.SoftSkills), Is.All.Matches<string>(s => s is "Met" or "Not met"));
        Assert.That(text, Does.Not.Contain("lowest"));
    }
}
