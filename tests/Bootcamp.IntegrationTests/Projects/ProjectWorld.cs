using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Logging;
using Bootcamp.Domain.Programmes;
using Bootcamp.Domain.Projects;
using Bootcamp.Domain.Scheduling;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Projects;

/// <summary>
/// A running Berlin cohort of its own programme, taught by the demo instructor: module 1 lectured from 40 to 12 days
/// ago, module 2 from 5 days ago to 23 days ahead (its template project "Shop" has three milestones). Eight learners:
/// four <see cref="Strong"/> ones who attended every lecture and logged 30 h, four <see cref="Struggling"/> ones who
/// missed most lectures and logged 2 h. <see cref="ProjectId"/> is a project "Team site" due in 20 days with one
/// milestone due 3 days ago and one due in 10 days.
/// </summary>
public sealed class ProjectWorld
{
    public int CohortId { get; private init; }
    public string Code { get; private init; } = "";
    public int ProjectId { get; private init; }
    public int PastMilestone { get; private init; }
    public int FutureMilestone { get; private init; }
    public int Module2 { get; private init; }
    public DateOnly Module2LastLecture { get; private init; }
    public IReadOnlyList<int> Strong { get; private init; } = [];
    public IReadOnlyList<int> Struggling { get; private init; } = [];
    public IReadOnlyList<int> Learners => [.. Strong, .. Struggling];

    public static async Task<ProjectWorld> CreateAsync(BootcampApp app)
    {
        var code = "PRJ-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        return await app.WithDbAsync(async db =>
        {
            var today = LoggingWorld.BerlinToday(app);
            var now = app.UtcNow;
            var programme = new Programme(code, $"Project test {code}", "Testing", 26, "A programme for project tests.");
            var first = programme.AddModule("Foundations", 20 * 60, 40 * 60, null);
            var second = programme.AddModule("Web shop", 20 * 60, 40 * 60, null);
            db.Programmes.Add(programme);
            var centre = await db.Centres.SingleAsync(c => c.Name == "Berlin Kreuzberg");
            var instructorId = await db.Users.Where(u => u.Email == BootcampApp.Instructor).Select(u => u.InstructorId).SingleAsync();
            await db.SaveChangesAsync();
            db.ProjectTemplates.Add(new ProjectTemplate(programme.Id, second.Id, "Shop", "Build a web shop in teams.", 65, ["Wireframes", "Working cart", "Demo"]));

            var cohort = new Cohort(code, programme.Id, centre.Id, today.AddDays(-40), 20, [new LectureSlot(DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(12, 0))]);
            cohort.SetEndDate(today.AddDays(23));
            cohort.ChangeStatus(CohortStatus.Active);
            cohort.SetInstructors([instructorId!.Value]);
            db.Cohorts.Add(cohort);
            var people = Enumerable.Range(1, 8)
                .Select(i => new Learner(i <= 4 ? $"Strong{i}" : $"Weak{i}", code, $"{code.ToLowerInvariant()}.{i}@example.org", null))
                .ToList();
            db.Learners.AddRange(people);
            await db.SaveChangesAsync();
            db.Enrolments.AddRange(people.Select(p => new Enrolment(cohort.Id, p.Id, cohort.StartDate)));
            var days = new[] { -40, -33, -26, -19, -12, -5, 2, 9, 16, 23 };
            var sessions = days.Select((offset, i) =>
            {
                var start = TimeZoneInfo.ConvertTimeToUtc(today.AddDays(offset).ToDateTime(new TimeOnly(9, 0)), LoggingWorld.Zone);
                return new LectureSession(cohort.Id, offset < -10 ? first.Id : second.Id, $"Topic {i}", start, start.AddHours(3), null, instructorId);
            }).ToList();
            db.Sessions.AddRange(sessions);
            var project = new GroupProject(cohort.Id, second.Id, "Team site", "Build a site together.", 60, today.AddDays(20));
            project.AddMilestone("Plan", today.AddDays(-3));
            project.AddMilestone("Release", today.AddDays(10));
            db.GroupProjects.Add(project);
            await db.SaveChangesAsync();
            foreach (var (person, i) in people.Select((p, i) => (p, i)))
            {
                var strong = i < 4;
                db.Attendance.AddRange(sessions.Where(s => s.StartUtc < now).Select((s, k) =>
                    new Bootcamp.Domain.Logging.Attendance(s.Id, person.Id, strong || k % 3 == 0 ? AttendanceStatus.Present : AttendanceStatus.Absent, null, BootcampApp.Instructor, now)));
                db.ExerciseLogs.Add(new ExerciseLog(cohort.Id, person.Id, first.Id, today.AddDays(-20), (strong ? 10 : 2) * 60, ExerciseKind.Solo, null, null, "Exercises", BootcampApp.Instructor, now));
                if (strong)
                    db.ExerciseLogs.AddRange(new[] { -18, -16 }.Select(d => new ExerciseLog(cohort.Id, person.Id, first.Id, today.AddDays(d), 10 * 60, ExerciseKind.Solo, null, null, "Exercises", BootcampApp.Instructor, now)));
            }
            await db.SaveChangesAsync();
            var milestones = project.Milestones.OrderBy(m => m.DueDate).ToList();
            return new ProjectWorld
            {
                CohortId = cohort.Id,
                Code = code,
                ProjectId = project.Id,
                PastMilestone = milestones[0].Id,
                FutureMilestone = milestones[1].Id,
                Module2 = second.Id,
                Module2LastLecture = today.AddDays(23),
                Strong = [.. people.Take(4).Select(p => p.Id)],
                Struggling = [.. people.Skip(4).Select(p => p.Id)],
            };
        });
    }

    /// <summary>Forms groups directly (as the forming page would), each a list of learners; returns the groups' ids.</summary>
    public Task<IReadOnlyList<int>> FormGroupsAsync(BootcampApp app, params int[][] members) =>
        app.WithDbAsync<IReadOnlyList<int>>(async db =>
        {
            var groups = members.Select((m, i) =>
            {
                var group = new ProjectGroup(CohortId, ProjectId, $"Group {(char)('A' + i)}");
                foreach (var learner in m)
                    group.AddMember(learner);
                return group;
            }).ToList();
            db.ProjectGroups.AddRange(groups);
            await db.SaveChangesAsync();
            return [.. groups.Select(g => g.Id)];
        });

    public Task<List<(int GroupId, string Name, List<int> Members)>> GroupsAsync(BootcampApp app) =>
        app.WithDbAsync(async db => (await db.ProjectGroups.AsNoTracking().Include(g => g.Members).Where(g => g.GroupProjectId == ProjectId).OrderBy(g => g.Name).ToListAsync())
            .Select(g => (g.Id, g.Name, g.Members.Select(m => m.LearnerId).ToList())).ToList());

    public Task<List<GroupMove>> MovesAsync(BootcampApp app) =>
        app.WithDbAsync(db => db.GroupMoves.AsNoTracking().Where(m => m.CohortId == CohortId).OrderBy(m => m.Id).ToListAsync());
}
