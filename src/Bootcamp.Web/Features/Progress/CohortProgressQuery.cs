using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Logging;
using Bootcamp.Domain.Programmes;
using Bootcamp.Domain.Progress;
using Bootcamp.Domain.Projects;
using Bootcamp.Domain.Scheduling;
using Bootcamp.Web.Data;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Progress;

/// <summary>A cohort's dates and figures for the dashboard, which hold until <paramref name="HoldsUntilUtc"/> unless a write moves them.</summary>
public sealed record CohortGlance(DateOnly StartDate, DateOnly EndDate, CohortFigures Figures, DateTime HoldsUntilUtc);

/// <summary>
/// A cohort's facts for the progress domain, with the learners' names beside them and the version of the criteria
/// the cohort is judged by (<see cref="CohortFacts.Criteria"/> are that version's).
/// </summary>
public sealed record CohortProgressFacts(CohortFacts Cohort, IReadOnlyList<LearnerFacts> Learners, IReadOnlyDictionary<int, string> Names,
    CriteriaInForce JudgedBy)
{
    /// <summary>
    /// When time alone next moves the figures: the engine reads the clock only as the centre's date and as the lectures
    /// started by now, so the next local midnight or the next lecture's start, whichever comes first.
    /// </summary>
    public DateTime HoldsUntilUtc { get; init; }
}

/// <summary>
/// Loads what <see cref="ProgressCalculator"/> and <see cref="WeeklyHours"/> need for one cohort or many in a handful of
/// set-based queries (exercise minutes are summed per learner, day and kind in SQL), so the cohort page stays fast
/// with a full programme's history and a partner's dashboard of hundreds of cohorts costs the same few queries.
/// Every scoped table is read through the user's scope, and today is the centre's.
/// </summary>
public sealed class CohortProgressQuery(BootcampDb db, UserScope scope, CentreClock clock)
{
    /// <summary>The progress section as the current user may see it; null when the cohort is not in their scope.</summary>
    public async Task<CohortProgressViewModel?> ViewModelAsync(int cohortId, CancellationToken cancellationToken) =>
        await LoadAsync(cohortId, cancellationToken) is { } facts ? CohortProgressViewModel.From(cohortId, facts, ProgressViewer.Of(scope)) : null;

    public async Task<CohortProgressFacts?> LoadAsync(int cohortId, CancellationToken cancellationToken) =>
        (await LoadManyAsync([cohortId], null, cancellationToken)).GetValueOrDefault(cohortId);

    /// <summary>
    /// The facts of every cohort in <paramref name="cohortIds"/> that is in the user's scope, keyed by cohort id (an
    /// id outside the scope is simply absent). With <paramref name="asOf"/> the facts are those known at the end of
    /// that day at the centre (enrolments, statuses, hours and badges dated after it are left out, lectures held by then
    /// count), so a report for a past date gives the figures the pages gave that evening; without it, now.
    /// </summary>
    public Task<IReadOnlyDictionary<int, CohortProgressFacts>> LoadManyAsync(IReadOnlyCollection<int> cohortIds, DateOnly? asOf, CancellationToken cancellationToken) =>
        LoadAsync(cohortIds, asOf, tallied: false, cancellationToken);

    /// <summary>
    /// Today's figures of every cohort in <paramref name="cohortIds"/> that is in the user's scope, for the dashboard and
    /// the staff home's glance. The engine computes them as for <see cref="LoadManyAsync"/>, but each learner's marks and
    /// minutes come counted from <see cref="LearnerTally"/>, one row per learner instead of every mark and log; a
    /// learner whose marked lectures reach outside their enrolment has their marks counted one by one instead.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, CohortGlance>> FiguresAsync(IReadOnlyCollection<int> cohortIds, CancellationToken cancellationToken) =>
        (await LoadAsync(cohortIds, null, tallied: true, cancellationToken)).ToDictionary(f => f.Key, f => new CohortGlance(f.Value.Cohort.StartDate,
            f.Value.Cohort.EndDate, CohortFigures.Of(f.Value.Cohort, ProgressCalculator.ForCohort(f.Value.Cohort, f.Value.Learners)), f.Value.HoldsUntilUtc));

