using Bootcamp.Domain.Cohorts;
using Bootcamp.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Shared;

/// <summary>A cohort as attendance and exercise logging need it: its dates, programme and the centre's clock.</summary>
public sealed record LoggingCohort(int Id, string Code, int ProgrammeId, int CentreId, string TimeZoneId, DateOnly StartDate, DateOnly? EndDate, CohortStatus Status)
{
    public TimeZoneInfo TimeZone => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    public DateTime LocalTime(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, TimeZone);

    public DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(LocalTime(utc));

    /// <summary>
    /// The cohort if the user may log for it: an instructor of the cohort, staff of its centre, or an admin.
    /// Partners are kept out earlier by the controllers' roles; anyone else gets null, which pages turn into 404.
    /// </summary>
    public static Task<LoggingCohort?> FindAsync(UserScope scope, int cohortId, CancellationToken cancellationToken)
    {
        if (scope.IsPartner)
            return Task.FromResult<LoggingCohort?>(null);
        var centres = scope.Centres();
        return scope.Cohorts().AsNoTracking()
            .Where(c => c.Id == cohortId)
            .Select(c => new LoggingCohort(c.Id, c.Code, c.ProgrammeId, c.CentreId,
                centres.Where(ct => ct.Id == c.CentreId).Select(ct => ct.TimeZoneId).First(),
                c.StartDate, c.EndDate, c.Status))
            .SingleOrDefaultAsync(cancellationToken);
    }
}
