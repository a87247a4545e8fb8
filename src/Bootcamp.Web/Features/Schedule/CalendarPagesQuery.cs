using System.Globalization;
using Bootcamp.Domain.Common;
using Bootcamp.Domain.Progress;
using Bootcamp.Domain.Scheduling;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Shared;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Schedule;

/// <summary>
/// The month calendar, the printable week, an instructor's week and a centre's rooms. A month or week typed into the
/// address is brought back into the years the app schedules in (<see cref="CalendarRange"/>), so no address can ask
/// for a page around 0001 or 9999.
/// </summary>
public sealed class CalendarPagesQuery(BootcampDb db, UserScope scope, CentreClock clock)
{
    private readonly ScheduleQuery _schedule = new(db, scope);

    public async Task<CohortCalendarViewModel?> MonthAsync(int cohortId, string? month, Func<string, string> feedUrl, CancellationToken cancellationToken)
    {
        var cohort = await _schedule.CohortAsync(cohortId, cancellationToken);
        if (cohort is null)
            return null;
        var zone = cohort.Zone;
        var today = clock.Today(zone);
        var first = FirstOfMonth(CalendarRange.Clamp(ParseMonth(month) ?? cohort.DefaultDay(today)));
        var gridStart = WeeklyHours.MondayOf(first);
        var gridEnd = WeeklyHours.MondayOf(first.AddMonths(1).AddDays(-1)).AddDays(7);
        var fromUtc = ScheduleGenerator.ToUtc(gridStart, TimeOnly.MinValue, zone);
        var toUtc = ScheduleGenerator.ToUtc(gridEnd, TimeOnly.MinValue, zone);
        var rows = await _schedule.Rows(scope.Sessions().Where(s => s.CohortId == cohortId && s.StartUtc >= fromUtc && s.StartUtc < toUtc))
            .ToListAsync(cancellationToken);
        var closed = await _schedule.ClosedDaysAsync(cohort.CentreId, cohortId, cancellationToken);
        var manages = scope.CanManageCentre(cohort.CentreId);
        var byDay = rows.ToLookup(r => r.LocalDate);
        var weeks = new List<IReadOnlyList<CalendarDay>>();
        for (var monday = gridStart; monday < gridEnd; monday = monday.AddDays(7))
        {
            weeks.Add([.. Enumerable.Range(0, 7).Select(monday.AddDays).Select(day =>
                new CalendarDay(day, day.Month == first.Month, day == today, closed.ReasonFor(day), [.. byDay[day].Select(r => new SessionChip(r, manages))]))]);
        }
        var modules = await db.Modules.AsNoTracking().Where(m => m.ProgrammeId == cohort.ProgrammeId).OrderBy(m => m.Position)
            .Select(m => new ModuleLegend(m.Position, m.Title)).ToListAsync(cancellationToken);
        return new CohortCalendarViewModel(cohort, first, weeks, modules, await _schedule.BreaksAsync(cohortId, cancellationToken), manages,
            feedUrl(cohort.CalendarToken));
    }

    public async Task<PrintWeekViewModel?> PrintWeekAsync(int cohortId, DateOnly? week, CancellationToken cancellationToken)
    {
        var cohort = await _schedule.CohortAsync(cohortId, cancellationToken);
        if (cohort is null)
            return null;
        var today = clock.Today(cohort.Zone);
        var monday = ClampedMonday(week ?? cohort.DefaultDay(today));
        var days = await WeekAsync(_schedule, scope.Sessions().Where(s => s.CohortId == cohortId), null, monday, today, cohort.Zone, cancellationToken);
        return new PrintWeekViewModel(cohort, monday, new WeekTable(days, ShowCohort: false));
    }

    /// <summary>
    /// An instructor's week across cohorts. Their lectures for cohorts the viewer may not see show only as busy time;
    /// the feed address is theirs alone (and admins'), others get a download of the lectures they may see.
    /// </summary>
    public async Task<InstructorWeekViewModel?> InstructorWeekAsync(int? instructorId, DateOnly? week, Func<string, string> feedUrl,
        CancellationToken cancellationToken)
    {
        var instructors = await scope.Instructors().AsNoTracking().OrderBy(i => i.FullName).Select(i => new Choice(i.Id, i.FullName)).ToListAsync(cancellationToken);
        var wanted = instructorId ?? scope.InstructorId ?? instructors.FirstOrDefault()?.Id;
        var instructor = instructors.FirstOrDefault(i => i.Id == wanted);
        if (instructor is null)
            return null;
        var details = await scope.Instructors().AsNoTracking().Where(i => i.Id == instructor.Id)
            .Select(i => new { i.CalendarToken, Zone = scope.Centres().Where(c => c.Id == i.HomeCentreId).Select(c => c.TimeZoneId).FirstOrDefault() })
            .SingleAsync(cancellationToken);
        var today = clock.Today(details.Zone is null ? TimeZoneInfo.Utc : CentreClock.Zone(details.Zone));
        var monday = ClampedMonday(week ?? today);
        var lectures = scope.InstructorId == instructor.Id ? scope.OwnLectures() : scope;
        var days = await WeekAsync(new ScheduleQuery(db, lectures), lectures.Sessions().Where(s => s.InstructorId == instructor.Id),
            lectures.LecturesElsewhere().Where(l => l.InstructorId == instructor.Id), monday, today, null, cancellationToken);
        var ownFeed = scope.IsAdmin || scope.InstructorId == instructor.Id;
        return new InstructorWeekViewModel(instructor, instructors, monday, new WeekTable(days, ShowCohort: true), ownFeed ? feedUrl(details.CalendarToken) : null);
    }

