using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Programmes;
using Bootcamp.Web.Infrastructure.Auth;

namespace Bootcamp.Web.Features.Cohorts;

/// <summary>The one projection of a cohort for lists (the cohort list and the home page): names, dates and seats taken.</summary>
public static class CohortRows
{
    public static IQueryable<CohortListRow> SelectRows(this IQueryable<Cohort> cohorts, UserScope scope, IQueryable<Programme> programmes)
    {
        var centres = scope.Centres();
        var enrolments = scope.Enrolments();
        return cohorts.Select(c => new CohortListRow(
            c.Id, c.Code,
            programmes.Where(p => p.Id == c.ProgrammeId).Select(p => p.Name).First(),
            centres.Where(ct => ct.Id == c.CentreId).Select(ct => ct.Name).First(),
            c.Status, c.StartDate, c.EndDate,
            enrolments.Count(e => e.CohortId == c.Id && e.Status == EnrolmentStatus.Enrolled),
            enrolments.Count(e => e.CohortId == c.Id),
            c.Capacity));
    }
}
