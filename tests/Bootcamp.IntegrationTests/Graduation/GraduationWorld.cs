using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Logging;
using Bootcamp.Domain.Programmes;
using Bootcamp.Domain.Progress;
using Bootcamp.Domain.Projects;
using Bootcamp.Domain.Scheduling;
using Bootcamp.Domain.SoftSkills;
using Bootcamp.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Graduation;

/// <summary>
/// A Berlin cohort of its own programme with small criteria (80% attendance, 20 h of exercise of which 5 h in groups,
/// every project passed, soft skills 3 of 5, both badges), taught by the demo instructor, with three learners:
/// <see cref="Qualified"/> meets everything, <see cref="ShortOfHours"/> logged 16 h, <see cref="OftenAbsent"/>
/// attended 2 of 5 lectures. It ended three days ago, or for <c>ended: false</c> runs for 100 more days.
/// The rubric has Teamwork and Communication; every learner was rated 1 in both at the midpoint (50 days ago) and 4 at
/// the final assessment (4 days ago), so the programme's soft-skill source decides whether they meet it.
/// With <c>graded: false</c> the team project has no grade and nobody has a final rating yet: the instructor's work
/// before a decision is still to do.
/// </summary>
public sealed class GraduationWorld
{
    public const string Centre = "Berlin Kreuzberg";
    private static readonly int[] SessionDays = [-90, -60, -30, -10, -4];

    public int CohortId { get; private init; }
    public string Code { get; private init; } = "";
    public int Qualified { get; private init; }
    public int ShortOfHours { get; private init; }
    public int OftenAbsent { get; private init; }
    public IReadOnlyList<int> Learners => [OftenAbsent, Qualified, ShortOfHours];
    public int ModuleId { get; private init; }
    public int GroupId { get; private init; }
    public int FinalPointId { get; private init; }

