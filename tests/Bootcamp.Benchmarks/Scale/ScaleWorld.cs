using Bootcamp.Benchmarks.Logging;
using Bootcamp.Benchmarks.Support;
using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Logging;
using Bootcamp.Domain.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Benchmarks.Scale;

/// <summary>
/// The cohort the per-cohort measures use and who may work on it: its learners still enrolled, a module, the weekdays
/// and Mondays of its history, its latest held lectures (for rosters) and the learner-days with room for more hours.
/// </summary>
public sealed record ScaleWorld(int CohortId, string Code, string StaffEmail, int ModuleId, IReadOnlyList<int> LearnerIds,
    IReadOnlyList<DateOnly> Mondays, IReadOnlyList<int> HeldSessionIds, IReadOnlyList<(int LearnerId, DateOnly Day)> OpenDays, int Weeks)
{
    /// <summary>Learner-days logged up to this many minutes take more quarter hours without reaching the daily limit.</summary>
    private const int RoomLeft = ExerciseLog.MaxMinutesPerDay - 120;

    /// <summary>The demo's bench cohort (30 learners, 40 weeks: <see cref="LoggingWorld"/>), built in the demo database.</summary>
    public static async Task<ScaleWorld> DemoAsync(BenchApp app)
    {
        var world = await LoggingWorld.BuildAsync(app);
        return await ReadAsync(app, world.CohortId, BenchApp.Staff);
    }

    /// <summary>
    /// In a generated network, the active cohort of about 30 learners with the most weeks behind it (issue 13: 30 learners,
    /// 40 weeks of history), and a staff account of its centre.
    /// </summary>
    public static async Task<ScaleWorld> NetworkAsync(BenchApp app)
    {
        var (id, staff) = (0, "");
        await app.WithDbAsync(async db =>
        {
            var active = await db.Cohorts.AsNoTracking().Where(c => c.Status == CohortStatus.Active)
                .Select(c => new { c.Id, c.StartDate, c.CentreId, Enrolled = db.Enrolments.Count(e => e.CohortId == c.Id && e.Status == EnrolmentStatus.Enrolled) })
                .ToListAsync();
            var cohort = active.OrderBy(c => Math.Abs(c.Enrolled - LoggingWorld.Learners) > 4).ThenBy(c => c.StartDate).First();
            id = cohort.Id;
            staff = await db.Users.Where(u => u.Centres.Any(c => c.CentreId == cohort.CentreId)).Select(u => u.Email!).FirstAsync();
        });
        return await ReadAsync(app, id, staff);
    }

    private static async Task<ScaleWorld> ReadAsync(BenchApp app, int cohortId, string staff)
    {
        ScaleWorld? world = null;
        await app.WithDbAsync(async db =>
        {
            var cohort = await db.Cohorts.AsNoTracking().SingleAsync(c => c.Id == cohortId);
            var module = await db.Modules.Where(m => m.ProgrammeId == cohort.ProgrammeId).OrderBy(m => m.Position).Select(m => m.Id).FirstAsync();
            var learners = await db.Enrolments.Where(e => e.CohortId == cohortId && e.Status == EnrolmentStatus.Enrolled)
                .OrderBy(e => e.LearnerId).Select(e => e.LearnerId).ToListAsync();
            // Two days back, so that no centre's time zone still has it as tomorrow.
            var last = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2);
            var days = Enumerable.Range(0, last.DayNumber - cohort.StartDate.DayNumber + 1).Select(cohort.StartDate.AddDays)
                .Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).ToList();
            var mondays = days.Where(d => d.DayOfWeek == DayOfWeek.Monday && d.AddDays(4) <= last).ToList();
            var before = DateTime.UtcNow.AddDays(-2);
            var held = await db.Sessions.Where(s => s.CohortId == cohortId && s.StartUtc < before && s.Status == SessionStatus.Scheduled)
                .OrderByDescending(s => s.StartUtc).Select(s => s.Id).Take(20).ToListAsync();
            var logged = (await db.ExerciseLogs.Where(e => e.CohortId == cohortId).GroupBy(e => new { e.LearnerId, e.Date })
                    .Select(g => new { g.Key.LearnerId, g.Key.Date, Minutes = g.Sum(e => e.Minutes) }).ToListAsync())
                .ToDictionary(g => (g.LearnerId, g.Date), g => g.Minutes);
            var open = days.SelectMany(d => learners.Select(l => (LearnerId: l, Day: d)))
                .Where(p => logged.GetValueOrDefault((p.LearnerId, p.Day)) <= RoomLeft).ToList();
            // A weekly grid adds a quarter hour to each learner's weekday: only weeks where every one of them has room.
            var openSet = open.ToHashSet();
            var roomy = mondays.Where(m => Enumerable.Range(0, 5).All(d => learners.All(l => openSet.Contains((l, m.AddDays(d)))))).ToList();
            if (roomy.Count == 0 || held.Count < 2)
                throw new InvalidOperationException($"Cohort {cohort.Code} has no week with room for a grid or too few held lectures to bench.");
            world = new ScaleWorld(cohortId, cohort.Code, staff, module, learners, roomy, held, open, (last.DayNumber - cohort.StartDate.DayNumber) / 7);
        });
        return world!;
    }
}
