using Bootcamp.Benchmarks.Support;
using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Logging;
using Bootcamp.Domain.Scheduling;
using Bootcamp.Web.Features.Progress;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Benchmarks.Logging;

/// <summary>
/// A Berlin cohort of the 39-week CYB programme that started 40 weeks ago, with 30 learners and its whole history:
/// every lecture's attendance and 2 h of solo exercise per learner per weekday, with their tallies. Built
/// deterministically in the seeded demo database, so staff@bootcamp.local (Berlin) may open and log it.
/// </summary>
public sealed record LoggingWorld(int CohortId, int FirstModuleId, IReadOnlyList<int> LearnerIds, IReadOnlyList<DateOnly> Mondays, IReadOnlyList<DateOnly> Days)
{
    public const int Learners = 30;
    private const int HistoryMinutesPerDay = 120;
    private const string LoggedBy = "instructor@bootcamp.local";

    public static async Task<LoggingWorld> BuildAsync(BenchApp app)
    {
        LoggingWorld? world = null;
        await app.WithDbAsync(async db =>
        {
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var start = today.AddDays(-7 * 40 - (int)today.DayOfWeek);
            var centre = await db.Centres.Include(c => c.Holidays).SingleAsync(c => c.Name == "Berlin Kreuzberg");
            var programme = await db.Programmes.SingleAsync(p => p.Code == "CYB");
            var modules = await db.Modules.Where(m => m.ProgrammeId == programme.Id).OrderBy(m => m.Position).ToListAsync();
            var instructor = await db.Instructors.SingleAsync(i => i.FullName == "Amira Haddad");
            var pattern = new[] { DayOfWeek.Sunday, DayOfWeek.Tuesday, DayOfWeek.Thursday }
                .Select(d => new LectureSlot(d, new TimeOnly(17, 30), new TimeOnly(21, 0))).ToList();

            var cohort = new Cohort("BER-CYB-BENCH", programme.Id, centre.Id, start, 40, pattern);
            cohort.SetInstructors([instructor.Id]);
            cohort.ChangeStatus(CohortStatus.Active);
            db.Cohorts.Add(cohort);
            var learners = Enumerable.Range(1, Learners)
                .Select(i => new Learner($"Bench{i:00}", $"Learner{i:00}", $"bench.learner{i:00}@example.org", null)).ToList();
            db.Learners.AddRange(learners);
            await db.SaveChangesAsync();

            var zone = TimeZoneInfo.FindSystemTimeZoneById(centre.TimeZoneId);
            var schedule = ScheduleGenerator.Generate(new ScheduleRequest(
                [.. modules.Select(m => new ModulePlan(m.Id, m.Title, m.PlannedLectureMinutes, m.Topics))], pattern, start, zone)
            {
                Closed = ClosedDays.For(centre.Holidays, []),
                InstructorId = instructor.Id,
            });
            cohort.SetEndDate(schedule.EndDate);
            var sessions = schedule.Sessions
                .Select(s => new LectureSession(cohort.Id, s.ModuleId, s.Topic, s.StartUtc, s.EndUtc, null, s.InstructorId)).ToList();
            db.Sessions.AddRange(sessions);
            db.Enrolments.AddRange(learners.Select(l => new Enrolment(cohort.Id, l.Id, start)));
            await db.SaveChangesAsync();

            var now = DateTime.UtcNow;
            var statuses = new[] { AttendanceStatus.Present, AttendanceStatus.Present, AttendanceStatus.Present, AttendanceStatus.Late, AttendanceStatus.Absent };
            foreach (var (session, index) in sessions.Where(s => s.StartUtc < now).Select((s, i) => (s, i)))
            {
                db.Attendance.AddRange(learners.Select((l, li) =>
                    new Attendance(session.Id, l.Id, statuses[(index + li) % statuses.Length], null, LoggedBy, session.EndUtc)));
            }

            var end = schedule.EndDate is { } last && last < today ? last : today.AddDays(-1);
            var days = new List<DateOnly>();
            for (var day = start; day <= end; day = day.AddDays(1))
            {
                if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                    continue;
                days.Add(day);
                var moduleId = schedule.Sessions.LastOrDefault(s => s.Date <= day)?.ModuleId ?? modules[0].Id;
                db.ExerciseLogs.AddRange(learners.Select(l => new ExerciseLog(cohort.Id, l.Id, moduleId, day, HistoryMinutesPerDay,
                    ExerciseKind.Solo, null, null, "Lab exercises", LoggedBy, day.ToDateTime(new TimeOnly(20, 0), DateTimeKind.Utc))));
            }
            await db.SaveChangesAsync();
            // The app keeps each learner's tallies with every write; rows added here directly need theirs counted.
            await TallyWriter.RefreshCohortAsync(db, cohort.Id, CancellationToken.None);

            var mondays = days.Where(d => d.DayOfWeek == DayOfWeek.Monday && d.AddDays(4) <= end).ToList();
            world = new LoggingWorld(cohort.Id, modules[0].Id, [.. learners.Select(l => l.Id)], mondays, days);
        });
        return world!;
    }
}
