using Bootcamp.Domain.Scheduling;
using Bootcamp.Web.Features.Shared;
using Bootcamp.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Schedule;

/// <summary>
/// The conflicts of a centre's upcoming sessions: double bookings of its rooms and of the instructors teaching there
/// (against sessions anywhere in the network, those of other centres named only as another centre's lecture),
/// lectures on the centre's closed days or a cohort's breaks, and lectures outside their cohort's dates. A conflict
/// kept with a reason shows that reason.
/// </summary>
public sealed class CentreConflictsQuery(UserScope scope, ScheduleQuery schedule)
{
    public async Task<ConflictsViewModel?> RunAsync(int? centreId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var centres = await scope.Centres().AsNoTracking().OrderBy(c => c.Name).Select(c => new Choice(c.Id, c.Name)).ToListAsync(cancellationToken);
        var centre = centres.FirstOrDefault(c => c.Id == (centreId ?? centres.FirstOrDefault()?.Id));
        return centre is null ? null : new ConflictsViewModel(centre, centres, await RowsAsync(centre.Id, null, nowUtc, cancellationToken));
    }

    /// <summary>How many of one cohort's upcoming conflicts nobody has accepted with a reason: the cohort page's "fix conflicts".</summary>
    public async Task<int> OpenCountAsync(int centreId, int cohortId, DateTime nowUtc, CancellationToken cancellationToken) =>
        (await RowsAsync(centreId, cohortId, nowUtc, cancellationToken)).Count(r => r.AcceptedBecause is null);

    private async Task<IReadOnlyList<ConflictRow>> RowsAsync(int centreId, int? cohortId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var cohorts = await scope.Cohorts().AsNoTracking().Where(c => c.CentreId == centreId && (cohortId == null || c.Id == cohortId))
            .Select(c => new { c.Id, c.StartDate, c.EndDate }).ToListAsync(cancellationToken);
        var cohortIds = cohorts.Select(c => c.Id).ToList();
        var upcoming = await schedule.Booked(scope.Sessions().Where(s => cohortIds.Contains(s.CohortId) && s.Status == SessionStatus.Scheduled && s.EndUtc >= nowUtc))
            .ToListAsync(cancellationToken);
        var conflicts = ConflictDetector.Overlaps(upcoming, await schedule.BookingsAsync(upcoming, [], cancellationToken)).ToList();
        var holidays = await scope.Holidays().AsNoTracking().Where(h => h.CentreId == centreId).ToListAsync(cancellationToken);
        var breaks = await scope.CohortBreaks().AsNoTracking().Where(b => cohortIds.Contains(b.CohortId)).ToListAsync(cancellationToken);
        foreach (var group in upcoming.GroupBy(s => s.CohortId))
        {
            var cohort = cohorts.Single(c => c.Id == group.Key);
            var sessions = group.ToList();
            conflicts.AddRange(ConflictDetector.OnHolidays(sessions, ClosedDays.For(holidays, breaks.Where(b => b.CohortId == cohort.Id))));
            conflicts.AddRange(ConflictDetector.OutsideCohortDates(sessions, cohort.StartDate, cohort.EndDate));
        }
        // A conflict with another cohort of the centre may have been accepted on that cohort's session.
        var centreCohorts = scope.Cohorts().Where(c => c.CentreId == centreId).Select(c => c.Id);
        var accepted = await scope.Sessions().AsNoTracking()
            .Where(s => centreCohorts.Contains(s.CohortId) && s.ConflictOverrideReason != null && s.EndUtc >= nowUtc)
            .ToDictionaryAsync(s => s.Id, s => s.ConflictOverrideReason!, cancellationToken);
        return [.. conflicts.OrderBy(c => c.Session.StartUtc).ThenBy(c => c.Kind).Select(c => new ConflictRow(
            c.Kind, c.Message, c.Session.SessionId, c.Session.CohortCode, c.Session.StartUtc, c.CanOverride,
            c.CanOverride ? Accepted(accepted, c.Session.SessionId) ?? Accepted(accepted, c.Other?.SessionId) : null))];
    }

    private static string? Accepted(Dictionary<int, string> accepted, int? sessionId) =>
        sessionId is { } id && accepted.TryGetValue(id, out var reason) ? reason : null;
}
