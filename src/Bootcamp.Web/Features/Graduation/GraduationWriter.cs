using Bootcamp.Domain.Common;
using Bootcamp.Domain.Graduation;
using Bootcamp.Domain.Logging;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Credentials;
using Bootcamp.Web.Features.Shared;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Graduation;

/// <summary>One learner's decision as staff asked for it.</summary>
public sealed record DecisionRequest(int Index, int LearnerId, bool Graduate, string? Reason);

/// <summary>Why a request was refused; <paramref name="Index"/> is the request's row, null for the whole batch.</summary>
public sealed record DecisionProblem(int? Index, string Field, string Message);

/// <summary>
/// Records a batch of graduation decisions whole or not at all. The figures are read inside the write transaction,
/// so the snapshot a decision keeps is exactly what the rules judged, and two people deciding at once cannot both
/// decide the same learner.
/// </summary>
public sealed class GraduationWriter(BootcampDb db, GraduationQuery query, CredentialWriter credentials, CentreClock clock, string who)
{
    public async Task<IReadOnlyList<DecisionProblem>> DecideAsync(int cohortId, IReadOnlyList<DecisionRequest> requests, CancellationToken cancellationToken)
    {
        if (requests.Count == 0)
            return [new(null, "", "Choose graduated or not graduated for at least one learner.")];
        await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
        var board = await query.LoadAsync(cohortId, cancellationToken);
        if (board is null)
            return [new(null, "", "This cohort is not one of yours.")];
        var learners = board.Learners.ToDictionary(l => l.LearnerId);
        var problems = new List<DecisionProblem>();
        var decisions = new List<(DecisionRequest Request, GraduationLearner Learner, GraduationDecision Decision)>();
        foreach (var request in requests)
        {
            if (!learners.TryGetValue(request.LearnerId, out var learner))
            {
                problems.Add(new(null, nameof(DecisionRequest.Graduate), $"Learner {request.LearnerId} is not in {board.Cohort.Code}; nothing was saved."));
                continue;
            }
            if (requests.Count(r => r.LearnerId == request.LearnerId) > 1)
            {
                problems.Add(new(request.Index, nameof(DecisionRequest.Graduate), $"{learner.Name} has two decisions in this batch; nothing was saved."));
                continue;
            }
            if (learner.IsDecided && !learner.NeedsReview)
            {
                problems.Add(new(request.Index, nameof(DecisionRequest.Graduate),
                    $"{learner.Name} was already decided and the figures have not changed since; nothing was saved."));
                continue;
            }
            try
            {
                decisions.Add((request, learner, GraduationDecision.Make(cohortId, learner.Standing, request.Graduate, request.Reason, board.Cohort.Today, who, clock.UtcNow)));
            }
            catch (DomainException ex)
            {
                problems.Add(new(request.Index, ex.Field, ex.Message));
            }
        }
        if (problems.Count > 0)
            return problems;

        var ids = decisions.Select(d => d.Learner.LearnerId).ToList();
        // The learners were found through the user's scope above; these are the same rows, tracked for the change.
        var enrolments = await db.Enrolments.Where(e => e.CohortId == cohortId && ids.Contains(e.LearnerId)).ToDictionaryAsync(e => e.LearnerId, cancellationToken);
        var audit = new List<(GraduationDecision Decision, string OldStatus, GraduationStanding Standing)>();
        foreach (var (request, learner, decision) in decisions)
        {
            var enrolment = enrolments[learner.LearnerId];
            var oldStatus = enrolment.Status.ToString();
            try
            {
                if (learner.IsDecided)
                    enrolment.Redecide(decision.Graduated, decision.DecidedOn, decision.EnrolmentNote(learner.Standing));
                else
                    enrolment.Decide(decision.Graduated, decision.DecidedOn, decision.EnrolmentNote(learner.Standing));
            }
            catch (DomainException ex)
            {
                problems.Add(new(request.Index, nameof(DecisionRequest.Graduate), $"{learner.Name}: {ex.Message}"));
                continue;
            }
            db.GraduationDecisions.Add(decision);
            audit.Add((decision, oldStatus, learner.Standing));
        }
        if (problems.Count > 0)
        {
            // Nothing of the batch may reach a later save of this request.
            db.ChangeTracker.Clear();
            return problems;
        }
        await db.SaveChangesAsync(cancellationToken);
        db.AuditEntries.AddRange(audit.Select(a => new AuditEntry(cohortId, a.Decision.LearnerId, null, AuditedRecord.GraduationDecision, a.Decision.Id,
            AuditAction.Created, a.OldStatus, Describe(a.Decision), a.Decision.Reason, who, a.Decision.DecidedAtUtc)));
        // A graduation is also a signed credential; a later decision replaces the credential of an earlier one.
        await credentials.SupersedeGraduationsAsync(cohortId, [.. audit.Select(a => a.Decision)], cancellationToken);
        await credentials.IssueGraduationsAsync(cohortId, [.. audit.Where(a => a.Decision.Graduated).Select(a => (a.Decision, a.Standing))], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return [];
    }

    public static string Describe(GraduationDecision decision) =>
        (decision.Graduated ? "Graduated" : "NotGraduated") + (decision.IsOverride ? " (override)" : "");
}
