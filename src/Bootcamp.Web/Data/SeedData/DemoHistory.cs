using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Logging;
using Bootcamp.Domain.Programmes;
using Bootcamp.Domain.Progress;
using Bootcamp.Domain.Projects;
using Bootcamp.Domain.Scheduling;
using Bootcamp.Domain.SoftSkills;
using Bootcamp.Web.Features.Progress;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Data.SeedData;

/// <summary>
/// Invents the past of the active and completed cohorts up to yesterday: attendance, solo and group exercise logs,
/// project groups and grades, soft-skill assessments, badges and the graduation decisions. The same random seed gives
/// the same history; a learner's <see cref="LearnerPace"/> steers it, and decisions read from the figures generated.
/// </summary>
public sealed class DemoHistory(BootcampDb db, Random random, DateTime nowUtc, HistoryDensity? density = null)
{
    private readonly HistoryDensity _density = density ?? HistoryDensity.Demo;

    private static readonly string[] SoloTemplates =
        ["Exercises: {0}", "Practice set on {0}", "Lab: {0}", "Homework: {0}", "Kata and review: {0}", "Reworked exercises on {0} after feedback"];

    private static readonly string[] ExcusedReasons =
        ["Doctor's appointment", "Ill, sent a note", "Nursery closed, childcare", "Job interview", "Family emergency", "Work shift could not be moved"];

    private static readonly string[] LateReasons = ["Train delayed", "Came straight from work", "Bus replacement service", "Stuck in traffic"];

    private int _attendance;
    private int _logs;
    private int _groups;
    private int _projects;
    private int _assessments;
    private int _badges;
    private int _decisions;

    /// <summary>The rows written so far, over every call.</summary>
    public long Rows => (long)_attendance + _logs + _groups + _projects + _assessments + _badges;