    public static async Task<GraduationWorld> CreateAsync(BootcampApp app, bool ended = true, bool graded = true)
    {
        var code = "GRD-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        return await app.WithDbAsync(async db =>
        {
            var today = LoggingWorld.BerlinToday(app);
            var now = app.UtcNow;
            var programme = new Programme(code, $"Graduation test {code}", "Testing", 26, "A programme for graduation tests.");
            var first = programme.AddModule("Foundations", 10 * 60, 10 * 60, "Foundations badge");
            var second = programme.AddModule("Capstone", 10 * 60, 10 * 60, "Capstone badge");
            programme.SetCriteria(new GraduationCriteria(80, 20 * 60, 25, true, 3.0m, true));
            db.Programmes.Add(programme);
            var centre = await db.Centres.SingleAsync(c => c.Name == Centre);
            var instructorId = await db.Users.Where(u => u.Email == BootcampApp.Instructor).Select(u => u.InstructorId).SingleAsync();
            await db.SaveChangesAsync();

            var cohort = new Cohort(code, programme.Id, centre.Id, today.AddDays(-100), 20,
                [new LectureSlot(DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(12, 0))]);
            cohort.SetEndDate(today.AddDays(ended ? -3 : 100));
            cohort.ChangeStatus(CohortStatus.Active);
            if (ended)
                cohort.ChangeStatus(CohortStatus.Completed);
            cohort.SetInstructors([instructorId!.Value]);
            db.Cohorts.Add(cohort);
            var people = new[] { "Absent", "Qualified", "Short" }
                .Select(name => new Learner(name, $"{code} {name}", $"{code.ToLowerInvariant()}.{name.ToLowerInvariant()}@example.org", null))
                .ToList();
            db.Learners.AddRange(people);
            var skills = new[] { "Teamwork", "Communication" }.Select((name, i) => new SoftSkill(programme.Id, i + 1, name, Levels)).ToList();
            db.SoftSkills.AddRange(skills);
            await db.SaveChangesAsync();
            var midpoint = new AssessmentPoint(cohort.Id, "Midpoint", today.AddDays(-50));
            var final = new AssessmentPoint(cohort.Id, "Final", today.AddDays(-4));
            db.AssessmentPoints.AddRange(midpoint, final);
            await db.SaveChangesAsync();
            db.Enrolments.AddRange(people.Select(p => new Enrolment(cohort.Id, p.Id, cohort.StartDate)));

            var sessions = SessionDays.Select((offset, i) =>
            {
                var start = TimeZoneInfo.ConvertTimeToUtc(today.AddDays(offset).ToDateTime(new TimeOnly(9, 0)), LoggingWorld.Zone);
                return new LectureSession(cohort.Id, i < 3 ? first.Id : second.Id, $"Topic {i}", start, start.AddHours(3), null, instructorId);
            }).ToList();
            db.Sessions.AddRange(sessions);
            var project = new GroupProject(cohort.Id, second.Id, "Team app", "Build an app together.", 60, today.AddDays(-5));
            db.GroupProjects.Add(project);
            await db.SaveChangesAsync();

            var group = new ProjectGroup(cohort.Id, project.Id, "Team A");
            foreach (var person in people)
                group.AddMember(person.Id);
            if (graded)
                group.Grade(80, today.AddDays(-4));
            db.ProjectGroups.Add(group);
            await db.SaveChangesAsync();
            foreach (var (person, i) in people.Select((p, i) => (p, i)))
            {
                var attended = person.FirstName == "Absent" ? 2 : 5;
                db.Attendance.AddRange(sessions.Select((s, k) =>
                    new Bootcamp.Domain.Logging.Attendance(s.Id, person.Id, k < attended ? AttendanceStatus.Present : AttendanceStatus.Absent, null, BootcampApp.Instructor, now)));
                var soloHours = person.FirstName == "Short" ? 10 : 16;
                for (var h = 0; h < soloHours; h += 8)
                    db.ExerciseLogs.Add(new ExerciseLog(cohort.Id, person.Id, first.Id, today.AddDays(-80 + h), Math.Min(8, soloHours - h) * 60, ExerciseKind.Solo,
                        null, null, "Exercises", BootcampApp.Instructor, now));
                db.ExerciseLogs.Add(new ExerciseLog(cohort.Id, person.Id, second.Id, today.AddDays(-20), 6 * 60, ExerciseKind.Group, group.Id, null, "Team app", BootcampApp.Instructor, now));
                foreach (var skill in skills)
                {
                    db.SoftSkillAssessments.Add(new SoftSkillAssessment(cohort.Id, person.Id, skill.Id, midpoint.Id, 1, "Slow start", BootcampApp.Instructor, midpoint.Date));
                    if (graded)
                        db.SoftSkillAssessments.Add(new SoftSkillAssessment(cohort.Id, person.Id, skill.Id, final.Id, 4, "Solid work", BootcampApp.Instructor, final.Date));
                }
                db.BadgeAwards.Add(new BadgeAward(cohort.Id, person.Id, first.Id, today.AddDays(-40), BootcampApp.Instructor));
                db.BadgeAwards.Add(new BadgeAward(cohort.Id, person.Id, second.Id, today.AddDays(-4), BootcampApp.Instructor));
            }
            await db.SaveChangesAsync();
            return new GraduationWorld
            {
                CohortId = cohort.Id,
                Code = code,
                OftenAbsent = people[0].Id,
                Qualified = people[1].Id,
                ShortOfHours = people[2].Id,
                ModuleId = first.Id,
                GroupId = group.Id,
                FinalPointId = final.Id,
            };
        });
    }

    private static readonly string[] Levels = ["Not yet", "Emerging", "Developing", "Secure", "Excellent"];

    public Task<EnrolmentStatus> StatusAsync(BootcampApp app, int learnerId) =>
        app.WithDbAsync(db => db.Enrolments.Where(e => e.CohortId == CohortId && e.LearnerId == learnerId).Select(e => e.Status).SingleAsync());

    public Task<int> DecisionCountAsync(BootcampApp app) =>
        app.WithDbAsync(db => db.GraduationDecisions.CountAsync(d => d.CohortId == CohortId));

    public Task<int> AddHoursAsync(BootcampApp app, int learnerId, int hours) =>
        app.WithDbAsync(db =>
        {
            db.ExerciseLogs.Add(new ExerciseLog(CohortId, learnerId, ModuleId, LoggingWorld.BerlinToday(app).AddDays(-6), hours * 60, ExerciseKind.Solo, null, null,
                "Logged late", BootcampApp.Instructor, app.UtcNow));
            return db.SaveChangesAsync();
        });
}
