using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Learners;
using Bootcamp.Web.Data;

namespace Bootcamp.Web.Features.Cohorts;

/// <summary>The one projection of a cohort for lists (the cohort list and the home page): names, dates and seats taken.</summary>
public static class CohortRows
{
    public static IQueryable<CohortListRow> SelectRows(this IQueryable<Cohort> cohorts, BootcampDb db) =>
        cohorts.Select(c => new CohortListRow(
            c.Id, c.Code,
            db.Programmes.Where(p => p.Id == c.ProgrammeId).Select(p => p.Name).First(),
            db.Centres.Where(ct => ct.Id == c.CentreId).Select(ct => ct.Name).First(),
            c.Status, c.StartDate, c.EndDate,
            db.Enrolments.Count(e => e.CohortId == c.Id && e.Status == EnrolmentStatus.Enrolled),
            c.Capacity));
}
