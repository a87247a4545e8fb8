using Bootcamp.Domain.Graduation;
using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Logging;
using Bootcamp.Domain.Programmes;
using Bootcamp.Domain.Progress;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Progress;
using Bootcamp.Web.Features.Shared;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Exports;

/// <summary>What came of a report request: the report, or why it cannot be made (null cohorts: one is not in scope, so 404).</summary>
public sealed record ReportOutcome(ProgressReport? Report, string? Problem, bool NotFound)
{
    public static ReportOutcome Refused(string problem) => new(null, problem, false);
}

/// <summary>
/// Builds the progress report of a selection of cohorts as of a day, every figure from the progress engine
/// (<see cref="ProgressCalculator"/>, <see cref="GraduationEngine"/>, <see cref="CohortFigures"/>,
/// <see cref="FundingMilestones"/>) over the facts <see cref="CohortProgressQuery"/> loads for that day.
/// </summary>
public sealed class ProgressReportQuery(BootcampDb db, UserScope scope, CentreClock clock)
{
    public const string Summary = "Summary", Learners = "Learners", Attendance = "Attendance", HoursByWeek = "Hours by week", Milestones = "Milestones";

    /// <summary>How many cohorts' facts are loaded at once: a few set-based queries per batch, and memory bounded by the batch.</summary>
    private const int BatchSize = 5;