    private async Task<IReadOnlyDictionary<int, CohortProgressFacts>> LoadAsync(IReadOnlyCollection<int> cohortIds, DateOnly? asOf, bool tallied,
        CancellationToken cancellationToken)
    {
        var ids = cohortIds.Distinct().ToList();
        var centres = scope.Centres();
        var cohorts = await scope.Cohorts().AsNoTracking()
            .Where(c => ids.Contains(c.Id))
            .Select(c => new
            {
                c.Id, c.StartDate, c.EndDate, c.ProgrammeId,
                TimeZone = centres.Where(ct => ct.Id == c.CentreId).Select(ct => ct.TimeZoneId).First(),
            })
            .ToListAsync(cancellationToken);
        if (cohorts.Count == 0)
            return new Dictionary<int, CohortProgressFacts>();
        ids = [.. cohorts.Select(c => c.Id)];
        var programmeIds = cohorts.Select(c => c.ProgrammeId).Distinct().ToList();
        var firstCriteria = await db.Programmes.AsNoTracking().Where(p => programmeIds.Contains(p.Id)).Select(p => new { p.Id, p.Criteria })
            .ToDictionaryAsync(p => p.Id, p => p.Criteria, cancellationToken);
        var revisions = (await db.CriteriaVersions.AsNoTracking().Where(v => programmeIds.Contains(v.ProgrammeId)).ToListAsync(cancellationToken))
            .ToLookup(v => v.ProgrammeId);
        var modules = (await db.Modules.AsNoTracking()
                .Where(m => programmeIds.Contains(m.ProgrammeId))
                .OrderBy(m => m.Position)
                .Select(m => new { m.ProgrammeId, Target = new ModuleTarget(m.Id, m.Title, m.PlannedLectureMinutes, m.PlannedExerciseMinutes, m.BadgeName) })
                .ToListAsync(cancellationToken))
            .ToLookup(m => m.ProgrammeId, m => m.Target);
        var skills = (await db.SoftSkills.AsNoTracking()
                .Where(s => programmeIds.Contains(s.ProgrammeId))
                .OrderBy(s => s.Position)
                .Select(s => new { s.ProgrammeId, Fact = new SkillFact(s.Id, s.Name) })
                .ToListAsync(cancellationToken))
            .ToLookup(s => s.ProgrammeId, s => s.Fact);
        var points = (await scope.AssessmentPoints().AsNoTracking()
                .Where(p => ids.Contains(p.CohortId))
                .OrderBy(p => p.Date).ThenBy(p => p.Id)
                .Select(p => new { p.CohortId, Fact = new PointFact(p.Id, p.Name, p.Date) })
                .ToListAsync(cancellationToken))
            .ToLookup(p => p.CohortId, p => p.Fact);
        var sessionRows = (await scope.Sessions().AsNoTracking()
                .Where(s => ids.Contains(s.CohortId))
                .Select(s => new { s.CohortId, s.Id, s.ModuleId, s.StartUtc, s.EndUtc, s.Status })
                .ToListAsync(cancellationToken))
            .ToLookup(s => s.CohortId);
        var enrolments = (await scope.Enrolments().AsNoTracking()
                .Where(e => ids.Contains(e.CohortId))
                .Join(scope.Learners(), e => e.LearnerId, l => l.Id, (e, l) => new { Enrolment = e, Name = l.FirstName + " " + l.LastName, l.LastName, l.FirstName })
                .ToListAsync(cancellationToken))
            .ToLookup(e => e.Enrolment.CohortId);
        var lastDay = asOf ?? DateOnly.MaxValue;
        var tallies = tallied ? await TalliesAsync(ids, cancellationToken) : null;
        var marks = tallied ? Empty<AttendanceMark>() : await MarksAsync(ids, cancellationToken);
        var exercise = tallied ? Empty<ExerciseDay>() : (await scope.ExerciseLogs().AsNoTracking()
                .Where(e => ids.Contains(e.CohortId) && e.Date <= lastDay)
                .GroupBy(e => new { e.CohortId, e.LearnerId, e.Date, e.Kind, e.ModuleId })
                .Select(g => new KeyValuePair<(int, int), ExerciseDay>(new ValueTuple<int, int>(g.Key.CohortId, g.Key.LearnerId), new ExerciseDay(g.Key.Date, g.Key.Kind, g.Sum(e => e.Minutes), g.Key.ModuleId)))
                .ToListAsync(cancellationToken))
            .ToLookup(e => e.Key, e => e.Value);
        var projects = (await scope.GroupProjects().AsNoTracking()
                .Where(p => ids.Contains(p.CohortId))
                .Select(p => new { p.CohortId, p.Id, p.Title, p.DueDate, p.PassMarkPercent, p.ModuleId })
                .ToListAsync(cancellationToken))
            .ToLookup(p => p.CohortId);
        var grades = (await scope.ProjectGroups().AsNoTracking()
                .Where(g => ids.Contains(g.CohortId) && g.GroupProjectId != null)
                .SelectMany(g => g.Members, (g, m) => new { g.CohortId, m.LearnerId, ProjectId = g.GroupProjectId!.Value, g.GradePercent, m.ContributionAdjustment })
                .ToListAsync(cancellationToken))
            .ToLookup(g => (g.CohortId, g.LearnerId));
        // Ratings and badges, like the marks, go straight into records keyed by a struct: one object per row.
        var ratings = (await scope.SoftSkillAssessments().AsNoTracking()
                .Where(s => ids.Contains(s.CohortId) && s.AssessedOn <= lastDay)
                .Select(s => new KeyValuePair<(int, int), SkillScore>(new ValueTuple<int, int>(s.CohortId, s.LearnerId), new SkillScore(s.SkillId, s.PointId, s.Score)))
                .ToListAsync(cancellationToken))
            .ToLookup(s => s.Key, s => s.Value);
        var badges = (await scope.BadgeAwards().AsNoTracking()
                .Where(b => ids.Contains(b.CohortId) && b.AwardedOn <= lastDay && b.RevokedAtUtc == null)
                .Select(b => new KeyValuePair<(int, int), int>(new ValueTuple<int, int>(b.CohortId, b.LearnerId), b.ModuleId))
                .ToListAsync(cancellationToken))
            .ToLookup(b => b.Key, b => b.Value);

        var result = new Dictionary<int, CohortProgressFacts>(cohorts.Count);
        foreach (var cohort in cohorts)
        {
            var zone = CentreClock.Zone(cohort.TimeZone);
            var (today, nowUtc) = Moment(zone, asOf);
            var sessions = sessionRows[cohort.Id]
                .Select(s => new SessionFact(s.Id, s.ModuleId, DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(s.StartUtc, zone)), s.StartUtc,
                    (int)(s.EndUtc - s.StartUtc).TotalMinutes, s.Status == SessionStatus.Cancelled))
                .OrderBy(s => s.StartUtc)
                .ToList();
            var end = cohort.EndDate ?? sessions.LastOrDefault()?.Date ?? cohort.StartDate;
            var judgedBy = CriteriaInForce.For(firstCriteria[cohort.ProgrammeId], revisions[cohort.ProgrammeId], cohort.StartDate);
            var facts = new CohortFacts(cohort.StartDate, end, [.. modules[cohort.ProgrammeId]], sessions, judgedBy.Criteria, today, nowUtc,
                [.. skills[cohort.ProgrammeId]], [.. points[cohort.Id]]);
            var learners = enrolments[cohort.Id]
                .Where(e => e.Enrolment.EnrolledOn <= lastDay)
                .GroupBy(e => e.Enrolment.LearnerId)
                .Select(g => g.OrderByDescending(e => e.Enrolment.EnrolledOn).First())
                .OrderBy(e => e.LastName).ThenBy(e => e.FirstName)
                .ToList();
            var cohortProjects = projects[cohort.Id].ToList();
            var learnerFacts = learners.Select(e =>
            {
                var key = (cohort.Id, e.Enrolment.LearnerId);
                var mine = grades[key].ToDictionary(g => g.ProjectId, g => g.GradePercent is { } team ? ProjectScore.Result(team, g.ContributionAdjustment) : (int?)null);
                var period = asOf is { } date ? EnrolmentPeriod.AsOf(e.Enrolment, date) : EnrolmentPeriod.Of(e.Enrolment);
                return new LearnerFacts(key.LearnerId, period, [.. marks[key]], [.. exercise[key]],
                    [.. cohortProjects.Select(p => new ProjectResult(p.Id, p.Title, p.DueDate, p.PassMarkPercent, mine.GetValueOrDefault(p.Id), p.ModuleId))],
                    [.. ratings[key]], badges[key].ToHashSet());
            }).ToList();
            if (tallies is not null)
                learnerFacts = await TalliedAsync(facts, learnerFacts, cohort.Id, zone, tallies, cancellationToken);
            var nextLecture = sessions.Where(s => !s.Cancelled && s.StartUtc > nowUtc).Select(s => (DateTime?)s.StartUtc).FirstOrDefault();
            var midnight = LocalMidnightUtc(today.AddDays(1), zone);
            result[cohort.Id] = new CohortProgressFacts(facts, learnerFacts, learners.ToDictionary(e => e.Enrolment.LearnerId, e => e.Name), judgedBy)
            {
                HoldsUntilUtc = nextLecture < midnight ? nextLecture.Value : midnight,
            };
        }
        return result;
    }

    /// <summary>A mark per learner per lecture, straight into the domain's records keyed by cohort and learner in a struct, so each row costs one object.</summary>
    private async Task<ILookup<(int CohortId, int LearnerId), AttendanceMark>> MarksAsync(IReadOnlyCollection<int> cohortIds, CancellationToken cancellationToken) =>
        (await scope.Sessions().AsNoTracking()
            .Where(s => cohortIds.Contains(s.CohortId))
            .Join(scope.Attendance(cohortIds), s => s.Id, a => a.SessionId,
                (s, a) => new KeyValuePair<(int, int), AttendanceMark>(new ValueTuple<int, int>(s.CohortId, a.LearnerId), new AttendanceMark(a.SessionId, a.Status)))
            .ToListAsync(cancellationToken))
        .ToLookup(a => a.Key, a => a.Value);

    private static ILookup<(int CohortId, int LearnerId), T> Empty<T>() => Array.Empty<(int, int, T)>().ToLookup(e => (e.Item1, e.Item2), e => e.Item3);

    /// <summary>
    /// The tallies of the cohorts' learners, and the marks the engine never counts whatever the enrolment: those at
    /// cancelled lectures and at lectures not started yet (few, found through the sessions' index).
    /// </summary>
    private async Task<Tallies> TalliesAsync(IReadOnlyCollection<int> cohortIds, CancellationToken cancellationToken)
    {
        var rows = await scope.LearnerTallies().AsNoTracking().Where(t => cohortIds.Contains(t.CohortId)).ToDictionaryAsync(t => (t.CohortId, t.LearnerId), cancellationToken);
        var nowUtc = clock.UtcNow;
        var uncounted = (await scope.Sessions().AsNoTracking()
                .Where(s => cohortIds.Contains(s.CohortId) && (s.Status == SessionStatus.Cancelled || s.StartUtc > nowUtc))
                .Join(scope.Attendance(cohortIds), s => s.Id, a => a.SessionId, (s, a) => new { s.CohortId, a.LearnerId, a.Status })
                .ToListAsync(cancellationToken))
            .ToLookup(m => (m.CohortId, m.LearnerId), m => m.Status);
        return new Tallies(rows, uncounted);
    }

    private sealed record Tallies(IReadOnlyDictionary<(int CohortId, int LearnerId), LearnerTally> Rows, ILookup<(int CohortId, int LearnerId), AttendanceStatus> Uncounted);

    /// <summary>
    /// The learners with their marks and minutes as tallies. A tally's marks all count when its first and last marked
    /// lectures fall inside the enrolment, less the uncounted ones; otherwise (a mark before the enrolment or from the
    /// day the learner left) that learner's marks are read and the engine counts them, so the figures never differ.
    /// </summary>
    private async Task<List<LearnerFacts>> TalliedAsync(CohortFacts cohort, List<LearnerFacts> learners, int cohortId, TimeZoneInfo zone, Tallies tallies,
        CancellationToken cancellationToken)
    {
        DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, zone));
        var tallyOf = learners.ToDictionary(l => l.LearnerId, l => tallies.Rows.GetValueOrDefault((cohortId, l.LearnerId)));
        var outside = learners.Where(l => tallyOf[l.LearnerId] is { FirstMarkedUtc: { } first, LastMarkedUtc: { } last }
            && !(l.Enrolment.Covers(LocalDate(first)) && l.Enrolment.Covers(LocalDate(last)))).Select(l => l.LearnerId).ToList();
        var marks = outside.Count == 0 ? Empty<AttendanceMark>() : (await scope.Sessions().AsNoTracking()
                .Where(s => s.CohortId == cohortId)
                .Join(scope.Attendance([cohortId]).Where(a => outside.Contains(a.LearnerId)), s => s.Id, a => a.SessionId, (s, a) => new { a.LearnerId, Mark = new AttendanceMark(a.SessionId, a.Status) })
                .ToListAsync(cancellationToken))
            .ToLookup(m => (cohortId, m.LearnerId), m => m.Mark);
        return [.. learners.Select(l =>
        {
            var row = tallyOf[l.LearnerId];
            var (present, late, absent, excused) = (row?.Present ?? 0, row?.Late ?? 0, row?.Absent ?? 0, row?.Excused ?? 0);
            if (marks.Contains((cohortId, l.LearnerId)))
            {
                var counted = ProgressCalculator.Attendance(cohort, l with { Marks = [.. marks[(cohortId, l.LearnerId)]] });
                (present, late, absent, excused) = (counted.Attended - counted.Late, counted.Late, counted.Absent, counted.Excused);
            }
            else
            {
                foreach (var status in tallies.Uncounted[(cohortId, l.LearnerId)])
                {
                    present -= status == AttendanceStatus.Present ? 1 : 0;
                    late -= status == AttendanceStatus.Late ? 1 : 0;
                    absent -= status == AttendanceStatus.Absent ? 1 : 0;
                    excused -= status == AttendanceStatus.Excused ? 1 : 0;
                }
            }
            return l with { Tally = new EvidenceTally(present, late, absent, excused, row?.LoggedMinutes ?? 0, row?.GroupMinutes ?? 0) };
        })];
    }

    /// <summary>
    /// The centre's today and the instant lectures count as held by. A past date stands at the end of that day (the
    /// next local midnight); today, or no date, is now.
    /// </summary>
    private (DateOnly Today, DateTime NowUtc) Moment(TimeZoneInfo zone, DateOnly? asOf)
    {
        var today = clock.Today(zone);
        return asOf is not { } date || date >= today ? (today, clock.UtcNow) : (date, LocalMidnightUtc(date.AddDays(1), zone));
    }

    /// <summary>The instant <paramref name="date"/> begins at the centre.</summary>
    private static DateTime LocalMidnightUtc(DateOnly date, TimeZoneInfo zone)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        // A zone that springs forward at midnight has no such local time; the day then begins an hour later.
        if (zone.IsInvalidTime(midnight))
            midnight = midnight.AddHours(1);
        return TimeZoneInfo.ConvertTimeToUtc(midnight, zone);
    }
}
