using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Graduation;
using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Programmes;
using Bootcamp.Domain.Progress;
using Bootcamp.Domain.Scheduling;
using Bootcamp.Web.Data;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Graduation;

/// <summary>What the board and the report say about the cohort itself. <paramref name="Today"/> is the centre's date.</summary>
public sealed record GraduationCohort(
    int Id, string Code, CohortStatus Status, int CentreId, string Centre, string TimeZoneId, string Programme, string ProgrammeCode,
    DateOnly StartDate, DateOnly EndDate, GraduationCriteria Criteria, DateOnly Today)
{
    public bool Ended => Today > EndDate;

    public IReadOnlyList<GraduationCriterion> Applied => GraduationEngine.Applied(Criteria);
}

/// <summary>
/// A learner's standing from the graduation engine beside their enrolment and their latest decision, if any.
/// <paramref name="Changes"/> lists the figures that moved since that decision was made.
/// </summary>
public sealed record GraduationLearner(
    int LearnerId, string Name, EnrolmentStatus Status, DateOnly? StatusChangedOn, string? StatusReason,
    GraduationStanding Standing, GraduationDecision? Decision, IReadOnlyList<FigureChange> Changes)
{
    public bool IsDecided => Status is EnrolmentStatus.Graduated or EnrolmentStatus.NotGraduated;

    public bool NeedsReview => Changes.Count > 0;

    /// <summary>Still enrolled, so a decision can be made now.</summary>
    public bool CanBeDecided => Status == EnrolmentStatus.Enrolled;
}

public sealed record CohortGraduation(GraduationCohort Cohort, IReadOnlyList<GraduationLearner> Learners);

/// <summary>
/// Loads one cohort's evidence through the user's scope and runs the graduation engine over it: the one source of
/// the figures for the board, the decisions and the report. Exercise minutes are summed per learner, day and kind in
/// SQL, so a full programme's history stays a handful of queries.
/// </summary>
public sealed class GraduationQuery(BootcampDb db, UserScope scope, CentreClock clock)
{
    public async Task<CohortGraduation?> LoadAsync(int cohortId, CancellationToken cancellationToken)
    {
        var cohort = await scope.Cohorts().AsNoTracking()
            .Where(c => c.Id == cohortId)
            .Select(c => new { c.Id, c.Code, c.Status, c.StartDate, c.EndDate, c.ProgrammeId, c.CentreId })
            .SingleOrDefaultAsync(cancellationToken);
        if (cohort is null)
            return null;
        // Programmes and their modules are the network's catalogue, not scoped data.
        var programme = await db.Programmes.AsNoTracking().Where(p => p.Id == cohort.ProgrammeId)
            .Select(p => new { p.Name, p.Code, p.Criteria }).SingleAsync(cancellationToken);
        var centre = await scope.Centres().AsNoTracking().Where(c => c.Id == cohort.CentreId)
            .Select(c => new { c.Name, c.TimeZoneId }).SingleAsync(cancellationToken);
        var zone = CentreClock.Zone(centre.TimeZoneId);
        var nowUtc = clock.UtcNow;
        var today = clock.Today(zone);

        var modules = await db.Modules.AsNoTracking()
            .Where(m => m.ProgrammeId == cohort.ProgrammeId)
            .OrderBy(m => m.Position)
            .Select(m => new ModuleTarget(m.Id, m.Title, m.PlannedLectureMinutes, m.PlannedExerciseMinutes, m.BadgeName))
            .ToListAsync(cancellationToken);
        var sessions = (await scope.Sessions().AsNoTracking()
                .Where(s => s.CohortId == cohortId)
                .Select(s => new { s.Id, s.ModuleId, s.StartUtc, s.EndUtc, s.Status })
                .ToListAsync(cancellationToken))
            .Select(s => new SessionFact(s.Id, s.ModuleId, DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(s.StartUtc, zone)), s.StartUtc,
                (int)(s.EndUtc - s.StartUtc).TotalMinutes, s.Status == SessionStatus.Cancelled))
            .OrderBy(s => s.StartUtc)
            .ToList();
        var end = cohort.EndDate ?? sessions.LastOrDefault()?.Date ?? cohort.StartDate;
        var facts = new CohortFacts(cohort.StartDate, end, modules, sessions, programme.Criteria, today, nowUtc);

