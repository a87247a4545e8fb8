using Bootcamp.Domain.Credentials;
using Bootcamp.Domain.Graduation;
using Bootcamp.Domain.Logging;
using Bootcamp.Domain.Programmes;
using Bootcamp.Domain.Progress;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Shared;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Credentials;

/// <summary>
/// Issues and revokes credentials inside the write transaction of the award or decision that causes them, so a badge
/// or a graduation never exists without its credential. The figures are the ones the caller judged with: the badge
/// rule's check and the graduation engine's standing, never a computation of their own.
/// </summary>
public sealed class CredentialWriter(BootcampDb db, IssuerKeyRing keys, CredentialLinks links, CentreClock clock)
{
    public async Task<IssuedCredential> IssueBadgeAsync(int cohortId, BadgeAward award, BadgeCheck check, CancellationToken cancellationToken)
    {
        var about = await AboutAsync(cohortId, award.LearnerId, cancellationToken);
        var module = await db.Modules.AsNoTracking().Where(m => m.Id == check.ModuleId)
            .Select(m => new { m.Title, m.PlannedLectureMinutes, m.PlannedExerciseMinutes, m.Topics }).SingleAsync(cancellationToken);
        var a = check.Attendance;
        var evidence = new List<EvidenceLine>
        {
            new("Module attendance", a.Rate is { } rate ? $"{Math.Floor(rate * 100)}% of the module's held lectures ({a.Attended} of {a.Counted})" : "no lecture counted"),
            new("Module exercise", $"{Hours.Of(check.ExerciseMinutes)} of hands-on exercise logged in the module"),
        };
        evidence.AddRange(check.Assessments.Select(p => new EvidenceLine($"Project: {p.Title}",
            p.IsGraded ? $"{p.GradePercent}%, pass mark {p.PassMarkPercent}%" : "not graded")));
        var narrative = $"Attend at least {check.MinAttendancePercent}% of the module's held lectures and log at least "
            + $"{Hours.Of(check.RequiredExerciseMinutes)} of hands-on exercise in the module"
            + (check.Assessments.Count == 0 ? "." : $", and pass its assessment ({string.Join(", ", check.Assessments.Select(p => p.Title))}).");
        var description = $"Module {module.Title} of {about.Programme}" + (module.Topics.Count == 0 ? "." : $": {string.Join(", ", module.Topics)}.");
        var content = Content(about, CredentialKind.Badge, $"modules/{check.ModuleId}", check.BadgeName, description, narrative,
            (module.PlannedLectureMinutes + module.PlannedExerciseMinutes) / 60, evidence);
        return Issue(content, cohortId, award.LearnerId, award.Id, null, await keys.EnsureAsync(cancellationToken));
    }

    /// <summary>
    /// Issues the graduation credentials of a batch of "graduated" decisions of one cohort. The cohort, programme, key
    /// and e-mails are read once for the batch, not once per learner.
    /// </summary>
    public async Task IssueGraduationsAsync(int cohortId, IReadOnlyList<(GraduationDecision Decision, GraduationStanding Standing)> graduated,
        CancellationToken cancellationToken)
    {
        if (graduated.Count == 0)
            return;
        var abouts = await AboutManyAsync(cohortId, [.. graduated.Select(g => g.Decision.LearnerId)], cancellationToken);
        var programmeId = abouts.Values.First().ProgrammeId;
        var workload = await db.Modules.Where(m => m.ProgrammeId == programmeId).SumAsync(m => m.PlannedLectureMinutes + m.PlannedExerciseMinutes, cancellationToken);
        var key = await keys.EnsureAsync(cancellationToken);
        foreach (var (decision, standing) in graduated)
        {
            var about = abouts[decision.LearnerId];
            var exercise = standing.Progress.Exercise;
            var evidence = standing.Criteria
                .Select(c => new EvidenceLine(GraduationEngine.Name(c.Criterion), $"{c.Figure}, {(c.Met ? "met" : "not met")}; required: {c.Required}"))
                .Append(new("Exercise hours by kind", $"{Hours.Of(exercise.LoggedMinutes)} in total: {Hours.Of(exercise.SoloMinutes)} solo, {Hours.Of(exercise.GroupMinutes)} in groups"))
                .Concat(standing.Progress.Projects.Select(p => new EvidenceLine($"Project: {p.Title}", p.IsGraded ? $"{p.GradePercent}%, pass mark {p.PassMarkPercent}%" : "not graded")))
                .ToList();
            var narrative = $"Meet every graduation criterion of {about.Programme}: "
                + string.Join("; ", standing.Criteria.Select(c => $"{GraduationEngine.Name(c.Criterion)}: {c.Required}")) + ".";
            var content = Content(about, CredentialKind.Graduation, $"programmes/{about.ProgrammeId}", $"{about.Programme} graduate",
                about.ProgrammeDescription.Length > 0 ? about.ProgrammeDescription : $"Graduation from {about.Programme}.", narrative, workload / 60, evidence);
            Issue(content, cohortId, decision.LearnerId, null, decision.Id, key);
        }
    }

    /// <summary>Revokes the credentials of a revoked badge award, with the award's reason.</summary>
    public async Task RevokeForAwardAsync(BadgeAward award, CancellationToken cancellationToken)
    {
        foreach (var credential in await db.IssuedCredentials.Where(c => c.BadgeAwardId == award.Id && c.RevokedAtUtc == null).ToListAsync(cancellationToken))
            Revoke(credential, award.RevocationReason, award.RevokedOn!.Value, award.RevokedBy!);
    }

