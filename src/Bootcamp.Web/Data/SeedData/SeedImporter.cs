using System.Diagnostics;
using System.Globalization;
using Bootcamp.Domain.Centres;
using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Partners;
using Bootcamp.Domain.Programmes;
using Bootcamp.Domain.Projects;
using Bootcamp.Domain.Scheduling;
using Bootcamp.Web.Features.Shared;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Data.SeedData;

/// <summary>
/// Imports the demo data set from seed-data/ into an empty database, in one transaction: a bad row stops the import
/// with a <see cref="SeedDataException"/> and leaves nothing behind. Dates are anchored to today, so the active cohorts
/// are mid-programme whenever the app is first started, and their history runs up to yesterday.
/// </summary>
public sealed class SeedImporter(
    BootcampDb db,
    UserManager<AppUser> users,
    RoleManager<IdentityRole> roles,
    TimeProvider clock)
{
    private readonly CentreClock _centreClock = new(clock);

    public static string FindSeedFolder(string contentRoot)
    {
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seed-data");
            if (Directory.Exists(candidate))
                return candidate;
        }
        return Path.Combine(AppContext.BaseDirectory, "seed-data");
    }

    public async Task<string> ImportAsync(string folder, CancellationToken cancellationToken)
    {
        var dataSet = SeedFiles.Json(folder, "dataset.json");
        dataSet.AllowOnly("name", "version", "historyRandomSeed");
        var name = $"{dataSet.Text("name")} v{dataSet.Int("version", 1, 1000)}";
        var randomSeed = dataSet.Int("historyRandomSeed", 0, int.MaxValue);
        if (await db.SeedImports.AnyAsync(s => s.DataSet == name, cancellationToken))
            return $"{name} was imported before; nothing imported";
        if (await db.Centres.AnyAsync(cancellationToken) || await db.Programmes.AnyAsync(cancellationToken) || await db.Users.AnyAsync(cancellationToken))
            return $"the database already holds data; {name} not imported";

        var watch = Stopwatch.StartNew();
        var random = new Random(randomSeed);
        await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var partners = await ImportPartnersAsync(folder, cancellationToken);
            var centres = await ImportCentresAsync(folder, partners, cancellationToken);
            var programmes = await ImportProgrammesAsync(folder, cancellationToken);
            var instructors = await ImportInstructorsAsync(folder, centres, cancellationToken);
            var logins = await ImportAccountsAsync(folder, partners, centres, instructors);
            var cohorts = await ImportCohortsAsync(folder, programmes, centres, instructors, partners, logins, cancellationToken);
            var learners = await ImportLearnersAsync(folder, cohorts, random, cancellationToken);
            var history = await new DemoHistory(db, random, clock.GetUtcNow().UtcDateTime).AddAsync(cohorts.Values, learners, cancellationToken);
            db.SeedImports.Add(new SeedImport { DataSet = name, ImportedAtUtc = clock.GetUtcNow().UtcDateTime });
            await SaveAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return $"imported {name} in {watch.ElapsedMilliseconds} ms: {partners.Count} partners, {centres.Count} centres, "
                + $"{programmes.Count} programmes, {instructors.Count} instructors, {cohorts.Count} cohorts, "
                + $"{learners.Select(l => l.Learner).Distinct().Count()} learners, {learners.Count} enrolments, "
                + $"{cohorts.Values.Sum(c => c.Sessions.Count)} lecture sessions, {await db.Users.CountAsync(cancellationToken)} accounts; {history}";
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<Dictionary<string, Partner>> ImportPartnersAsync(string folder, CancellationToken cancellationToken)
    {
        var root = SeedFiles.Json(folder, "partners.json");
        root.AllowOnly("partners");
        var partners = new Dictionary<string, Partner>(StringComparer.Ordinal);
        foreach (var row in root.Objects("partners"))
        {
            row.AllowOnly("name", "countryCode", "contactEmail");
            var partner = row.Guard("name", () => new Partner(row.Text("name"), row.Text("countryCode"), row.Text("contactEmail")));
            if (!partners.TryAdd(partner.Name, partner))
                throw row.Fail("name", $"another partner is already called {partner.Name}.");
        }
        db.Partners.AddRange(partners.Values);
        await SaveAsync(cancellationToken);
        return partners;
    }

    private async Task<Dictionary<string, TrainingCentre>> ImportCentresAsync(string folder, Dictionary<string, Partner> partners, CancellationToken cancellationToken)
    {
        var root = SeedFiles.Json(folder, "centres.json");
        root.AllowOnly("centres");
        var centres = new Dictionary<string, TrainingCentre>(StringComparer.Ordinal);
        foreach (var row in root.Objects("centres"))
        {
            row.AllowOnly("name", "city", "countryCode", "timeZoneId", "operatedBy", "rooms", "closures", "holidays");
            int? operatorId = row.OptionalText("operatedBy") is null ? null : row.Lookup("operatedBy", partners, "partner").Id;
            var centre = row.Guard("name", () => new TrainingCentre(row.Text("name"), row.Text("city"), row.Text("countryCode"), row.Text("timeZoneId"), operatorId));
            if (!centres.TryAdd(centre.Name, centre))
                throw row.Fail("name", $"another centre is already called {centre.Name}.");
            foreach (var room in row.Objects("rooms"))
            {
                room.AllowOnly("name", "capacity");
                room.Guard("name", () => centre.AddRoom(room.Text("name"), room.Int("capacity", 1, 500)));
            }
            foreach (var closure in row.Objects("closures", required: false))
            {
                closure.AllowOnly("firstDay", "lastDay", "name");
                closure.Guard("lastDay", () => centre.AddHoliday(closure.Text("name"), closure.Date("firstDay"), closure.Date("lastDay"), HolidayKind.Closure));
            }
            foreach (var holiday in row.Objects("holidays"))
            {
                holiday.AllowOnly("date", "name");
                var date = holiday.Date("date");
                holiday.Guard("name", () => centre.AddHoliday(holiday.Text("name"), date, date, HolidayKind.PublicHoliday));
            }
        }
        db.Centres.AddRange(centres.Values);
        await SaveAsync(cancellationToken);
        return centres;
    }

    private async Task<Dictionary<string, ProgrammePlan>> ImportProgrammesAsync(string folder, CancellationToken cancellationToken)
    {
        var plans = await SeedWriter.AddProgrammesAsync(db, ReadProgrammes(folder), cancellationToken);
        return plans.ToDictionary(p => p.Programme.Code, StringComparer.Ordinal);
    }

    /// <summary>The programmes of programmes.json with their project plans and team names, checked and not saved.</summary>
    public static List<ProgrammeDraft> ReadProgrammes(string folder)
    {
        var root = SeedFiles.Json(folder, "programmes.json");
        root.AllowOnly("programmes");
        var programmes = new Dictionary<string, ProgrammeDraft>(StringComparer.Ordinal);
        foreach (var row in root.Objects("programmes"))
        {
            row.AllowOnly("code", "name", "track", "durationWeeks", "description", "teamNames", "graduationCriteria", "microCredential", "modules", "groupProjects");
            var programme = row.Guard("code", () => new Programme(row.Text("code"), row.Text("name"), row.Text("track"), row.Int("durationWeeks", 1, 200), row.Text("description")));
            var criteria = row.Object("graduationCriteria");
            criteria.AllowOnly("minAttendancePercent", "minExerciseHours", "minGroupSharePercent", "requireAllProjectsPassed", "minSoftSkillAverage", "requireAllBadges");
            programme.SetCriteria(new GraduationCriteria(
                criteria.Int("minAttendancePercent", 0, 100),
                criteria.Int("minExerciseHours", 0, 5000) * 60,
                criteria.Int("minGroupSharePercent", 0, 100),
                criteria.Bool("requireAllProjectsPassed"),
                criteria.Decimal("minSoftSkillAverage", 1, 5),
                criteria.Bool("requireAllBadges")));
            if (row.OptionalObject("microCredential") is { } profile)
            {
                profile.AllowOnly("awardingBody", "learningOutcomes", "eqfLevel", "assessmentType", "participationForm", "qualityAssurance");
                profile.Guard("eqfLevel", () =>
                {
                    programme.SetMicroCredential(new MicroCredentialProfile(profile.OptionalText("awardingBody") ?? "", profile.Text("learningOutcomes"),
                        profile.OptionalInt("eqfLevel", 1, 8), profile.Text("assessmentType"), profile.Text("participationForm"), profile.Text("qualityAssurance")));
                    return programme;
                });
            }
            foreach (var module in row.Objects("modules"))
            {
                module.AllowOnly("title", "lectureHours", "exerciseHours", "badge", "topics");
                module.Guard("title", () => programme.AddModule(
                    module.Text("title"),
                    module.Int("lectureHours", 0, 2000) * 60,
                    module.Int("exerciseHours", 0, 2000) * 60,
                    module.OptionalText("badge"),
                    module.Texts("topics").Select(t => t.Value)));
            }
            if (programme.Modules.Count == 0)
                throw row.Fail("modules", "a programme needs at least one module.");
            var projects = new List<ProjectPlan>();
            foreach (var project in row.Objects("groupProjects", required: false))
            {
                project.AllowOnly("module", "title", "brief", "passMarkPercent", "milestones");
                projects.Add(new ProjectPlan(
                    project.Int("module", 1, programme.Modules.Count),
                    project.Text("title"),
                    project.Text("brief"),
                    project.Int("passMarkPercent", 1, 100),
                    [.. project.Texts("milestones").Select(m => m.Value)]));
            }
            var teamNames = row.Texts("teamNames").Select(t => t.Value).ToList();
            if (!programmes.TryAdd(programme.Code, new ProgrammeDraft(programme, projects, teamNames)))
                throw row.Fail("code", $"another programme already has the code {programme.Code}.");
        }
        return [.. programmes.Values];
    }

    private async Task<Dictionary<string, Instructor>> ImportInstructorsAsync(string folder, Dictionary<string, TrainingCentre> centres, CancellationToken cancellationToken)
    {
        var instructors = new Dictionary<string, Instructor>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in SeedFiles.Csv(folder, "instructors.csv", "full_name", "email", "home_centre"))
        {
            var centre = row.Lookup("home_centre", centres, "centre");
            var instructor = row.Guard("full_name", () => new Instructor(row.Text("full_name"), row.Text("email"), centre.Id));
            if (!instructor.Email.Contains('@'))
                throw row.Fail("email", $"'{instructor.Email}' is not an e-mail address.");
            if (!instructors.TryAdd(instructor.Email, instructor))
                throw row.Fail("email", $"another instructor already has the e-mail {instructor.Email}.");
        }
        db.Instructors.AddRange(instructors.Values);
        await SaveAsync(cancellationToken);
        return instructors;
    }

    /// <summary>Creates the demo users with their roles and scopes; returns, per instructor id, the user name that logs their evidence.</summary>
    private async Task<Dictionary<int, string>> ImportAccountsAsync(string folder, Dictionary<string, Partner> partners,
        Dictionary<string, TrainingCentre> centres, Dictionary<string, Instructor> instructors)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
        }
        var root = SeedFiles.Json(folder, "accounts.json");
        root.AllowOnly("accounts");
        var logins = instructors.Values.ToDictionary(i => i.Id, i => i.Email);
        foreach (var row in root.Objects("accounts"))
        {
            row.AllowOnly("email", "displayName", "role", "centres", "partner", "instructor");
            var role = row.Text("role");
            if (!Roles.All.Contains(role))
                throw row.Fail("role", $"'{role}' is not one of: {string.Join(", ", Roles.All)}.");
            var user = new AppUser
            {
                UserName = row.Text("email"),
                Email = row.Text("email"),
                EmailConfirmed = true,
                DisplayName = row.Text("displayName"),
                PartnerId = row.OptionalText("partner") is null ? null : row.Lookup("partner", partners, "partner").Id,
                InstructorId = row.OptionalText("instructor") is null ? null : row.Lookup("instructor", instructors, "instructor").Id,
            };
            foreach (var (centre, field) in row.Texts("centres", required: false))
                user.Centres.Add(new StaffCentre { CentreId = centres.TryGetValue(centre, out var found) ? found.Id : throw row.Fail(field, $"no centre '{centre}'.") });
            if (role == Roles.Staff && user.Centres.Count == 0)
                throw row.Fail("centres", "a Staff account needs at least one centre.");
            if (role == Roles.Partner && user.PartnerId is null)
                throw row.Fail("partner", "a Partner account needs its partner.");
            if (role == Roles.Instructor && user.InstructorId is null)
                throw row.Fail("instructor", "an Instructor account needs the e-mail of its instructor (instructors.csv).");
            var created = await users.CreateAsync(user, DemoAccounts.Password);
            if (created.Succeeded)
                created = await users.AddToRoleAsync(user, role);
            if (!created.Succeeded)
                throw row.Fail("email", string.Join(" ", created.Errors.Select(e => e.Description)));
            if (user.InstructorId is { } instructorId)
                logins[instructorId] = user.UserName!;
        }
        return logins;
    }

    private async Task<Dictionary<string, CohortPlan>> ImportCohortsAsync(string folder, Dictionary<string, ProgrammePlan> programmes,
        Dictionary<string, TrainingCentre> centres, Dictionary<string, Instructor> instructors, Dictionary<string, Partner> partners,
        Dictionary<int, string> logins, CancellationToken cancellationToken)
    {
        var root = SeedFiles.Json(folder, "cohorts.json");
        root.AllowOnly("cohorts");
        var cohorts = new Dictionary<string, CohortPlan>(StringComparer.Ordinal);
        foreach (var row in root.Objects("cohorts"))
        {
            row.AllowOnly("code", "programme", "centre", "status", "cancellationReason", "startWeeksFromToday", "capacity", "room", "pattern", "instructors", "sponsors");
            var plan = row.Lookup("programme", programmes, "programme");
            var centre = row.Lookup("centre", centres, "centre");
            var zone = TimeZoneInfo.FindSystemTimeZoneById(centre.TimeZoneId);
            var today = _centreClock.Today(zone);
            var pattern = row.Texts("pattern").Select(t => ParseSlot(row, t.Value, t.Field)).ToList();
            if (pattern.Count == 0)
                throw row.Fail("pattern", "a cohort needs at least one weekly lecture slot.");
            var start = today.AddDays(7 * row.Int("startWeeksFromToday", -150, 150));
            while (start.DayOfWeek != pattern[0].Day)
                start = start.AddDays(1);
            var roomName = row.Text("room");
            var room = centre.Rooms.FirstOrDefault(r => r.Name == roomName)
                ?? throw row.Fail("room", $"{centre.Name} has no room '{roomName}'; it has {string.Join(", ", centre.Rooms.Select(r => r.Name))}.");
            var capacity = row.Int("capacity", 1, 200);
            var cohort = row.Guard("code", () => new Cohort(row.Text("code"), plan.Programme.Id, centre.Id, start, capacity, pattern));
            cohort.Update(cohort.Code, start, capacity, room.Id, pattern);
            var teachers = row.Texts("instructors")
                .Select(t => instructors.TryGetValue(t.Value, out var found) ? found : throw row.Fail(t.Field, $"no instructor with the e-mail '{t.Value}' in instructors.csv."))
                .ToList();
            if (teachers.Count == 0)
                throw row.Fail("instructors", "a cohort needs at least one instructor.");
            cohort.SetInstructors(teachers.Select(t => t.Id));
            cohort.SetSponsors(row.Texts("sponsors", required: false)
                .Select(t => partners.TryGetValue(t.Value, out var found) ? found.Id : throw row.Fail(t.Field, $"no partner '{t.Value}' in partners.json.")));

            var modules = plan.Programme.Modules.OrderBy(m => m.Position).ToList();
            var schedule = ScheduleGenerator.Generate(
                [.. modules.Select(m => new ModulePlan(m.Id, m.Title, m.PlannedLectureMinutes, m.Topics))],
                pattern, start, zone, date => centre.Holidays.FirstOrDefault(h => h.Covers(date))?.Name);
            cohort.SetEndDate(schedule.EndDate);
            var status = row.Enum<CohortStatus>("status");
            CheckStatus(row, status, start, schedule.EndDate, today);
            // A status only moves forward, so a completed cohort of the seed passes through active.
            if (status == CohortStatus.Completed)
                cohort.ChangeStatus(CohortStatus.Active);
            row.Guard("status", () =>
            {
                cohort.ChangeStatus(status, row.OptionalText("cancellationReason"));
                return status;
            });
            if (!cohorts.TryAdd(cohort.Code, new CohortPlan(cohort, plan, centre, zone, today, schedule.Sessions, teachers, logins, [])))
                throw row.Fail("code", $"another cohort already has the code {cohort.Code}.");
        }
        db.Cohorts.AddRange(cohorts.Values.Select(c => c.Cohort));
        await SaveAsync(cancellationToken);

        await SeedWriter.AddSessionsAsync(db, cohorts.Values, cancellationToken);
        return cohorts;
    }

    private static void CheckStatus(SeedRecord row, CohortStatus status, DateOnly start, DateOnly? end, DateOnly today)
    {
        var problem = status switch
        {
            CohortStatus.Planned when start <= today => $"a planned cohort must start after today, this one starts on {start:yyyy-MM-dd}",
            CohortStatus.Active when start > today || end < today => $"an active cohort must run today, this one runs {start:yyyy-MM-dd} to {end:yyyy-MM-dd}",
            CohortStatus.Completed when end is null || end >= today => $"a completed cohort must have ended before today, this one ends on {end:yyyy-MM-dd}",
            _ => null,
        };
        if (problem is not null)
            throw row.Fail("startWeeksFromToday", problem + "; change the start or the status.");
    }

    private static LectureSlot ParseSlot(SeedRecord row, string text, string field)
    {
        var parts = text.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        var day = parts.Length == 3
            ? Enum.GetValues<DayOfWeek>().Where(d => d.ToString()[..3].Equals(parts[0], StringComparison.OrdinalIgnoreCase)).Cast<DayOfWeek?>().FirstOrDefault()
            : null;
        if (day is null
            || !TimeOnly.TryParseExact(parts[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            || !TimeOnly.TryParseExact(parts[2], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to))
            throw row.Fail(field, $"'{text}' is not a lecture slot like \"Mon 17:30-21:00\".");
        return new LectureSlot(day.Value, from, to);
    }

    private async Task<List<LearnerPlan>> ImportLearnersAsync(string folder, Dictionary<string, CohortPlan> cohorts, Random random, CancellationToken cancellationToken)
    {
        var byEmail = new Dictionary<string, Learner>(StringComparer.OrdinalIgnoreCase);
        var plans = new List<LearnerPlan>();
        var rows = SeedFiles.Csv(folder, "learners.csv", "first_name", "last_name", "email", "phone", "cohort", "pace", "status", "status_week", "status_reason");
        foreach (var row in rows)
        {
            var cohort = row.Lookup("cohort", cohorts, "cohort");
            var email = row.Text("email");
            if (!byEmail.TryGetValue(email, out var learner))
            {
                learner = row.Guard("email", () => new Learner(row.Text("first_name"), row.Text("last_name"), email, row.OptionalText("phone")));
                byEmail.Add(email, learner);
            }
            if (plans.Any(p => p.Learner == learner && p.Cohort == cohort))
                throw row.Fail("email", $"{email} is already enrolled in {cohort.Cohort.Code}.");
            var pace = row.OptionalText("pace") switch
            {
                null or "steady" => LearnerPace.Steady,
                "strong" => LearnerPace.Strong,
                "at-risk" => LearnerPace.AtRisk,
                var other => throw row.Fail("pace", $"'{other}' is not one of: steady, strong, at-risk."),
            };
            var status = row.Enum<EnrolmentStatus>("status");
            CheckEnrolment(row, cohort, status, pace);
            var enrolledOn = Min(cohort.Cohort.StartDate.AddDays(-random.Next(7, 36)), cohort.Today);
            var leftOn = status is EnrolmentStatus.Withdrawn or EnrolmentStatus.Deferred
                ? cohort.Cohort.StartDate.AddDays(7 * (row.Int("status_week", 1, 60) - 1) + 2)
                : (DateOnly?)null;
            plans.Add(new LearnerPlan(learner, cohort, pace, status, row.OptionalText("status_reason"), enrolledOn, leftOn));
        }
        if (rows.Count == 0)
            throw new SeedDataException("learners.csv", 2, "(rows)", "the file has no learners.");
        await SeedWriter.AddLearnersAsync(db, plans, cancellationToken);
        return plans;
    }

    private static void CheckEnrolment(SeedRecord row, CohortPlan cohort, EnrolmentStatus status, LearnerPace pace)
    {
        var state = cohort.Cohort.Status;
        var problem = status switch
        {
            EnrolmentStatus.Graduated or EnrolmentStatus.NotGraduated when state != CohortStatus.Completed =>
                $"only learners of a completed cohort have a graduation decision; {cohort.Cohort.Code} is {state}.",
            EnrolmentStatus.Graduated when pace == LearnerPace.AtRisk => "a graduate cannot have the at-risk pace: the generated history would not meet the criteria.",
            EnrolmentStatus.NotGraduated when pace != LearnerPace.AtRisk => "a learner who did not graduate needs the at-risk pace, so that the history shows why.",
            EnrolmentStatus.Withdrawn or EnrolmentStatus.Deferred when state == CohortStatus.Planned => $"{cohort.Cohort.Code} has not started; leave the learner Enrolled.",
            _ => null,
        };
        if (problem is not null)
            throw row.Fail("status", problem);
        if (status is EnrolmentStatus.Withdrawn or EnrolmentStatus.Deferred)
        {
            var week = row.Int("status_week", 1, 60);
            if (cohort.Cohort.StartDate.AddDays(7 * (week - 1) + 2) >= cohort.Today)
                throw row.Fail("status_week", $"week {week} of {cohort.Cohort.Code} has not passed yet.");
            if (row.OptionalText("status_reason") is null)
                throw row.Fail("status_reason", "say why the learner left.");
        }
        else if (row.OptionalText("status_week") is not null)
        {
            throw row.Fail("status_week", "only a Withdrawn or Deferred learner has a status week.");
        }
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}

public enum LearnerPace
{
    Steady,
    Strong,
    AtRisk,
}

public sealed record ProjectPlan(int ModulePosition, string Title, string Brief, int PassMarkPercent, IReadOnlyList<string> Milestones);

/// <summary>A programme read or made but not saved yet, with its group projects and the team names its cohorts' groups take.</summary>
public sealed record ProgrammeDraft(Programme Programme, IReadOnlyList<ProjectPlan> Projects, IReadOnlyList<string> TeamNames);

public sealed record ProgrammePlan(Programme Programme, IReadOnlyList<ProjectTemplate> Projects, IReadOnlyList<string> TeamNames);

public sealed record SessionPlan(LectureSession Session, DateOnly Date);

/// <summary>A cohort being imported, with what its history is generated from. <see cref="Today"/> is today at the centre.</summary>
public sealed record CohortPlan(
    Cohort Cohort,
    ProgrammePlan Programme,
    TrainingCentre Centre,
    TimeZoneInfo Zone,
    DateOnly Today,
    IReadOnlyList<PlannedSession> Planned,
    IReadOnlyList<Instructor> Instructors,
    IReadOnlyDictionary<int, string> Logins,
    List<SessionPlan> Sessions)
{
    public string LoginOf(int? instructorId) =>
        Logins.TryGetValue(instructorId ?? Instructors[0].Id, out var login) ? login : Instructors[0].Email;
}

/// <summary>
/// One enrolment to write: the learner, how they get on, and where they end up. A withdrawn or deferred learner
/// leaves on <see cref="LeftOn"/>, with <see cref="StatusReason"/>; a graduation decision is made by the history.
/// </summary>
public sealed class LearnerPlan(Learner learner, CohortPlan cohort, LearnerPace pace, EnrolmentStatus status, string? statusReason, DateOnly enrolledOn, DateOnly? leftOn)
{
    public Learner Learner { get; } = learner;
    public CohortPlan Cohort { get; } = cohort;
    public LearnerPace Pace { get; } = pace;
    public EnrolmentStatus Status { get; } = status;
    public string? StatusReason { get; } = statusReason;
    public DateOnly EnrolledOn { get; } = enrolledOn;
    public DateOnly? LeftOn { get; } = leftOn;
    public Enrolment Enrolment { get; set; } = null!;
}
