using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Logging;
using Bootcamp.Domain.Projects;
using Bootcamp.Domain.Scheduling;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Progress;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Support;

/// <summary>
/// A cohort of its own inside the seeded demo data, for logging tests: a Berlin FSW cohort that started 60 days ago,
/// taught by the demo instructor, with learners whose enrolment dates matter and a project group. It does not depend
/// on the demo history, so figures in tests are exact.
/// </summary>
public sealed class LoggingWorld
{
    public const string Centre = "Berlin Kreuzberg";
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public int CohortId { get; private init; }
    public string Code { get; private init; } = "";
    public DateOnly Today { get; private init; }
    public IReadOnlyList<int> ModuleIds { get; private init; } = [];
    /// <summary>Enrolled from the start and still enrolled.</summary>
    public IReadOnlyList<int> Regulars { get; private init; } = [];
    /// <summary>Enrolled five days ago.</summary>
    public int LateLearner { get; private init; }
    /// <summary>Withdrawn fifteen days ago.</summary>
    public int WithdrawnLearner { get; private init; }
    public DateOnly WithdrawnOn { get; private init; }
    public int GroupId { get; private init; }
    public IReadOnlyList<int> GroupMembers { get; private init; } = [];
    /// <summary>Sessions by days from today (negative: past): -30, -10, -3, 0 and +2; extra ones from -100 down.</summary>
    public IReadOnlyDictionary<int, int> Sessions { get; private init; } = new Dictionary<int, int>();

    public static DateOnly BerlinToday(BootcampApp app) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(app.UtcNow, Zone));

    public static async Task<LoggingWorld> CreateAsync(BootcampApp app, bool taughtByDemoInstructor = true, int learners = 6, int extraPastSessions = 0)
    {
        var code = "TST-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        return await app.WithDbAsync(async db =>
        {
            var today = BerlinToday(app);
            var centre = await db.Centres.SingleAsync(c => c.Name == Centre);
            var programme = await db.Programmes.Include(p => p.Modules).SingleAsync(p => p.Code == "FSW");
            var instructorId = await db.Users.Where(u => u.Email == BootcampApp.Instructor).Select(u => u.InstructorId).SingleAsync();
            var cohort = new Cohort(code, programme.Id, centre.Id, today.AddDays(-60), 30,
                [new LectureSlot(DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(12, 0)), new LectureSlot(DayOfWeek.Wednesday, new TimeOnly(9, 0), new TimeOnly(12, 0))]);
            cohort.SetEndDate(today.AddDays(200));
            cohort.ChangeStatus(CohortStatus.Active);
            if (taughtByDemoInstructor)
                cohort.SetInstructors([instructorId!.Value]);
            db.Cohorts.Add(cohort);
            await db.SaveChangesAsync();

            var people = Enumerable.Range(1, learners + 2)
                .Select(i => new Learner($"Learner{i}", $"{code} {i:00}", $"{code.ToLowerInvariant()}.{i}@example.org", null))
                .ToList();
            db.Learners.AddRange(people);
            await db.SaveChangesAsync();
            var enrolments = people.Select((p, i) => new Enrolment(cohort.Id, p.Id, i == learners ? today.AddDays(-5) : cohort.StartDate)).ToList();
            var withdrawnOn = today.AddDays(-15);
            enrolments[learners + 1].Withdraw(withdrawnOn, "Moved away", today);
            db.Enrolments.AddRange(enrolments);

            var module = programme.Modules.OrderBy(m => m.Position).First();
            var sessions = new Dictionary<int, LectureSession>();
            foreach (var offset in new[] { -30, -10, -3, 0, 2 })
                sessions[offset] = Session(offset, 9, offset);
            // Extra sessions for load tests sit in the weeks before the first ones, several a day, keyed -100, -101 ...
            for (var i = 0; i < extraPastSessions; i++)
                sessions[-100 - i] = Session(-41 - i % 15, 13 + i / 15 % 8, -100 - i);
            LectureSession Session(int dayOffset, int hour, int key)
            {
                var start = TimeZoneInfo.ConvertTimeToUtc(today.AddDays(dayOffset).ToDateTime(new TimeOnly(hour, 0)), Zone);
                return new LectureSession(cohort.Id, module.Id, $"Topic {key}", start, start.AddMinutes(50), null, instructorId);
            }
            db.Sessions.AddRange(sessions.Values);
            await db.SaveChangesAsync();

            var group = new ProjectGroup(cohort.Id, null, $"Team {code}");
            foreach (var member in people.Take(3))
                group.AddMember(member.Id);
            db.ProjectGroups.Add(group);
            await db.SaveChangesAsync();

            return new LoggingWorld
            {
                CohortId = cohort.Id,
                Code = code,
                Today = today,
                ModuleIds = [.. programme.Modules.OrderBy(m => m.Position).Select(m => m.Id)],
                Regulars = [.. people.Take(learners).Select(p => p.Id)],
                LateLearner = people[learners].Id,
                WithdrawnLearner = people[learners + 1].Id,
                WithdrawnOn = withdrawnOn,
                GroupId = group.Id,
                GroupMembers = [.. people.Take(3).Select(p => p.Id)],
                Sessions = sessions.ToDictionary(s => s.Key, s => s.Value.Id),
            };
        });
    }

    /// <summary>Stores an entry directly, as if logged by <paramref name="loggedBy"/> at <paramref name="loggedAtUtc"/>.</summary>
    public async Task<int> StoreHoursAsync(BootcampApp app, int learnerId, DateOnly date, int minutes, string loggedBy, DateTime loggedAtUtc) =>
        await app.WithDbAsync(async db =>
        {
            var log = new ExerciseLog(CohortId, learnerId, ModuleIds[0], date, minutes, ExerciseKind.Solo, null, null, "Stored by the test", loggedBy, loggedAtUtc);
            db.ExerciseLogs.Add(log);
            await db.SaveChangesAsync();
            await TallyWriter.RefreshAsync(db, CohortId, [learnerId], CancellationToken.None);
            return log.Id;
        });

    public Task<int> HoursCountAsync(BootcampApp app) =>
        app.WithDbAsync(db => db.ExerciseLogs.CountAsync(e => e.CohortId == CohortId));
}
