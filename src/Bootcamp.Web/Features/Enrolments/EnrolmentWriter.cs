using System.Globalization;
using Bootcamp.Domain.Common;
using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Logging;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Projects;
using Bootcamp.Web.Features.Shared;
using Bootcamp.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Enrolments;

/// <summary>Who an e-mail is: a learner the user may see, one known only outside the scope, or nobody yet.</summary>
public sealed record KnownEmails(IReadOnlySet<string> InScope, IReadOnlySet<string> InCohort, IReadOnlySet<string> Elsewhere);

/// <summary>
/// Enrols learners into a cohort the user manages: one by e-mail, or many from a checked file. Learners are found
/// only inside the user's scope; an e-mail registered elsewhere is refused without its name, and never created twice
/// (e-mail addresses are unique across the network). Each enrolment is one write transaction with its checks.
/// </summary>
public sealed class EnrolmentWriter(BootcampDb db, UserScope scope)
{
    public static string NameProblem(string which) => $"No learner has this e-mail yet: enter the {which} name to create one.";

    public async Task<KnownEmails> LookUpAsync(int cohortId, IReadOnlyCollection<string> emails, CancellationToken cancellationToken)
    {
        var inScope = await scope.Learners().AsNoTracking()
            .Where(l => emails.Contains(l.Email))
            .Select(l => new { l.Email, InCohort = scope.Enrolments().Any(e => e.LearnerId == l.Id && e.CohortId == cohortId) })
            .ToListAsync(cancellationToken);
        var seen = inScope.Select(l => l.Email).ToHashSet();
        var elsewhere = await db.Learners.AsNoTracking()
            .Where(l => emails.Contains(l.Email) && !seen.Contains(l.Email))
            .Select(l => l.Email)
            .ToListAsync(cancellationToken);
        return new KnownEmails(seen, inScope.Where(l => l.InCohort).Select(l => l.Email).ToHashSet(), elsewhere.ToHashSet());
    }

    /// <summary>Enrols the learner with this e-mail, creating them from the form when nobody has it; returns their name.</summary>
    public async Task<string> EnrolAsync(int cohortId, int capacity, EnrolForm form, DateOnly today, CancellationToken cancellationToken)
    {
        var email = form.Email.Trim().ToLowerInvariant();
        await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
        var known = await LookUpAsync(cohortId, [email], cancellationToken);
        if (known.Elsewhere.Count > 0)
            throw new DomainException(nameof(EnrolForm.Email), LearnerImportCheck.ElsewhereProblem);
        if (await EnrolledAsync(cohortId, cancellationToken) >= capacity)
            throw new DomainException(nameof(EnrolForm.Email), $"The cohort is full: all {capacity} seats are taken.");
        var learner = await scope.Learners().SingleOrDefaultAsync(l => l.Email == email, cancellationToken);
        if (learner is not null)
        {
            var existing = await scope.Enrolments().Where(e => e.CohortId == cohortId && e.LearnerId == learner.Id)
                .Select(e => (EnrolmentStatus?)e.Status).FirstOrDefaultAsync(cancellationToken);
            if (existing is not null)
                throw new DomainException(nameof(EnrolForm.Email), $"{learner.FullName} is already in this cohort ({existing}).");
        }
        else
        {
            if (string.IsNullOrWhiteSpace(form.FirstName))
                throw new DomainException(nameof(EnrolForm.FirstName), NameProblem("first"));
            if (string.IsNullOrWhiteSpace(form.LastName))
                throw new DomainException(nameof(EnrolForm.LastName), NameProblem("last"));
            learner = new Learner(form.FirstName, form.LastName, email, form.Phone);
            db.Add(learner);
            await db.SaveChangesAsync(cancellationToken);
        }
        db.Add(new Enrolment(cohortId, learner.Id, today));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return learner.FullName;
    }