        var enrolments = await scope.Enrolments().AsNoTracking()
            .Where(e => e.CohortId == cohortId)
            .Join(scope.Learners(), e => e.LearnerId, l => l.Id, (e, l) => new { Enrolment = e, l.FirstName, l.LastName })
            .OrderBy(e => e.LastName).ThenBy(e => e.FirstName)
            .ToListAsync(cancellationToken);
        var marks = (await scope.Attendance().AsNoTracking()
                .Join(scope.Sessions().Where(s => s.CohortId == cohortId), a => a.SessionId, s => s.Id,
                    (a, s) => new KeyValuePair<int, AttendanceMark>(a.LearnerId, new AttendanceMark(a.SessionId, a.Status)))
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.Key, a => a.Value);
        var exercise = (await scope.ExerciseLogs().AsNoTracking()
                .Where(e => e.CohortId == cohortId)
                .GroupBy(e => new { e.LearnerId, e.Date, e.Kind })
                .Select(g => new KeyValuePair<int, ExerciseDay>(g.Key.LearnerId, new ExerciseDay(g.Key.Date, g.Key.Kind, g.Sum(e => e.Minutes))))
                .ToListAsync(cancellationToken))
            .ToLookup(e => e.Key, e => e.Value);
        var projects = await scope.GroupProjects().AsNoTracking()
            .Where(p => p.CohortId == cohortId)
            .Select(p => new { p.Id, p.Title, p.DueDate, p.PassMarkPercent })
            .ToListAsync(cancellationToken);
        var grades = (await scope.ProjectGroups().AsNoTracking()
                .Where(g => g.CohortId == cohortId && g.GroupProjectId != null)
                .SelectMany(g => g.Members, (g, m) => new { m.LearnerId, ProjectId = g.GroupProjectId!.Value, g.GradePercent })
                .ToListAsync(cancellationToken))
            .ToLookup(g => g.LearnerId);
        var skills = (await scope.SoftSkillAssessments().AsNoTracking()
                .Where(s => s.CohortId == cohortId)
                .Select(s => new { s.LearnerId, s.Skill, s.Point, s.Score })
                .ToListAsync(cancellationToken))
            .ToLookup(s => s.LearnerId, s => new SkillScore(s.Skill, s.Point, s.Score));
        var badges = (await scope.BadgeAwards().AsNoTracking()
                .Where(b => b.CohortId == cohortId)
                .Select(b => new { b.LearnerId, b.ModuleId })
                .ToListAsync(cancellationToken))
            .ToLookup(b => b.LearnerId, b => b.ModuleId);
        var decisions = (await scope.GraduationDecisions().AsNoTracking()
                .Where(d => d.CohortId == cohortId)
                .ToListAsync(cancellationToken))
            .GroupBy(d => d.LearnerId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(d => d.DecidedAtUtc).ThenByDescending(d => d.Id).First());

        var learnerFacts = enrolments.Select(e =>
        {
            var id = e.Enrolment.LearnerId;
            var mine = grades[id].ToDictionary(g => g.ProjectId, g => g.GradePercent);
            return new LearnerFacts(id, EnrolmentPeriod.Of(e.Enrolment), [.. marks[id]], [.. exercise[id]],
                [.. projects.Select(p => new ProjectResult(p.Id, p.Title, p.DueDate, p.PassMarkPercent, mine.GetValueOrDefault(p.Id)))],
                [.. skills[id]], badges[id].ToHashSet());
        }).ToList();
        var standings = GraduationEngine.ForCohort(facts, learnerFacts);

        var learners = enrolments.Zip(standings, (e, standing) =>
        {
            var decision = decisions.GetValueOrDefault(e.Enrolment.LearnerId);
            return new GraduationLearner(e.Enrolment.LearnerId, e.FirstName + " " + e.LastName, e.Enrolment.Status, e.Enrolment.StatusChangedOn,
                e.Enrolment.StatusReason, standing, decision, decision is null ? [] : GraduationEngine.Changes(decision.Figures, standing));
        }).ToList();
        return new CohortGraduation(
            new GraduationCohort(cohort.Id, cohort.Code, cohort.Status, cohort.CentreId, centre.Name, centre.TimeZoneId, programme.Name, programme.Code,
                cohort.StartDate, end, programme.Criteria, today),
            learners);
    }
}
