using System.Globalization;
using Bootcamp.Domain.Credentials;
using Bootcamp.Domain.Graduation;
using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Programmes;
using Bootcamp.Domain.Progress;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Graduation;
using Bootcamp.Web.Features.Progress;
using Bootcamp.Web.Features.Shared;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Credentials;

/// <summary>
/// A learner's certificate and transcript rows: figures from the graduation engine (through <see cref="GraduationQuery"/>)
/// and, per module, from the badge rule's module figures over the same facts; the EU elements as the learner's signed
/// graduation credential states them. Everything is read through the user's scope.
/// </summary>
public sealed class LearnerDocumentsQuery(BootcampDb db, UserScope scope, CentreClock clock)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public async Task<LearnerDocumentRows?> LoadAsync(int cohortId, int learnerId, CancellationToken cancellationToken)
    {
        var board = await new GraduationQuery(db, scope, clock).LoadAsync(cohortId, cancellationToken);
        var learner = board?.Learners.SingleOrDefault(l => l.LearnerId == learnerId);
        var progress = await new CohortProgressQuery(db, scope, clock).LoadAsync(cohortId, cancellationToken);
        var facts = progress?.Learners.SingleOrDefault(l => l.LearnerId == learnerId);
        if (board is null || learner is null || progress is null || facts is null)
            return null;
        var credential = await scope.Credentials().AsNoTracking()
            .Where(c => c.CohortId == cohortId && c.LearnerId == learnerId && c.Kind == CredentialKind.Graduation && c.RevokedAtUtc == null)
            .OrderByDescending(c => c.Id).Select(c => new { c.PublicId, c.Jwt }).FirstOrDefaultAsync(cancellationToken);
        CredentialStatement? statement = null;
        if (credential is not null && learner.Status == EnrolmentStatus.Graduated)
        {
            var check = VcJwt.Verify(credential.Jwt, await new CredentialsQuery(db, scope).KeysAsync(cancellationToken));
            statement = check.Valid ? CredentialStatement.From(check.Payload!) : null;
        }
        var awards = (await scope.BadgeAwards().AsNoTracking()
                .Where(b => b.CohortId == cohortId && b.LearnerId == learnerId && b.RevokedAtUtc == null)
                .Select(b => new { b.ModuleId, b.AwardedOn }).ToListAsync(cancellationToken))
            .ToDictionary(b => b.ModuleId, b => b.AwardedOn);
        var partner = scope.IsPartner;
        var standing = learner.Standing;
        var cohort = board.Cohort;
        var modules = progress.Cohort.Modules.Select(m =>
        {
            var (attendance, minutes) = BadgeRule.ModuleFigures(progress.Cohort, facts, m.ModuleId);
            var badge = m.BadgeName is null ? "no badge" : awards.TryGetValue(m.ModuleId, out var on) ? $"{m.BadgeName}, awarded {Date(on)}" : $"{m.BadgeName}, not awarded";
            return new ModuleLine(m.Title,
                attendance.Rate is { } rate ? $"{Math.Floor(rate * 100).ToString(Invariant)}% ({attendance.Attended} of {attendance.Counted})" : "no lecture counted",
                $"{Hours.Of(minutes)} of {Hours.Of(m.PlannedExerciseMinutes)} planned", badge);
        }).ToList();
        var projects = standing.Progress.Projects.Select(p => new ProjectLine(p.Title, p.GradePercent is { } g ? $"{g}%" : "not graded",
            $"{p.PassMarkPercent}%", !p.IsGraded ? "pending" : p.Passed ? "passed" : "not passed")).ToList();
        var minimum = cohort.Criteria.MinSoftSkillAverage;
        var skills = standing.Progress.SoftSkills.Averages.Select(a => (a.Skill, a.Average is not { } average ? "not scored"
            : partner ? (average >= minimum ? "met" : "not met")
            : $"{average.ToString("0.##", Invariant)} of 5")).ToList();
        var criteria = standing.Criteria.Select(c => (GraduationEngine.Name(c.Criterion),
            partner && c.Criterion == GraduationCriterion.SoftSkills ? "–" : c.Figure, c.Met ? "met" : "not met")).ToList();
        return new LearnerDocumentRows(learner.Name, cohort.Code, $"{cohort.Programme} ({cohort.ProgrammeCode})", cohort.Centre,
            $"{Date(cohort.StartDate)} – {Date(cohort.EndDate)}", Date(cohort.Today), criteria, modules, projects, skills,
            statement?.MicroCredential ?? [], statement?.Name, statement is null ? null : statement.Id);
    }

    private static string Date(DateOnly date) => date.ToString("d MMM yyyy", Invariant);
}
