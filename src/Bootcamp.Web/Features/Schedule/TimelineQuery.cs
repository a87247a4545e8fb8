using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Common;
using Bootcamp.Web.Data;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Schedule;

/// <summary>
/// Cohorts of the user's centres that run in a period, as bars grouped by centre and coloured by programme. A cohort
/// without a calendar yet ends, for the chart, after its programme's length. Each centre marks its own today.
/// </summary>
public sealed class TimelineQuery(BootcampDb db, UserScope scope, CentreClock clock)
{
    public const int Months = 18;

    /// <param name="from">A month as yyyy-MM; without one (or with one that is not a month) the chart opens six
    /// months before the earliest of the centres' todays, brought inside the calendar range.</param>
    public async Task<TimelineViewModel> RunAsync(string? from, CancellationToken cancellationToken)
    {
        var zones = await scope.Centres().AsNoTracking().Select(c => new { c.Name, c.TimeZoneId }).ToListAsync(cancellationToken);
        var todays = zones.ToDictionary(c => c.Name, c => clock.Today(c.TimeZoneId));
        var today = todays.Count == 0 ? DateOnly.FromDateTime(clock.UtcNow) : todays.Values.Min();
        var start = CalendarPagesQuery.ParseMonth(from) ?? CalendarRange.Clamp(new DateOnly(today.Year, today.Month, 1).AddMonths(-6));
        start = new DateOnly(start.Year, start.Month, 1);
        var to = start.AddMonths(Months);
        var programmes = await db.Programmes.AsNoTracking().OrderBy(p => p.Code)
            .Select(p => new { p.Id, p.Code, p.Name, p.DurationWeeks }).ToListAsync(cancellationToken);
        var colours = programmes.Select((p, i) => (p.Id, Colour: i % 10)).ToDictionary(x => x.Id, x => x.Colour);
        var byId = programmes.ToDictionary(p => p.Id);
        var cohorts = await (
                from c in scope.Cohorts().AsNoTracking()
                where c.Status != CohortStatus.Cancelled && c.StartDate < to
                join ct in scope.Centres() on c.CentreId equals ct.Id
                orderby ct.Name, c.StartDate
                select new { c.Id, c.Code, c.ProgrammeId, c.StartDate, c.EndDate, c.Status, Centre = ct.Name })
            .ToListAsync(cancellationToken);
        var centres = cohorts
            .Select(c => (c.Centre, Bar: new TimelineBar(c.Id, c.Code, byId[c.ProgrammeId].Code, colours[c.ProgrammeId], c.StartDate,
                c.EndDate ?? c.StartDate.AddDays(byId[c.ProgrammeId].DurationWeeks * 7), c.Status, c.EndDate is null)))
            .Where(x => x.Bar.End >= start)
            .GroupBy(x => x.Centre)
            .Select(g => new TimelineCentre(g.Key, todays[g.Key], [.. g.Select(x => x.Bar)]))
            .ToList();
        var shown = centres.SelectMany(c => c.Cohorts).Select(b => b.ProgrammeCode).ToHashSet();
        var legend = programmes.Where(p => shown.Contains(p.Code)).Select(p => new ProgrammeLegend(p.Code, p.Name, colours[p.Id])).ToList();
        return new TimelineViewModel(start, Months, centres, legend);
    }
}