    /// <summary>
    /// Builds the report; <paramref name="cohortsRead"/>, when given, hears after each batch of cohorts how many of how
    /// many have been read (a background job moves its progress bar with it).
    /// </summary>
    public async Task<ReportOutcome> BuildAsync(IReadOnlyCollection<int> cohortIds, DateOnly asOf, CancellationToken cancellationToken,
        Func<int, int, Task>? cohortsRead = null)
    {
        if (cohortIds.Count == 0)
            return ReportOutcome.Refused("Choose at least one cohort.");
        var ids = cohortIds.Distinct().ToList();
        var centres = scope.Centres();
        var cohorts = await scope.Cohorts().AsNoTracking()
            .Where(c => ids.Contains(c.Id))
            .OrderBy(c => c.Code)
            .Select(c => new
            {
                c.Id, c.Code, c.Status, c.StartDate,
                Programme = db.Programmes.Where(p => p.Id == c.ProgrammeId).Select(p => p.Name).First(),
                Centre = centres.Where(ct => ct.Id == c.CentreId).Select(ct => new { ct.Name, ct.TimeZoneId }).First(),
            })
            .ToListAsync(cancellationToken);
        if (cohorts.Count != ids.Count)
            return new ReportOutcome(null, null, true);
        foreach (var c in cohorts)
        {
            if (asOf < c.StartDate)
                return ReportOutcome.Refused($"{c.Code} starts on {c.StartDate:d MMM yyyy}; choose that day or a later one.");
            if (asOf > clock.Today(CentreClock.Zone(c.Centre.TimeZoneId)))
                return ReportOutcome.Refused($"The report cannot be made for a day still to come at {c.Centre.Name}; choose today or an earlier day.");
        }
        var progressQuery = new CohortProgressQuery(db, scope, clock);
        var summary = new List<object?[]>();
        var learners = new List<object?[]>();
        var milestones = new List<object?[]>();
        var attendance = new List<(string Cohort, string Learner, Dictionary<string, string> Marks)>();
        var weeks = new List<(string Cohort, string Learner, Dictionary<DateOnly, int> Minutes)>();
        var sessionColumns = new SortedSet<string>(StringComparer.Ordinal);
        var weekColumns = new SortedSet<DateOnly>();
        var read = 0;
        foreach (var batch in cohorts.Chunk(BatchSize))
        {
            var batchIds = batch.Select(c => c.Id).ToList();
            var facts = await progressQuery.LoadManyAsync(batchIds, asOf, cancellationToken);
            var details = (await scope.Enrolments().AsNoTracking()
                    .Where(e => batchIds.Contains(e.CohortId))
                    .Select(e => new { e.CohortId, e.LearnerId, e.EnrolledOn, e.Status, e.StatusChangedOn, e.StatusReason })
                    .ToListAsync(cancellationToken))
                .GroupBy(e => (e.CohortId, e.LearnerId))
                .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.EnrolledOn).First());
            foreach (var c in batch)
            {
                var f = facts[c.Id];
                var zone = CentreClock.Zone(c.Centre.TimeZoneId);
                var progress = ProgressCalculator.ForCohort(f.Cohort, f.Learners);
                var figures = CohortFigures.Of(f.Cohort, progress);
                summary.Add([c.Code, c.Programme, c.Centre.Name, StatusWords.Word(c.Status), f.Cohort.StartDate, f.Cohort.EndDate,
                    figures.Enrolled, figures.Active, figures.Withdrawn, figures.AttendanceRate, Hours(figures.LoggedMinutes), Hours(figures.PlannedMinutes),
                    figures.HoursAgainstPlan, figures.AtRisk, figures.GraduationForecast, figures.GraduationRate]);
                var held = f.Cohort.Sessions.Where(s => s.IsHeldBy(f.Cohort.NowUtc)).ToList();
                var labels = held.ToDictionary(s => s.SessionId, s => TimeZoneInfo.ConvertTimeFromUtc(s.StartUtc, zone).ToString("yyyy-MM-dd HH:mm"));
                sessionColumns.UnionWith(labels.Values);
                var lastWeek = WeeklyHours.MondayOf(asOf < f.Cohort.EndDate ? asOf : f.Cohort.EndDate);
                for (var monday = WeeklyHours.MondayOf(f.Cohort.StartDate); monday <= lastWeek; monday = monday.AddDays(7))
                    weekColumns.Add(monday);
                var learnerFacts = f.Learners.ToDictionary(l => l.LearnerId);
                foreach (var p in progress)
                {
                    var name = f.Names[p.LearnerId];
                    var standing = GraduationEngine.For(p, f.Cohort.Criteria);
                    var risks = scope.IsPartner ? ProgressDisclosure.WithoutSoftSkillDetail(p.Risks) : p.Risks;
                    var softSkills = standing.Criteria.FirstOrDefault(s => s.Criterion == GraduationCriterion.SoftSkills) is { } skill ? (skill.Met ? "met" : "not met") : null;
                    learners.Add([c.Code, name, StatusWords.Word(p.Enrolment.Status), p.Enrolment.EnrolledOn, p.Enrolment.LeftOn,
                        p.Attendance.Attended, p.Attendance.HeldSessions, p.Attendance.Excused, p.Attendance.Rate,
                        Hours(p.Exercise.SoloMinutes), Hours(p.Exercise.GroupMinutes), Hours(p.Exercise.LoggedMinutes),
                        Hours(p.Exercise.PlannedToDateMinutes), Hours(p.Exercise.RequiredMinutes),
                        $"{p.ProjectsPassed} of {p.Projects.Count} passed", softSkills, $"{p.Badges.Earned} of {p.Badges.Available}",
                        p.IsAtRisk ? "yes" : "no", string.Join(" ", risks.Select(r => r.Message))]);
                    var mine = learnerFacts[p.LearnerId];
                    var marks = mine.Marks.ToDictionary(m => m.SessionId, m => m.Status);
                    attendance.Add((c.Code, name, held
                        .Where(s => p.Enrolment.Covers(s.Date) && marks.ContainsKey(s.SessionId))
                        .ToDictionary(s => labels[s.SessionId], s => Letter(marks[s.SessionId]))));
                    weeks.Add((c.Code, name, mine.Exercise.GroupBy(e => WeeklyHours.MondayOf(e.Date)).ToDictionary(g => g.Key, g => g.Sum(e => e.Minutes))));
                    var detail = details[(c.Id, p.LearnerId)];
                    var (completedOn, completion) = Completion(p.Enrolment, detail.StatusChangedOn, detail.StatusReason);
                    milestones.Add([c.Code, name, p.Enrolment.EnrolledOn, FundingMilestones.QualifyingStart(f.Cohort, mine), completedOn, completion, null, null, null]);
                }
            }
            read += batch.Length;
            if (cohortsRead is not null)
                await cohortsRead(read, cohorts.Count);
        }

        var sessionList = sessionColumns.ToList();
        var sessionIndex = sessionList.Select((label, index) => (label, index)).ToDictionary(s => s.label, s => s.index, StringComparer.Ordinal);
        var weekList = weekColumns.ToList();
        // The grids span every lecture and week of all the cohorts, and each learner fills the band of their own: their
        // rows are made one at a time as the workbook writes them (9,704 learners by 3,475 lectures held 270 MB of empty
        // cells at a funder's 374 cohorts).
        object?[] AttendanceRow((string Cohort, string Learner, Dictionary<string, string> Marks) a)
        {
            var row = new object?[2 + sessionList.Count];
            (row[0], row[1]) = (a.Cohort, a.Learner);
            foreach (var (label, letter) in a.Marks)
                row[2 + sessionIndex[label]] = letter;
            return row;
        }
        ReportSheet[] sheets =
        [
            new(Summary,
            [
                new("Cohort", ReportKind.Text), new("Programme", ReportKind.Text), new("Centre", ReportKind.Text), new("Status", ReportKind.Text),
                new("Start", ReportKind.Date), new("End", ReportKind.Date), new("Enrolled", ReportKind.Count), new("Active", ReportKind.Count),
                new("Withdrawn", ReportKind.Count), new("Attendance rate", ReportKind.Rate), new("Hours logged", ReportKind.Hours),
                new("Hours planned", ReportKind.Hours), new("Hours against plan", ReportKind.Rate), new("At risk", ReportKind.Count),
                new("Graduation forecast", ReportKind.Rate), new("Graduation rate", ReportKind.Rate),
            ], summary),
            new(Learners,
            [
                new("Cohort", ReportKind.Text), new("Learner", ReportKind.Text), new("Status", ReportKind.Text), new("Enrolled on", ReportKind.Date),
                new("Left on", ReportKind.Date), new("Attended", ReportKind.Count), new("Held", ReportKind.Count), new("Excused", ReportKind.Count),
                new("Attendance rate", ReportKind.Rate), new("Solo hours", ReportKind.Hours), new("Group hours", ReportKind.Hours),
                new("Total hours", ReportKind.Hours), new("Plan to date hours", ReportKind.Hours), new("Required hours", ReportKind.Hours),
                new("Projects", ReportKind.Text), new("Soft skills", ReportKind.Text), new("Badges", ReportKind.Text),
                new("At risk", ReportKind.Text), new("Why", ReportKind.Text, InPdf: false),
            ], learners),
            new(Attendance,
                [new("Cohort", ReportKind.Text), new("Learner", ReportKind.Text), .. sessionList.Select(s => new ReportColumn(s, ReportKind.Text))],
                new MadeRows<(string Cohort, string Learner, Dictionary<string, string> Marks)>(attendance, AttendanceRow)),
            new(HoursByWeek,
                [new("Cohort", ReportKind.Text), new("Learner", ReportKind.Text), .. weekList.Select(w => new ReportColumn($"Week of {w:yyyy-MM-dd}", ReportKind.Hours))],
                new MadeRows<(string Cohort, string Learner, Dictionary<DateOnly, int> Minutes)>(weeks,
                    w => [w.Cohort, w.Learner, .. weekList.Select(k => (object?)Hours(w.Minutes.GetValueOrDefault(k)))])),
            new(Milestones,
            [
                new("Cohort", ReportKind.Text), new("Learner", ReportKind.Text), new("Enrolled on", ReportKind.Date), new("Qualifying start", ReportKind.Date),
                new("Completed on", ReportKind.Date), new("Completion", ReportKind.Text), new("Outcome", ReportKind.Text),
                new("Outcome date", ReportKind.Date), new("Employer or course", ReportKind.Text),
            ], milestones),
        ];
        var who = scope.IsPartner ? "partner" : scope.IsAdmin ? "admin" : "centre staff";
        return new ReportOutcome(new ProgressReport("Progress report", asOf, $"{scope.DisplayName} ({who}): {string.Join(", ", cohorts.Select(c => c.Code))}", clock.UtcNow, sheets), null, false);
    }

    /// <summary>Minutes as hours, the unit funders read; the workbook shows them with two decimals.</summary>
    public static decimal Hours(int minutes) => minutes / 60m;

    public static string Letter(AttendanceStatus status) => status switch
    {
        AttendanceStatus.Present => "P",
        AttendanceStatus.Late => "L",
        AttendanceStatus.Absent => "A",
        _ => "E",
    };

    /// <summary>Graduation on its decision date, or the day and reason of leaving; nothing while the learner is still enrolled.</summary>
    private static (DateOnly? On, string? What) Completion(EnrolmentPeriod period, DateOnly? changedOn, string? reason) => period.Status switch
    {
        EnrolmentStatus.Graduated => (changedOn, "Graduated"),
        EnrolmentStatus.NotGraduated => (changedOn, "Not graduated"),
        EnrolmentStatus.Withdrawn => (period.LeftOn, $"Withdrawn: {reason}"),
        EnrolmentStatus.Deferred => (period.LeftOn, $"Deferred: {reason}"),
        _ => (null, null),
    };
}
