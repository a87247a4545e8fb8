using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Logging;
using Bootcamp.Domain.Progress;
using Bootcamp.Domain.Projects;
using Bootcamp.Domain.Scheduling;
using Bootcamp.Web.Data;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Progress;

/// <summary>A cohort's facts for the progress domain, with the learners' names beside them.</summary>
public sealed record CohortProgressFacts(CohortFacts Cohort, IReadOnlyList<LearnerFacts> Learners, IReadOnlyDictionary<int, string> Names);

/// <summary>
/// Loads what <see cref="ProgressCalculator"/> and <see cref="WeeklyHours"/> need for one cohort in a handful of
/// set-based queries (exercise minutes are summed per learner, day and kind in SQL), so the cohort page stays fast
/// with a full programme's history. Every scoped table is read through the user's scope, and today is the centre's.
/// </summary>
public sealed class CohortProgressQuery(BootcampDb db, UserScope scope, CentreClock clock)
{
    /// <summary>The progress section as the current user may see it; null when the cohort is not in their scope.</summary>
    public async Task<CohortProgressViewModel?> ViewModelAsync(int cohortId, CancellationToken cancellationToken) =>
        await LoadAsync(cohortId, cancellationToken) is { } facts ? CohortProgressViewModel.From(cohortId, facts, ProgressViewer.Of(scope)) : null;

