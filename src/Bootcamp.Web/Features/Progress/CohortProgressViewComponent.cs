using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Progress;
using Bootcamp.Web.Data;
using Bootcamp.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Progress;

public sealed record LearnerProgressRow(int LearnerId, string Name, EnrolmentStatus Status, LearnerProgress Progress);

public sealed record CohortProgressViewModel(int CohortId, bool CanLog, IReadOnlyList<LearnerProgressRow> Learners, IReadOnlyList<WeekHours> Weeks, int RequiredMinutes);

/// <summary>The progress section of the cohort page: attendance and exercise hours per learner, and hours per week against the plan.</summary>
public sealed class CohortProgressViewComponent(BootcampDb db, UserScope scope, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int cohortId)
    {
        if (!await scope.Cohorts().AnyAsync(c => c.Id == cohortId))
            return Content("");
        var facts = await new CohortProgressQuery(db).LoadAsync(cohortId, clock.GetUtcNow().UtcDateTime, HttpContext.RequestAborted);
        if (facts is null)
            return Content("");
        var progress = ProgressCalculator.ForCohort(facts.Cohort, facts.Learners);
        var rows = progress.Select(p => new LearnerProgressRow(p.LearnerId, facts.Names[p.LearnerId], p.Enrolment.Status, p)).ToList();
        var weeks = WeeklyHours.For(facts.Cohort, facts.Learners);
        return View("~/Features/Progress/_CohortProgress.cshtml",
            new CohortProgressViewModel(cohortId, !scope.IsPartner, rows, weeks, facts.Cohort.Criteria.MinExerciseMinutes));
    }
}
