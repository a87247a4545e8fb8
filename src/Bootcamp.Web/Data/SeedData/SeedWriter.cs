using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Projects;
using Bootcamp.Domain.Scheduling;
using Bootcamp.Domain.SoftSkills;

namespace Bootcamp.Web.Data.SeedData;

/// <summary>
/// The writes that the demo import and the network generator share, inside the caller's transaction. Programmes and
/// cohorts carry child collections and are few, so EF saves them; lecture sessions, learners and enrolments are many
/// (a quarter of a million sessions in a full network) and go through <see cref="BulkInsert"/>, like the history.
/// </summary>
public static class SeedWriter
{
    /// <summary>Saves the programmes, makes their group projects the programmes' templates and gives each the default rubric.</summary>
    public static async Task<List<ProgrammePlan>> AddProgrammesAsync(BootcampDb db, IReadOnlyList<ProgrammeDraft> drafts, CancellationToken cancellationToken)
    {
        db.Programmes.AddRange(drafts.Select(d => d.Programme));
        await SaveAsync(db, cancellationToken);
        // The programme's group projects become its templates, which the cohorts copy like any new cohort does.
        var plans = drafts.Select(d => new ProgrammePlan(d.Programme,
            [.. d.Projects.OrderBy(t => t.ModulePosition).Select(t => new ProjectTemplate(d.Programme.Id,
                d.Programme.Modules.Single(m => m.Position == t.ModulePosition).Id, t.Title, t.Brief, t.PassMarkPercent, t.Milestones))],
            d.TeamNames)).ToList();
        db.ProjectTemplates.AddRange(plans.SelectMany(p => p.Projects));
        db.SoftSkills.AddRange(drafts.SelectMany(d => DefaultRubric.For(d.Programme.Id)));
        await SaveAsync(db, cancellationToken);
        return plans;
    }

    /// <summary>The planned lectures of saved cohorts, each module taught by the cohort's instructors in turn; fills <see cref="CohortPlan.Sessions"/>.</summary>
    public static async Task<int> AddSessionsAsync(BootcampDb db, IEnumerable<CohortPlan> cohorts, CancellationToken cancellationToken)
    {
        var sessions = new List<LectureSession>();
        foreach (var plan in cohorts)
        {
            var positions = plan.Programme.Programme.Modules.ToDictionary(m => m.Id, m => m.Position);
            foreach (var planned in plan.Planned)
            {
                var teacher = plan.Instructors[(positions[planned.ModuleId] - 1) % plan.Instructors.Count];
                var session = new LectureSession(plan.Cohort.Id, planned.ModuleId, planned.Topic, planned.StartUtc, planned.EndUtc, plan.Cohort.DefaultRoomId, teacher.Id);
                plan.Sessions.Add(new SessionPlan(session, planned.Date));
                sessions.Add(session);
            }
        }
        return await BulkInsert.RunAsync(db, sessions, cancellationToken);
    }

    /// <summary>The learners (each once, however many cohorts they join) and their enrolments, with withdrawals and deferrals as planned.</summary>
    public static async Task<int> AddLearnersAsync(BootcampDb db, IReadOnlyList<LearnerPlan> plans, CancellationToken cancellationToken)
    {
        var learners = await BulkInsert.RunAsync(db, plans.Select(p => p.Learner).Distinct().ToList(), cancellationToken);
        foreach (var plan in plans)
        {
            plan.Enrolment = new Enrolment(plan.Cohort.Cohort.Id, plan.Learner.Id, plan.EnrolledOn);
            if (plan.LeftOn is { } on && plan.Status == EnrolmentStatus.Withdrawn)
                plan.Enrolment.Withdraw(on, plan.StatusReason ?? "", plan.Cohort.Today);
            else if (plan.LeftOn is { } deferredOn && plan.Status == EnrolmentStatus.Deferred)
                plan.Enrolment.Defer(deferredOn, plan.StatusReason ?? "");
        }
        await BulkInsert.RunAsync(db, plans.Select(p => p.Enrolment).ToList(), cancellationToken);
        return learners;
    }

    private static async Task SaveAsync(BootcampDb db, CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
    }
}
