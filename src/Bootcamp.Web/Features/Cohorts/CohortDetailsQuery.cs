using Bootcamp.Domain.Learners;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Progress;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Cohorts;

/// <summary>
/// The cohort page: the cohort, its learners and its progress, read through the user's scope. Learners' e-mail
/// addresses are personal data that partners do not see (README, who sees personal data).
/// </summary>
public sealed class CohortDetailsQuery(BootcampDb db, UserScope scope, CentreClock clock)
{
    public async Task<CohortDetailsViewModel?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var programmes = db.Programmes;
        var centres = scope.Centres();
        var rooms = scope.Rooms();
        var cohort = await scope.Cohorts().AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new
            {
                c.Id, c.Code, c.Status, c.CancellationReason, c.StartDate, c.EndDate, c.Capacity, c.CentreId, c.Pattern,
                Programme = programmes.Where(p => p.Id == c.ProgrammeId).Select(p => new { p.Name, p.Code }).First(),
                Centre = centres.Where(ct => ct.Id == c.CentreId).Select(ct => new { ct.Name, ct.TimeZoneId }).First(),
                Room = rooms.Where(r => r.Id == c.DefaultRoomId).Select(r => r.Name).FirstOrDefault(),
                Instructors = c.Instructors.Select(i => i.Instructor!.FullName).OrderBy(name => name).ToList(),
                SponsorIds = c.Sponsors.Select(s => s.PartnerId).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (cohort is null)
            return null;

        var sponsors = await db.Partners.AsNoTracking().Where(p => cohort.SponsorIds.Contains(p.Id)).OrderBy(p => p.Name).Select(p => p.Name).ToListAsync(cancellationToken);
        var showContact = !scope.IsPartner;
        var learners = await scope.Enrolments().AsNoTracking()
            .Where(e => e.CohortId == id)
            .Join(scope.Learners(), e => e.LearnerId, l => l.Id, (e, l) => new { e, l })
            .OrderBy(x => x.e.Status == EnrolmentStatus.Withdrawn ? 1 : 0)
            .ThenBy(x => x.l.LastName).ThenBy(x => x.l.FirstName)
            .Select(x => new CohortLearnerRow(
                x.e.Id, x.l.Id, x.l.FirstName + " " + x.l.LastName, showContact ? x.l.Email : null,
                x.e.Status, x.e.EnrolledOn, x.e.StatusChangedOn, x.e.StatusReason))
            .ToListAsync(cancellationToken);

        var progress = await new CohortProgressQuery(db, scope, clock).ViewModelAsync(id, cancellationToken);
        return new CohortDetailsViewModel(
            cohort.Id, cohort.Code, cohort.Programme.Name, cohort.Programme.Code, cohort.Centre.Name, cohort.Centre.TimeZoneId,
            cohort.Status, cohort.StartDate, cohort.EndDate, PatternWords.Describe(cohort.Pattern), cohort.Room,
            cohort.Instructors, sponsors, cohort.Capacity, learners, scope.CanManageCentre(cohort.CentreId),
            progress,
            cohort.CancellationReason);
    }
}