    public async Task<CohortProgressFacts?> LoadAsync(int cohortId, CancellationToken cancellationToken)
    {
        var centres = scope.Centres();
        var cohort = await scope.Cohorts().AsNoTracking()
            .Where(c => c.Id == cohortId)
            .Select(c => new
            {
                c.StartDate, c.EndDate, c.ProgrammeId,
                TimeZone = centres.Where(ct => ct.Id == c.CentreId).Select(ct => ct.TimeZoneId).First(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (cohort is null)
            return null;
        var criteria = await db.Programmes.AsNoTracking().Where(p => p.Id == cohort.ProgrammeId).Select(p => p.Criteria).SingleAsync(cancellationToken);
        var zone = CentreClock.Zone(cohort.TimeZone);
        var nowUtc = clock.UtcNow;
        var today = clock.Today(zone);

        var modules = await db.Modules.AsNoTracking()
            .Where(m => m.ProgrammeId == cohort.ProgrammeId)
            .OrderBy(m => m.Position)
            .Select(m => new ModuleTarget(m.Id, m.Title, m.PlannedLectureMinutes, m.PlannedExerciseMinutes, m.BadgeName))
            .ToListAsync(cancellationToken);
        var sessionRows = await scope.Sessions().AsNoTracking()
            .Where(s => s.CohortId == cohortId)
            .Select(s => new { s.Id, s.ModuleId, s.StartUtc, s.EndUtc, s.Status })
            .ToListAsync(cancellationToken);
        var sessions = sessionRows
            .Select(s => new SessionFact(s.Id, s.ModuleId, DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(s.StartUtc, zone)), s.StartUtc,
                (int)(s.EndUtc - s.StartUtc).TotalMinutes, s.Status == SessionStatus.Cancelled))
            .OrderBy(s => s.StartUtc)
            .ToList();
        var end = cohort.EndDate ?? sessions.LastOrDefault()?.Date ?? cohort.StartDate;
        var skills = await db.SoftSkills.AsNoTracking()
            .Where(s => s.ProgrammeId == cohort.ProgrammeId)
            .OrderBy(s => s.Position)
            .Select(s => new SkillFact(s.Id, s.Name))
            .ToListAsync(cancellationToken);
        var points = await scope.AssessmentPoints().AsNoTracking()
            .Where(p => p.CohortId == cohortId)
            .OrderBy(p => p.Date).ThenBy(p => p.Id)
            .Select(p => new PointFact(p.Id, p.Name, p.Date))
            .ToListAsync(cancellationToken);
        var facts = new CohortFacts(cohort.StartDate, end, modules, sessions, criteria, today, nowUtc, skills, points);

        var enrolments = await scope.Enrolments().AsNoTracking()
            .Where(e => e.CohortId == cohortId)
            .Join(scope.Learners(), e => e.LearnerId, l => l.Id, (e, l) => new { Enrolment = e, Name = l.FirstName + " " + l.LastName, l.LastName, l.FirstName })
            .ToListAsync(cancellationToken);
        // The two long reads (a mark per learner per lecture, a sum per learner per day) go straight into the
        // domain's records, keyed by learner in a struct, so each row costs one object.
        var marks = (await scope.Sessions().AsNoTracking()
                .Where(s => s.CohortId == cohortId)
                .Join(scope.Attendance(), s => s.Id, a => a.SessionId,
                    (s, a) => new KeyValuePair<int, AttendanceMark>(a.LearnerId, new AttendanceMark(a.SessionId, a.Status)))
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.Key, a => a.Value);
        var exercise = (await scope.ExerciseLogs().AsNoTracking()
                .Where(e => e.CohortId == cohortId)
                .GroupBy(e => new { e.LearnerId, e.Date, e.Kind, e.ModuleId })
                .Select(g => new KeyValuePair<int, ExerciseDay>(g.Key.LearnerId, new ExerciseDay(g.Key.Date, g.Key.Kind, g.Sum(e => e.Minutes), g.Key.ModuleId)))
                .ToListAsync(cancellationToken))
            .ToLookup(e => e.Key, e => e.Value);
        var projects = await scope.GroupProjects().AsNoTracking()
            .Where(p => p.CohortId == cohortId)
            .Select(p => new { p.Id, p.Title, p.DueDate, p.PassMarkPercent, p.ModuleId })
            .ToListAsync(cancellationToken);
        var grades = (await scope.ProjectGroups().AsNoTracking()
                .Where(g => g.CohortId == cohortId && g.GroupProjectId != null)
                .SelectMany(g => g.Members, (g, m) => new { m.LearnerId, ProjectId = g.GroupProjectId!.Value, g.GradePercent, m.ContributionAdjustment })
                .ToListAsync(cancellationToken))
            .ToLookup(g => g.LearnerId);
        var ratings = (await scope.SoftSkillAssessments().AsNoTracking()
                .Where(s => s.CohortId == cohortId)
                .Select(s => new { s.LearnerId, s.SkillId, s.PointId, s.Score })
                .ToListAsync(cancellationToken))
            .ToLookup(s => s.LearnerId, s => new SkillScore(s.SkillId, s.PointId, s.Score));
        var badges = (await scope.BadgeAwards().AsNoTracking()
                .Where(b => b.CohortId == cohortId && b.RevokedAtUtc == null)
                .Select(b => new { b.LearnerId, b.ModuleId })
                .ToListAsync(cancellationToken))
            .ToLookup(b => b.LearnerId, b => b.ModuleId);

        var learners = enrolments
            .GroupBy(e => e.Enrolment.LearnerId)
            .Select(g => g.OrderByDescending(e => e.Enrolment.EnrolledOn).First())
            .OrderBy(e => e.LastName).ThenBy(e => e.FirstName)
            .ToList();
        var learnerFacts = learners.Select(e =>
        {
            var id = e.Enrolment.LearnerId;
            var mine = grades[id].ToDictionary(g => g.ProjectId, g => g.GradePercent is { } team ? ProjectScore.Result(team, g.ContributionAdjustment) : (int?)null);
            return new LearnerFacts(id, EnrolmentPeriod.Of(e.Enrolment), [.. marks[id]], [.. exercise[id]],
                [.. projects.Select(p => new ProjectResult(p.Id, p.Title, p.DueDate, p.PassMarkPercent, mine.GetValueOrDefault(p.Id), p.ModuleId))],
                [.. ratings[id]], badges[id].ToHashSet());
        }).ToList();
        return new CohortProgressFacts(facts, learnerFacts, learners.ToDictionary(e => e.Enrolment.LearnerId, e => e.Name));
    }
}