    public async Task<string> AddAsync(IEnumerable<CohortPlan> cohorts, IReadOnlyList<LearnerPlan> learners, CancellationToken cancellationToken)
    {
        var rubrics = (await db.SoftSkills.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(s => s.ProgrammeId);
        var points = cohorts.ToDictionary(c => c, PointsFor);
        db.AssessmentPoints.AddRange(points.Values.SelectMany(p => p.Select(x => x.Point)));
        await SaveAsync(cancellationToken);
        foreach (var cohort in cohorts.Where(c => c.Cohort.Status is CohortStatus.Active or CohortStatus.Completed))
        {
            var members = learners.Where(l => l.Cohort == cohort).ToList();
            var projects = AddProjects(cohort);
            await SaveAsync(cancellationToken);
            var groups = AddGroups(cohort, members, projects);
            await SaveAsync(cancellationToken);

            var attendance = AttendanceFor(cohort, members);
            var logs = ExerciseLogsFor(cohort, members, projects, groups);
            if (cohort.Cohort.Status == CohortStatus.Completed)
                Decide(cohort, members, attendance, logs);
            _attendance += await BulkInsert.RunAsync(db, attendance, cancellationToken);
            _logs += await BulkInsert.RunAsync(db, logs, cancellationToken);
            var starts = cohort.Sessions.ToDictionary(s => s.Session.Id, s => s.Session.StartUtc);
            await BulkInsert.RunAsync(db, TallyWriter.Of(cohort.Cohort.Id, attendance, starts, logs), cancellationToken);
            _assessments += await BulkInsert.RunAsync(db, AssessmentsFor(cohort, members, rubrics[cohort.Programme.Programme.Id].ToList(), points[cohort]), cancellationToken);
            _badges += await BulkInsert.RunAsync(db, BadgesFor(cohort, members), cancellationToken);
            await SaveAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        return $"history: {_attendance} attendance marks, {_logs} exercise logs, {_projects} group projects, {_groups} project groups, "
            + $"{_assessments} soft-skill scores, {_badges} badges, {_decisions} graduation decisions";
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
    }

    private static DateOnly Yesterday(CohortPlan cohort) => cohort.Today.AddDays(-1);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static List<Module> Modules(CohortPlan cohort) => [.. cohort.Programme.Programme.Modules.OrderBy(m => m.Position)];

    private static (DateOnly First, DateOnly Last) Span(CohortPlan cohort, int moduleId)
    {
        var dates = cohort.Sessions.Where(s => s.Session.ModuleId == moduleId).Select(s => s.Date).ToList();
        return dates.Count == 0 ? (cohort.Cohort.StartDate, cohort.Cohort.StartDate) : (dates.Min(), dates.Max());
    }

    private static int InstructorOf(CohortPlan cohort, Module module) => cohort.Instructors[(module.Position - 1) % cohort.Instructors.Count].Id;

    private double Between(double min, double max) => min + (random.NextDouble() * (max - min));

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static int Quarter(double minutes) => Math.Clamp((int)Math.Round(minutes / 15) * 15, 15, ExerciseLog.MaxMinutesPerDay);

    private List<GroupProject> AddProjects(CohortPlan cohort)
    {
        var modules = Modules(cohort);
        var projects = new List<GroupProject>();
        foreach (var template in cohort.Programme.Projects)
        {
            var (first, last) = Span(cohort, template.ModuleId ?? modules[^1].Id);
            projects.Add(template.PlanFor(cohort.Cohort.Id, first, last));
        }
        db.GroupProjects.AddRange(projects);
        _projects += projects.Count;
        return projects;
    }

    /// <summary>Groups of four to five, formed when the previous project is handed in (the first at the start); graded once due.</summary>
    private Dictionary<GroupProject, List<ProjectGroup>> AddGroups(CohortPlan cohort, List<LearnerPlan> members, List<GroupProject> projects)
    {
        var groups = new Dictionary<GroupProject, List<ProjectGroup>>();
        var names = cohort.Programme.TeamNames.Count == 0 ? ["Team"] : cohort.Programme.TeamNames;
        for (var p = 0; p < projects.Count; p++)
        {
            var project = projects[p];
            var formedOn = p == 0 ? cohort.Cohort.StartDate : projects[p - 1].DueDate.AddDays(1);
            groups[project] = [];
            if (formedOn >= cohort.Today)
                continue;
            var available = members.Where(m => m.Enrolment.CoversDate(formedOn)).OrderBy(_ => random.Next()).ToList();
            var count = Math.Max(1, (int)Math.Round(available.Count / 4.5));
            for (var g = 0; g < count; g++)
            {
                var index = (g + (p * 2)) % names.Count;
                var name = names[index] + (g >= names.Count ? $" {(g / names.Count) + 1}" : "");
                var group = new ProjectGroup(cohort.Cohort.Id, project.Id, name);
                var team = available.Where((_, i) => i % count == g).ToList();
                foreach (var member in team)
                    group.AddMember(member.Learner.Id);
                if (project.DueDate < cohort.Today)
                    Grade(cohort, project, group, team);
                groups[project].Add(group);
            }
            db.ProjectGroups.AddRange(groups[project]);
            _groups += groups[project].Count;
        }
        return groups;
    }

    private void Grade(CohortPlan cohort, GroupProject project, ProjectGroup group, List<LearnerPlan> team)
    {
        var lift = team.Count == 0 ? 0 : team.Average(m => m.Pace switch { LearnerPace.Strong => 8, LearnerPace.AtRisk => -8, _ => 0 });
        var grade = Math.Clamp((int)Math.Round(78 + lift + Between(-8, 8)), project.PassMarkPercent + 2, 97);
        var on = Min(project.DueDate.AddDays(random.Next(3, 8)), Yesterday(cohort));
        var module = Modules(cohort).Single(m => m.Id == project.ModuleId);
        var at = TimeZoneInfo.ConvertTimeToUtc(on.ToDateTime(new TimeOnly(17, 0)), cohort.Zone);
        // Small adjustments that never take a member below the pass mark while they were there: the seed's graduation
        // decisions are made on attendance and hours, and must stay true to the board.
        var adjustments = group.Members.ToDictionary(m => m.LearnerId, m =>
        {
            var plan = team.Single(t => t.Learner.Id == m.LearnerId);
            return !plan.Enrolment.CoversDate(project.DueDate) ? -15 : plan.Pace switch { LearnerPace.Strong => 3, LearnerPace.AtRisk => -2, _ => 0 };
        });
        group.Grade(grade, adjustments, cohort.LoginOf(InstructorOf(cohort, module)), at, on);
    }

    private List<Attendance> AttendanceFor(CohortPlan cohort, List<LearnerPlan> members)
    {
        var rows = new List<Attendance>();
        foreach (var (session, date) in cohort.Sessions.Where(s => s.Date < cohort.Today && s.Session.Status == SessionStatus.Scheduled)
            .Select(s => (s.Session, s.Date)))
        {
            var by = cohort.LoginOf(session.InstructorId);
            var at = session.EndUtc.AddMinutes(15) < nowUtc ? session.EndUtc.AddMinutes(15) : nowUtc;
            foreach (var member in members.Where(m => m.Enrolment.CoversDate(date)))
            {
                var (present, late, absent) = member.Pace switch
                {
                    LearnerPace.Strong => (0.95, 0.03, 0.005),
                    LearnerPace.AtRisk => (0.58, 0.08, 0.28),
                    _ => (0.83, 0.06, 0.06),
                };
                var roll = random.NextDouble();
                var (status, reason) = roll < present ? (AttendanceStatus.Present, null)
                    : roll < present + late ? (AttendanceStatus.Late, random.Next(2) == 0 ? Pick(LateReasons) : null)
                    : roll < present + late + absent ? (AttendanceStatus.Absent, random.Next(4) == 0 ? "No notice given" : null)
                    : (AttendanceStatus.Excused, Pick(ExcusedReasons));
                rows.Add(new Attendance(session.Id, member.Learner.Id, status, reason, by, at));
            }
        }
        return rows;
    }

    /// <summary>
    /// Week by week, each module's planned exercise hours spread over the weeks it is taught: group work in the
    /// current project's groups (one entry per member, sharing an entry id) and solo work scaled by the learner's pace.
    /// </summary>
    private List<ExerciseLog> ExerciseLogsFor(CohortPlan cohort, List<LearnerPlan> members, List<GroupProject> projects,
        Dictionary<GroupProject, List<ProjectGroup>> groups)
    {
        var rows = new List<ExerciseLog>();
        var modules = Modules(cohort);
        var start = cohort.Cohort.StartDate;
        var end = cohort.Cohort.EndDate ?? start;
        var historyEnd = Min(end, Yesterday(cohort));
        var ordered = cohort.Sessions.OrderBy(s => s.Date).ToList();
        Module ModuleOn(DateOnly date)
        {
            var id = ordered.LastOrDefault(s => s.Date <= date)?.Session.ModuleId ?? modules[0].Id;
            return modules.Single(m => m.Id == id);
        }
        var weeks = Enumerable.Range(0, ((end.DayNumber - start.DayNumber) / 7) + 1)
            .Select(w => start.AddDays(7 * w))
            .Select(w => (Start: w, Module: ModuleOn(Min(w.AddDays(3), end))))
            .ToList();
        var weeksPerModule = weeks.GroupBy(w => w.Module.Id).ToDictionary(g => g.Key, g => g.Count());
        var share = Math.Min(0.9, (cohort.Programme.Programme.Criteria.MinGroupSharePercent + 8) / 100.0);
        var factors = members.ToDictionary(m => m, m => m.Pace switch
        {
            LearnerPace.Strong => Between(1.08, 1.2),
            LearnerPace.AtRisk => Between(0.5, 0.72),
            _ => Between(0.96, 1.06),
        });

        foreach (var (weekStart, module) in weeks.Where(w => w.Start <= historyEnd))
        {
            var days = Enumerable.Range(0, 7).Select(weekStart.AddDays).Where(d => d <= historyEnd).ToList();
            var planned = (double)module.PlannedExerciseMinutes / weeksPerModule[module.Id] * days.Count / 7;
            if (planned <= 0)
                continue;
            var topics = ordered.Where(s => s.Date >= weekStart && s.Date <= days[^1] && s.Session.Topic is not null)
                .Select(s => s.Session.Topic!).Distinct().ToList();
            if (topics.Count == 0)
                topics = module.Topics.Count > 0 ? module.Topics : [module.Title];
            var by = cohort.LoginOf(InstructorOf(cohort, module));
            var project = projects.FirstOrDefault(p => p.DueDate >= weekStart) ?? projects.LastOrDefault();
            var weekGroups = project is null ? [] : groups[project];

            var groupMinutes = planned * share;
            var sittings = groupMinutes > _density.SecondGroupSittingMinutes ? 2 : 1;
            foreach (var group in weekGroups)
            {
                for (var s = 0; s < sittings; s++)
                {
                    var date = Pick(days);
                    var minutes = Quarter(groupMinutes / sittings * Between(0.85, 1.15));
                    var entry = NewGuid();
                    var description = GroupDescription(project!, date >= Span(cohort, project!.ModuleId ?? module.Id).First, date, Pick(topics));
                    foreach (var memberId in group.Members.Select(m => m.LearnerId))
                    {
                        var member = members.Single(m => m.Learner.Id == memberId);
                        var skip = member.Pace switch { LearnerPace.Strong => 0.03, LearnerPace.AtRisk => 0.35, _ => 0.08 };
                        if (!member.Enrolment.CoversDate(date) || random.NextDouble() < skip)
                            continue;
                        rows.Add(Log(cohort, member, module, date, minutes, ExerciseKind.Group, group.Id, entry, description, by));
                    }
                }
            }

            foreach (var member in members)
            {
                var own = days.Where(member.Enrolment.CoversDate).ToList();
                if (own.Count == 0 || (member.Pace == LearnerPace.AtRisk && random.NextDouble() < 0.2))
                    continue;
                var solo = planned * (1 - share) * factors[member] * Between(0.8, 1.2) * own.Count / days.Count;
                var entries = Math.Min(own.Count, 1 + _density.SoloEntryMinutes.Count(m => solo > m));
                foreach (var date in own.OrderBy(_ => random.Next()).Take(entries).Order())
                {
                    var description = string.Format(System.Globalization.CultureInfo.InvariantCulture, Pick(SoloTemplates), Pick(topics));
                    rows.Add(Log(cohort, member, module, date, Quarter(solo / entries), ExerciseKind.Solo, null, null, description, by));
                }
            }
        }
        return rows;
    }

    /// <summary>Group work is on the project once its module has begun; before that the group practises the week's topic.</summary>
    private static string GroupDescription(GroupProject project, bool started, DateOnly date, string topic)
    {
        if (!started || project.Milestones.Count == 0)
            return $"Study group: {topic}";
        var milestone = project.Milestones.FirstOrDefault(m => m.DueDate >= date) ?? project.Milestones[^1];
        var text = $"{project.Title}: {milestone.Title}";
        return text.Length > 300 ? text[..300] : text;
    }

    private ExerciseLog Log(CohortPlan cohort, LearnerPlan member, Module module, DateOnly date, int minutes, ExerciseKind kind,
        int? groupId, Guid? entry, string description, string by)
    {
        var loggedAt = ScheduleGenerator.ToUtc(date, new TimeOnly(20, 30), cohort.Zone);
        return new ExerciseLog(cohort.Cohort.Id, member.Learner.Id, module.Id, date, minutes, kind, groupId, entry,
            description, by, loggedAt < nowUtc ? loggedAt : nowUtc);
    }

    private Guid NewGuid()
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    /// <summary>
    /// The decision each completed-cohort learner's row asks for, with the figures in the note. The generated figures
    /// are first nudged where chance went against the row (a graduate a little under a threshold, or the reverse).
    /// </summary>
    private void Decide(CohortPlan cohort, List<LearnerPlan> members, List<Attendance> attendance, List<ExerciseLog> logs)
    {
        var criteria = cohort.Programme.Programme.Criteria;
        var modules = Modules(cohort);
        var on = Min((cohort.Cohort.EndDate ?? cohort.Today).AddDays(7), Yesterday(cohort));
        foreach (var member in members.Where(m => m.Status is EnrolmentStatus.Graduated or EnrolmentStatus.NotGraduated))
        {
            var marks = attendance.Where(a => a.LearnerId == member.Learner.Id).ToList();
            var mine = logs.Where(l => l.LearnerId == member.Learner.Id).ToList();
            var graduate = member.Status == EnrolmentStatus.Graduated;
            var flip = graduate ? AttendanceStatus.Absent : AttendanceStatus.Present;
            while (graduate != (Rate(marks) >= criteria.MinAttendancePercent) && marks.FirstOrDefault(a => a.Status == flip) is { } mark)
                mark.Change(graduate ? AttendanceStatus.Present : AttendanceStatus.Absent, null, mark.RecordedBy, mark.RecordedAtUtc);
            while (graduate && mine.Sum(l => l.Minutes) < criteria.MinExerciseMinutes)
            {
                var last = mine[^1];
                var extra = new ExerciseLog(cohort.Cohort.Id, member.Learner.Id, modules[^1].Id, last.Date, 180, ExerciseKind.Solo, null, null,
                    "Catch-up exercises before the final review", last.LoggedBy, last.LoggedAtUtc);
                mine.Add(extra);
                logs.Add(extra);
            }
            var hours = mine.Sum(l => l.Minutes) / 60;
            var note = member.StatusReason ?? (graduate
                ? $"Met every criterion: {Rate(marks)}% attendance, {hours} h of exercise."
                : string.Join("; ", Shortfalls(criteria, Rate(marks), hours)) + ".");
            member.Enrolment.Decide(graduate, on, note);
            db.Enrolments.Update(member.Enrolment);
            _decisions++;
        }
    }

    private static IEnumerable<string> Shortfalls(GraduationCriteria criteria, int rate, int hours)
    {
        if (rate < criteria.MinAttendancePercent)
            yield return $"attendance {rate}% of held lectures, needs {criteria.MinAttendancePercent}%";
        if (hours < criteria.MinExerciseMinutes / 60)
            yield return $"{hours} h of exercise, needs {criteria.MinExerciseMinutes / 60} h";
    }

    /// <summary>Attended share of held lectures; excused absences are not held against the learner (DESIGN.md).</summary>
    private static int Rate(List<Attendance> marks)
    {
        var counted = marks.Count(a => a.Status != AttendanceStatus.Excused);
        return counted == 0 ? 100 : (int)Math.Floor(100.0 * marks.Count(a => a.CountsAsAttended) / counted);
    }

    /// <summary>
    /// Three assessment points per cohort: two weeks in, mid-programme and just after the last lecture (the final).
    /// <c>Shift</c> moves the generated ratings, so learners improve over the programme.
    /// </summary>
    private static List<(AssessmentPoint Point, int Shift)> PointsFor(CohortPlan cohort)
    {
        var start = cohort.Cohort.StartDate;
        var end = cohort.Cohort.EndDate ?? start;
        return
        [
            (new AssessmentPoint(cohort.Cohort.Id, "Initial", start.AddDays(13)), -1),
            (new AssessmentPoint(cohort.Cohort.Id, "Midpoint", start.AddDays((end.DayNumber - start.DayNumber) / 2)), 0),
            (new AssessmentPoint(cohort.Cohort.Id, "Final", end.AddDays(2)), 1),
        ];
    }

    private List<SoftSkillAssessment> AssessmentsFor(CohortPlan cohort, List<LearnerPlan> members, List<SoftSkill> rubric, List<(AssessmentPoint Point, int Shift)> points)
    {
        var by = cohort.LoginOf(cohort.Instructors[0].Id);
        var rows = new List<SoftSkillAssessment>();
        foreach (var (point, shift) in points.Where(p => p.Point.Date < cohort.Today))
        {
            foreach (var member in members.Where(m => m.Enrolment.CoversDate(point.Date)))
            {
                var level = member.Pace switch { LearnerPace.Strong => 4, LearnerPace.AtRisk => 2, _ => 3 };
                foreach (var skill in rubric.OrderBy(s => s.Position))
                {
                    var score = Math.Clamp(level + shift + random.Next(0, 2) - (random.Next(6) == 0 ? 1 : 0), SoftSkillAssessment.MinScore, SoftSkillAssessment.MaxScore);
                    // Only at-risk learners score below 3, so the progress pages flag the learners the data set means to flag.
                    if (member.Pace != LearnerPace.AtRisk)
                        score = Math.Max(score, 3);
                    rows.Add(new SoftSkillAssessment(cohort.Cohort.Id, member.Learner.Id, skill.Id, point.Id, score, Comment(skill.Name, score), by, point.Date));
                }
            }
        }
        return rows;
    }

    private static string? Comment(string skill, int score) => (skill, score) switch
    {
        ("Teamwork", <= 2) => "Rarely joins group work; agreed to take a clear role in the next sprint.",
        ("Communication", <= 2) => "Finds it hard to explain blockers; practising short stand-up updates.",
        ("Problem solving", <= 2) => "Stays stuck too long before asking for help; paired with a stronger learner.",
        ("Time management", <= 2) => "Exercises often handed in late; agreed a weekly plan with the instructor.",
        ("Adaptability", <= 2) => "Finds changes of tools hard; offered extra lab time.",
        ("Teamwork", 5) => "Holds the group together and shares what they know generously.",
        ("Communication", 5) => "Clear presenter; explains code well to non-technical listeners.",
        ("Problem solving", 5) => "Breaks problems down methodically and debugs independently.",
        ("Time management", 5) => "Always ahead of plan and helps others plan their week.",
        ("Adaptability", 5) => "Picks up new tools quickly and helps others switch.",
        _ => null,
    };

    /// <summary>The badge of each finished module, a few days after its last lecture; at-risk learners miss some.</summary>
    private List<BadgeAward> BadgesFor(CohortPlan cohort, List<LearnerPlan> members)
    {
        var rows = new List<BadgeAward>();
        var finished = Modules(cohort).Where(m => m.BadgeName is not null).Select(m => (Module: m, Span(cohort, m.Id).Last))
            .Where(m => m.Last < cohort.Today).ToList();
        foreach (var member in members)
        {
            var earned = finished.Where(m => member.Enrolment.CoversDate(m.Last)
                && (member.Pace != LearnerPace.AtRisk || random.NextDouble() < 0.65)).ToList();
            if (member.Status == EnrolmentStatus.Graduated)
                earned = finished;
            else if (member.Status == EnrolmentStatus.NotGraduated && earned.Count == finished.Count && earned.Count > 0)
                earned.RemoveAt(earned.Count - 1);
            foreach (var (module, last) in earned)
            {
                var on = Min(last.AddDays(random.Next(1, 5)), Yesterday(cohort));
                rows.Add(new BadgeAward(cohort.Cohort.Id, member.Learner.Id, module.Id, on, cohort.LoginOf(InstructorOf(cohort, module))));
            }
        }
        return rows;
    }
}

/// <summary>
/// How finely the history is logged each week: a learner's solo minutes go in one entry, plus one more for each of
/// <see cref="SoloEntryMinutes"/> the week's solo time passes (never more entries than days), and a group meets twice
/// once the week's group time passes <see cref="SecondGroupSittingMinutes"/>. The demo keeps its own; the generated
/// network logs in shorter sittings, as learners who log after each evening do.
/// </summary>
public sealed record HistoryDensity(IReadOnlyList<int> SoloEntryMinutes, int SecondGroupSittingMinutes)
{
    public static HistoryDensity Demo { get; } = new([120, 360], 240);
}