    /// <summary>
    /// New decisions replace the learners' earlier graduation credentials in the cohort: the old ones are revoked, saying
    /// so. One query for the whole batch.
    /// </summary>
    public async Task SupersedeGraduationsAsync(int cohortId, IReadOnlyList<GraduationDecision> decisions, CancellationToken cancellationToken)
    {
        var byLearner = decisions.ToDictionary(d => d.LearnerId);
        var learnerIds = byLearner.Keys.ToList();
        var earlier = await db.IssuedCredentials
            .Where(c => c.CohortId == cohortId && learnerIds.Contains(c.LearnerId) && c.Kind == CredentialKind.Graduation && c.RevokedAtUtc == null)
            .ToListAsync(cancellationToken);
        foreach (var credential in earlier)
        {
            var decision = byLearner[credential.LearnerId];
            Revoke(credential, $"Replaced by the graduation decision of {decision.DecidedOn:d MMM yyyy}.", decision.DecidedOn, decision.DecidedBy);
        }
    }

    /// <summary>
    /// Staff revoke one credential, found through their scope, with a reason (the domain's message when it is missing).
    /// A badge's credential takes its award with it, so the badge no longer counts anywhere.
    /// </summary>
    public async Task RevokeByStaffAsync(int credentialId, string? reason, DateOnly today, string who, CancellationToken cancellationToken)
    {
        await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
        var credential = await db.IssuedCredentials.SingleAsync(c => c.Id == credentialId, cancellationToken);
        Revoke(credential, reason, today, who);
        if (credential.BadgeAwardId is { } awardId && await db.BadgeAwards.SingleAsync(b => b.Id == awardId, cancellationToken) is { IsRevoked: false } award)
        {
            award.Revoke(credential.RevocationReason, today, who, credential.RevokedAtUtc!.Value);
            db.AuditEntries.Add(new AuditEntry(award.CohortId, award.LearnerId, null, AuditedRecord.BadgeAward, award.Id, AuditAction.Changed,
                $"Awarded {credential.Name}", $"Revoked {credential.Name}", award.RevocationReason, who, award.RevokedAtUtc!.Value));
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Revokes one credential with a reason (throws the domain's message when the reason is missing).</summary>
    public void Revoke(IssuedCredential credential, string? reason, DateOnly today, string who)
    {
        var old = credential.IsRevoked ? "Revoked" : "Valid";
        credential.Revoke(reason, today, who, clock.UtcNow);
        db.AuditEntries.Add(new AuditEntry(credential.CohortId, credential.LearnerId, null, AuditedRecord.Credential, credential.Id, AuditAction.Changed,
            old, $"Revoked {credential.Name}", credential.RevocationReason, who, credential.RevokedAtUtc!.Value));
    }

    private IssuedCredential Issue(CredentialContent content, int cohortId, int learnerId, int? awardId, int? decisionId, IssuerKey key)
    {
        using var signer = keys.Signer(key);
        var jwt = VcJwt.Sign(OpenBadgeCredential.Build(content), key.KeyId, signer);
        var credential = new IssuedCredential(content.PublicId, content.Kind, cohortId, learnerId, awardId, decisionId, content.Title, content.IssuedAtUtc, key.KeyId, jwt);
        db.IssuedCredentials.Add(credential);
        return credential;
    }

    private CredentialContent Content(About about, CredentialKind kind, string achievementKey, string title, string description, string narrative,
        int workloadHours, IReadOnlyList<EvidenceLine> evidence)
    {
        var profile = about.Profile;
        // Seconds are what a JWT's dates hold; the stored instant matches the signed one exactly.
        var now = clock.UtcNow;
        var issuedAt = new DateTime(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
        return new CredentialContent(Guid.NewGuid().ToString("N"), links.BaseUrl, kind, achievementKey, title, description, narrative,
            profile.AwardingBody.Length > 0 ? profile.AwardingBody : about.Centre, about.Country, profile.LearningOutcomes, workloadHours, profile.EqfLevel,
            profile.AssessmentType, profile.ParticipationForm, profile.QualityAssurance, issuedAt, about.Email, OpenBadgeCredential.NewSalt(), evidence);
    }

    private sealed record About(int ProgrammeId, string Programme, string ProgrammeDescription, MicroCredentialProfile Profile,
        string Centre, string Country, string Email);

    /// <summary>The cohort's programme and centre and the learner's e-mail; the caller found both ids through the user's scope.</summary>
    private async Task<About> AboutAsync(int cohortId, int learnerId, CancellationToken cancellationToken) =>
        (await AboutManyAsync(cohortId, [learnerId], cancellationToken))[learnerId];

    /// <summary>The same for several learners of one cohort, with the cohort's part read once.</summary>
    private async Task<Dictionary<int, About>> AboutManyAsync(int cohortId, IReadOnlyList<int> learnerIds, CancellationToken cancellationToken)
    {
        var cohort = await db.Cohorts.AsNoTracking().Where(c => c.Id == cohortId).Select(c => new { c.ProgrammeId, c.CentreId }).SingleAsync(cancellationToken);
        var programme = await db.Programmes.AsNoTracking().Where(p => p.Id == cohort.ProgrammeId)
            .Select(p => new { p.Name, p.Description, p.MicroCredential }).SingleAsync(cancellationToken);
        var centre = await db.Centres.AsNoTracking().Where(c => c.Id == cohort.CentreId).Select(c => new { c.Name, c.CountryCode }).SingleAsync(cancellationToken);
        var emails = await db.Learners.AsNoTracking().Where(l => learnerIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.Email, cancellationToken);
        return learnerIds.Distinct().ToDictionary(id => id,
            id => new About(cohort.ProgrammeId, programme.Name, programme.Description, programme.MicroCredential, centre.Name, centre.CountryCode, emails[id]));
    }
}