    public async Task<RoomWeekViewModel?> RoomWeekAsync(int? centreId, DateOnly? week, CancellationToken cancellationToken)
    {
        var centres = await scope.Centres().AsNoTracking().OrderBy(c => c.Name).Select(c => new Choice(c.Id, c.Name)).ToListAsync(cancellationToken);
        var centre = centres.FirstOrDefault(c => c.Id == (centreId ?? centres.FirstOrDefault()?.Id));
        if (centre is null)
            return null;
        var zoneId = await scope.Centres().Where(c => c.Id == centre.Id).Select(c => c.TimeZoneId).SingleAsync(cancellationToken);
        var zone = CentreClock.Zone(zoneId);
        var monday = ClampedMonday(week ?? clock.Today(zone));
        var rooms = await _schedule.RoomsAsync(centre.Id, cancellationToken);
        var roomIds = rooms.Select(r => r.Id).ToList();
        var fromUtc = ScheduleGenerator.ToUtc(monday, TimeOnly.MinValue, zone);
        var toUtc = ScheduleGenerator.ToUtc(monday.AddDays(7), TimeOnly.MinValue, zone);
        var rows = await _schedule.Rows(scope.Sessions().Where(s => s.RoomId != null && roomIds.Contains(s.RoomId.Value) && s.StartUtc >= fromUtc && s.StartUtc < toUtc))
            .ToListAsync(cancellationToken);
        var dates = Enumerable.Range(0, 7).Select(monday.AddDays).ToList();
        var grid = rooms.Select(room => new RoomWeekRow(room,
            [.. dates.Select(d => (IReadOnlyList<SessionRow>)[.. rows.Where(r => r.RoomId == room.Id && r.LocalDate == d)])]))
            .ToList();
        return new RoomWeekViewModel(centre, zoneId, centres, monday, dates, grid);
    }

    /// <summary>The first of a month given as yyyy-MM, inside the calendar range; null when it is not a month.</summary>
    public static DateOnly? ParseMonth(string? month) =>
        month is { Length: <= 7 } && DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? CalendarRange.Clamp(day)
            : null;

    private static DateOnly FirstOfMonth(DateOnly day) => new(day.Year, day.Month, 1);

    private static DateOnly ClampedMonday(DateOnly day) => WeeklyHours.MondayOf(CalendarRange.Clamp(day));

    /// <summary>
    /// A week's sessions by local day, with <paramref name="busy"/> lectures the viewer may not see as taken time. With
    /// no <paramref name="zone"/>, each session is placed by its own centre's zone (an instructor may teach in several),
    /// and the query window is a day wider on both sides to catch them.
    /// </summary>
    private static async Task<IReadOnlyList<WeekDay>> WeekAsync(ScheduleQuery schedule, IQueryable<LectureSession> sessions,
        IQueryable<LectureElsewhere>? busy, DateOnly monday, DateOnly today, TimeZoneInfo? zone, CancellationToken cancellationToken)
    {
        var fromUtc = ScheduleGenerator.ToUtc(monday.AddDays(zone is null ? -1 : 0), TimeOnly.MinValue, zone ?? TimeZoneInfo.Utc);
        var toUtc = ScheduleGenerator.ToUtc(monday.AddDays(zone is null ? 8 : 7), TimeOnly.MinValue, zone ?? TimeZoneInfo.Utc);
        var rows = await schedule.Rows(sessions.Where(s => s.StartUtc >= fromUtc && s.StartUtc < toUtc)).ToListAsync(cancellationToken);
        var entries = rows.Select(r => new WeekEntry(r.LocalStart, r.LocalEnd, r.TimeZoneId, r)).ToList();
        if (busy is not null)
        {
            var taken = await busy.Where(l => l.StartUtc >= fromUtc && l.StartUtc < toUtc).ToListAsync(cancellationToken);
            entries.AddRange(taken.Select(l =>
            {
                var lectureZone = CentreClock.Zone(l.TimeZoneId);
                return new WeekEntry(ScheduleGenerator.ToLocal(l.StartUtc, lectureZone), ScheduleGenerator.ToLocal(l.EndUtc, lectureZone), l.TimeZoneId, null);
            }));
        }
        var byDay = entries.ToLookup(e => DateOnly.FromDateTime(e.LocalStart));
        return [.. Enumerable.Range(0, 7).Select(monday.AddDays).Select(day =>
            new WeekDay(day, day == today, [.. byDay[day].OrderBy(e => e.LocalStart)]))];
    }
}