    /// <summary>
    /// Withdraws the learner and takes them out of the groups of projects not graded yet, in one transaction, so a
    /// withdrawn learner is never left in a group (issue 10) and a failed withdrawal moves nobody.
    /// </summary>
    public async Task WithdrawAsync(int cohortId, int enrolmentId, WithdrawForm form, DateOnly today, DateTime nowUtc, CancellationToken cancellationToken)
    {
        await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
        var enrolment = await scope.Enrolments().SingleAsync(e => e.Id == enrolmentId && e.CohortId == cohortId, cancellationToken);
        enrolment.Withdraw(form.WithdrawnOn!.Value, form.Reason ?? "", today);
        db.AuditEntries.Add(new AuditEntry(cohortId, enrolment.LearnerId, null, AuditedRecord.Enrolment, enrolment.Id, AuditAction.Changed,
            nameof(EnrolmentStatus.Enrolled), Withdrawn(form.WithdrawnOn.Value), enrolment.StatusReason, scope.UserName, nowUtc));
        await GroupWriter.LeaveOpenGroupsAsync(db, cohortId, enrolment.LearnerId, $"Withdrawn from the cohort on {form.WithdrawnOn:d MMM yyyy}", scope.UserName, nowUtc, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Whether the enrolment can be reinstated as things stand: its status, its cohort's status and free seats, and the
    /// day the cohort's graduation was first decided (<see cref="Reinstatement"/>).
    /// </summary>
    public async Task<ReinstatementState> ReinstatementStateAsync(int cohortId, int enrolmentId, CancellationToken cancellationToken)
    {
        var state = await scope.Enrolments().AsNoTracking()
            .Where(e => e.Id == enrolmentId && e.CohortId == cohortId)
            .Join(scope.Cohorts(), e => e.CohortId, c => c.Id, (e, c) => new { e.Status, c.Code, CohortStatus = c.Status, c.Capacity })
            .SingleAsync(cancellationToken);
        var decidedOn = await scope.GraduationDecisions().Where(d => d.CohortId == cohortId).OrderBy(d => d.DecidedOn)
            .Select(d => (DateOnly?)d.DecidedOn).FirstOrDefaultAsync(cancellationToken);
        return new ReinstatementState(state.Status, state.Code, state.CohortStatus, state.Capacity, await EnrolledAsync(cohortId, cancellationToken), decidedOn);
    }

    /// <summary>
    /// Undoes a withdrawal entered by mistake: the rule is checked again inside the transaction (a seat may have been
    /// taken since the page was shown), then the enrolment and its audit entry are saved together. Returns the problems, if any.
    /// The learner is not put back into the project groups the withdrawal took them out of: groups may have changed since.
    /// </summary>
    public async Task<IReadOnlyList<FieldProblem>> ReinstateAsync(int cohortId, int enrolmentId, ReinstateForm form, DateTime nowUtc, CancellationToken cancellationToken)
    {
        await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
        var problems = Reinstatement.Check(await ReinstatementStateAsync(cohortId, enrolmentId, cancellationToken), form.Reason);
        if (problems.Count > 0)
            return problems;
        var enrolment = await scope.Enrolments().SingleAsync(e => e.Id == enrolmentId && e.CohortId == cohortId, cancellationToken);
        var withdrawal = Withdrawn(enrolment.StatusChangedOn!.Value) + (enrolment.StatusReason is { } why ? $": {why}" : "");
        enrolment.Reinstate(form.Reason!);
        db.AuditEntries.Add(new AuditEntry(cohortId, enrolment.LearnerId, null, AuditedRecord.Enrolment, enrolment.Id, AuditAction.Changed,
            withdrawal, nameof(EnrolmentStatus.Enrolled), form.Reason, scope.UserName, nowUtc));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return [];
    }

    private static string Withdrawn(DateOnly on) => $"Withdrawn on {on.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}";

    /// <summary>Checks the rows again inside the transaction and enrols them all, or none: returns the rows' problems when any.</summary>
    public async Task<IReadOnlyList<CheckedRow>> ImportAsync(int cohortId, int capacity, IReadOnlyList<LearnerRow> rows, DateOnly today, CancellationToken cancellationToken)
    {
        await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
        var checkedRows = await CheckAsync(cohortId, capacity, rows, cancellationToken);
        if (checkedRows.Any(r => !r.IsValid))
            return checkedRows;
        var emails = rows.Select(r => r.Email).ToList();
        var learners = await scope.Learners().Where(l => emails.Contains(l.Email)).ToDictionaryAsync(l => l.Email, cancellationToken);
        foreach (var row in rows.Where(r => !learners.ContainsKey(r.Email)))
        {
            learners[row.Email] = new Learner(row.FirstName, row.LastName, row.Email, row.Phone);
            db.Add(learners[row.Email]);
        }
        await db.SaveChangesAsync(cancellationToken);
        foreach (var email in emails)
            db.Add(new Enrolment(cohortId, learners[email].Id, today));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return checkedRows;
    }

    public async Task<IReadOnlyList<CheckedRow>> CheckAsync(int cohortId, int capacity, IReadOnlyList<LearnerRow> rows, CancellationToken cancellationToken)
    {
        var emails = rows.Select(r => r.Email).Where(e => e.Length > 0).Distinct().ToList();
        var known = await LookUpAsync(cohortId, emails, cancellationToken);
        var enrolled = await EnrolledAsync(cohortId, cancellationToken);
        return LearnerImportCheck.Check(rows, known.InCohort, known.InScope, Math.Max(0, capacity - enrolled), known.Elsewhere);
    }

    private Task<int> EnrolledAsync(int cohortId, CancellationToken cancellationToken) =>
        scope.Enrolments().CountAsync(e => e.CohortId == cohortId && e.Status == EnrolmentStatus.Enrolled, cancellationToken);
}
