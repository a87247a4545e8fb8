using Bootcamp.Domain.Cohorts;
using Bootcamp.Web.Data;
using Bootcamp.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Schedule;

/// <summary>
/// Cohorts of the user's centres that run in a period, as bars grouped by centre and coloured by programme. A cohort
/// without a calendar yet ends, for the chart, after its programme's length.
/// </summary>
public sealed class TimelineQuery(BootcampDb db, UserScope scope)
{
    public async Task<TimelineViewModel> RunAsync(DateOnly from, int months, DateOnly today)
    {
        var to = from.AddMonths(months);
        var programmes = await db.Programmes.AsNoTracking().OrderBy(p => p.Code)
            .Select(p => new { p.Id, p.Code, p.Name, p.DurationWeeks }).ToListAsync();
        var colours = programmes.Select((p, i) => (p.Id, Colour: i % 10)).ToDictionary(x => x.Id, x => x.Colour);
        var byId = programmes.ToDictionary(p => p.Id);
        var centreIds = scope.Centres().Select(c => c.Id);
        var cohorts = await (
                from c in db.Cohorts.AsNoTracking()
                where centreIds.Contains(c.CentreId) && c.Status != CohortStatus.Cancelled && c.StartDate < to
                join ct in db.Centres on c.CentreId equals ct.Id
                orderby ct.Name, c.StartDate
                select new { c.Id, c.Code, c.ProgrammeId, c.StartDate, c.EndDate, c.Status, Centre = ct.Name })
            .ToListAsync();
        var centres = cohorts
            .Select(c => (c.Centre, Bar: new TimelineBar(c.Id, c.Code, byId[c.ProgrammeId].Code, colours[c.ProgrammeId], c.StartDate,
                c.EndDate ?? c.StartDate.AddDays(byId[c.ProgrammeId].DurationWeeks * 7), c.Status, c.EndDate is null)))
            .Where(x => x.Bar.End >= from)
            .GroupBy(x => x.Centre)
            .Select(g => new TimelineCentre(g.Key, [.. g.Select(x => x.Bar)]))
            .ToList();
        var shown = centres.SelectMany(c => c.Cohorts).Select(b => b.ProgrammeCode).ToHashSet();
        var legend = programmes.Where(p => shown.Contains(p.Code)).Select(p => new ProgrammeLegend(p.Code, p.Name, colours[p.Id])).ToList();
        return new TimelineViewModel(from, months, today, centres, legend);
    }
}
