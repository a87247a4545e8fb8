using System.Diagnostics;
using System.Globalization;
using System.Text;
using Bootcamp.Domain.Centres;
using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Partners;
using Bootcamp.Domain.Programmes;
using Bootcamp.Domain.Scheduling;
using Bootcamp.Web.Features.Centres;
using Bootcamp.Web.Features.Shared;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bootcamp.Web.Data.SeedData;

/// <summary>How big a generated network is: DESIGN.md's five-year network at scale 1, everything in proportion below it.</summary>
public sealed record NetworkSize(double Scale, int Centres, int Programmes, int Partners, int Cohorts, int Learners)
{
    public static NetworkSize For(double scale)
    {
        if (scale is <= 0 or > 1)
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "The scale is more than 0 and at most 1.");
        // A few centres and programmes stay at the smallest scales, so that every country pattern and track still shows.
        return new(scale,
            Math.Max(2, (int)Math.Round(100 * scale)),
            Math.Max(4, (int)Math.Round(40 * scale)),
            Math.Max(1, (int)Math.Round(25 * scale)),
            Math.Max(4, (int)Math.Round(2000 * scale)),
            Math.Max(40, (int)Math.Round(50_000 * scale)));
    }
}

/// <summary>What a generation wrote: rows per table, the database's size in bytes, and how long it took.</summary>
public sealed record NetworkSummary(string Database, IReadOnlyDictionary<string, long> Rows, long Bytes, TimeSpan Elapsed)
{
    public long TotalRows => Rows.Values.Sum();

    public double RowsPerSecond => TotalRows / Math.Max(Elapsed.TotalSeconds, 0.001);
}

/// <summary>
/// Writes a believable multi-country network into a new SQLite file or PostgreSQL database (issue 13, <see cref="NetworkDatabase"/>): centres with their rooms and the
/// public holidays of their country (the PublicHoliday library, as the centre page imports them), forty programmes
/// built on seed-data's four, cohorts over five years in every status with calendars generated around the holidays,
/// learners with paces and what becomes of them, and their history made by <see cref="DemoHistory"/>, the demo's own.
/// Rows go in through <see cref="SeedWriter"/> and <see cref="BulkInsert"/>, the seed import's path, one transaction
/// per batch of cohorts. The same scale on the same day gives the same network: one fixed random seed, and dates
/// anchored to today as in the demo, so active cohorts are mid-programme whenever it is generated.
/// </summary>
public sealed class NetworkGenerator(NetworkDatabase database, TimeProvider clock, TextWriter progress)
{
    public const string DataSetPrefix = "Generated network";
    public const int RandomSeed = 20_261_302;

    /// <summary>Raised with every change that alters what a scale generates, so that a network kept for the bench is made again.</summary>
    public const int Version = 2;
    private const int CohortsPerBatch = 20;

    /// <summary>What a finished network is marked with (<see cref="NetworkDatabase.MarkAsync"/>): a kept network is reused only while all three still hold.</summary>
    public static string Marker(double scale, string lastMigration) =>
        $"generator {Version}, scale {scale.ToString(CultureInfo.InvariantCulture)}, migration {lastMigration}";

    private const double LargestFunderShare = 0.18;

    /// <summary>Learners here log after most evenings rather than once or twice a week as in the demo: DESIGN.md's 7.5 million exercise logs.</summary>
    public static HistoryDensity Density { get; } = new([90, 240, 420], 240);

    private readonly Random _random = new(RandomSeed);
    private readonly CentreClock _centreClock = new(clock);

    /// <summary>
    /// Generates the network into <see cref="database"/>, migrated with its provider's migrations set. What is there
    /// already is replaced only when it is an earlier generated network (<see cref="NetworkDatabase.ClearEarlierAsync"/>).
    /// </summary>
    public async Task<NetworkSummary> GenerateAsync(double scale, string seedFolder, CancellationToken cancellationToken)
    {
        var size = NetworkSize.For(scale);
        await database.ClearEarlierAsync(cancellationToken);
        var watch = Stopwatch.StartNew();
        await using var db = database.Open();
        await db.Database.MigrateAsync(cancellationToken);
        await database.PrepareAsync(db, cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        progress.WriteLine($"Generating a network at scale {scale.ToString(CultureInfo.InvariantCulture)} into {database.Name}: "
            + $"{size.Centres} centres, {size.Programmes} programmes, {size.Cohorts} cohorts, {size.Learners:N0} learners");

        List<TrainingCentre> centres;
        List<ProgrammePlan> programmes;
        Dictionary<int, List<Instructor>> instructors;
        Dictionary<int, string> logins;
        List<Partner> partners;
        await using (var transaction = await WriteTransaction.BeginAsync(db, cancellationToken))
        {
            partners = await AddPartnersAsync(db, size, cancellationToken);
            centres = await AddCentresAsync(db, size, partners, cancellationToken);
            programmes = await SeedWriter.AddProgrammesAsync(db, ProgrammeDrafts(size, seedFolder), cancellationToken);
            instructors = await AddInstructorsAsync(db, centres, cancellationToken);
            logins = await AddAccountsAsync(db, centres, partners, instructors, cancellationToken);
            db.SeedImports.Add(new SeedImport { DataSet = $"{DataSetPrefix}, scale {scale.ToString(CultureInfo.InvariantCulture)}, seed {RandomSeed}", ImportedAtUtc = clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        db.ChangeTracker.Clear();
        progress.WriteLine($"  {centres.Count} centres with {centres.Sum(c => c.Holidays.Count):N0} public holidays, {programmes.Count} programmes, "
            + $"{instructors.Values.Sum(i => i.Count)} instructors, {partners.Count} partners ({watch.Elapsed.TotalSeconds:0.0} s)");

        var cohorts = PlanCohorts(size, centres, programmes, instructors, partners, logins);
        var learners = PlanLearners(size, cohorts);
        var history = new DemoHistory(db, _random, clock.GetUtcNow().UtcDateTime, Density);
        var done = 0;
        foreach (var batch in cohorts.Chunk(CohortsPerBatch))
        {
            await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
            db.Cohorts.AddRange(batch.Select(c => c.Cohort));
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(cancellationToken);
            await SeedWriter.AddSessionsAsync(db, batch, cancellationToken);
            var members = batch.SelectMany(c => learners[c]).ToList();
            await SeedWriter.AddLearnersAsync(db, members, cancellationToken);
            await history.AddAsync(batch.Where(c => c.Cohort.Status != CohortStatus.Cancelled), members, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            done += batch.Length;
            progress.WriteLine($"  {done,5} of {cohorts.Count} cohorts, {history.Rows:N0} history rows, {watch.Elapsed.TotalSeconds:0} s, "
                + $"{history.Rows / Math.Max(watch.Elapsed.TotalSeconds, 0.001):N0} rows/s");
        }

        var rows = await CountRowsAsync(db, cancellationToken);
        progress.WriteLine($"  {rows.Values.Sum():N0} rows in {watch.Elapsed.TotalSeconds:0} s; finishing the database");
        await database.FinishAsync(db, cancellationToken);
        var summary = new NetworkSummary(database.Name, rows, await database.SizeAsync(db, cancellationToken), watch.Elapsed);
        await database.MarkAsync(Marker(scale, db.Database.GetMigrations().Last()), cancellationToken);
        progress.WriteLine($"Done in {summary.Elapsed.TotalSeconds:0.0} s: {summary.TotalRows:N0} rows, {summary.RowsPerSecond:N0} rows/s, "
            + $"{summary.Bytes / 1024.0 / 1024.0:N1} MB ({database.Name})");
        foreach (var (table, count) in rows.Where(r => r.Value > 0).OrderByDescending(r => r.Value))
            progress.WriteLine($"  {table,-28} {count,12:N0}");
        return summary;
    }

    /// <summary>Rows in every table of the model, the tables the migrations made, on either provider.</summary>
    private static async Task<Dictionary<string, long>> CountRowsAsync(BootcampDb db, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<string, long>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        foreach (var table in db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().Order(StringComparer.Ordinal))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM \"{table}\"";
            rows[table] = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }
        await db.Database.CloseConnectionAsync();
        return rows;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private async Task<List<Partner>> AddPartnersAsync(BootcampDb db, NetworkSize size, CancellationToken cancellationToken)
    {
        var partners = NetworkNames.Partners.Take(size.Partners)
            .Select((p, i) => new Partner(p.Name, NetworkNames.Countries[i % NetworkNames.Countries.Length].Code, $"partnerships@{p.Domain}.example"))
            .ToList();
        db.Partners.AddRange(partners);
        await db.SaveChangesAsync(cancellationToken);
        return partners;
    }

    /// <summary>Centres dealt round the countries, each with three to six rooms and its country's public holidays over the network's years.</summary>
    private async Task<List<TrainingCentre>> AddCentresAsync(BootcampDb db, NetworkSize size, List<Partner> partners, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var years = Enumerable.Range(today.Year - 6, 8).ToList();
        var centres = new List<TrainingCentre>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < size.Centres; i++)
        {
            var country = NetworkNames.Countries[i % NetworkNames.Countries.Length];
            var city = country.Cities[i / NetworkNames.Countries.Length % country.Cities.Length];
            var name = $"{city} {NetworkNames.Sites[(i + (i / NetworkNames.Countries.Length)) % NetworkNames.Sites.Length]}";
            for (var n = 2; !names.Add(name); n++)
                name = $"{city} {NetworkNames.Sites[(i + n) % NetworkNames.Sites.Length]}";
            // A quarter of the centres are run by a partner under licence, preferably one of the same country.
            var operatedBy = _random.NextDouble() < 0.25
                ? (partners.FirstOrDefault(p => p.CountryCode == country.Code) ?? Pick(partners)).Id
                : (int?)null;
            var centre = new TrainingCentre(name, city, country.Code, country.TimeZoneId, operatedBy);
            foreach (var room in NetworkNames.RoomNames.Take(3 + _random.Next(4)))
                centre.AddRoom(room, 16 + (4 * _random.Next(4)));
            foreach (var holiday in years.SelectMany(y => HolidayCalendars.For(country.Code, null, y) ?? []))
                centre.AddHoliday(holiday.Name, holiday.Date, holiday.Date, HolidayKind.PublicHoliday);
            centres.Add(centre);
        }
        db.Centres.AddRange(centres);
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
        return centres;
    }

    /// <summary>The catalogue's programmes, each a copy of its seed template's modules, projects, criteria and micro-credential elements.</summary>
    private static List<ProgrammeDraft> ProgrammeDrafts(NetworkSize size, string seedFolder)
    {
        var templates = SeedImporter.ReadProgrammes(seedFolder).ToDictionary(d => d.Programme.Code, StringComparer.Ordinal);
        var drafts = new List<ProgrammeDraft>();
        foreach (var entry in NetworkNames.Programmes.Take(size.Programmes))
        {
            var template = templates[entry.Template];
            var source = template.Programme;
            var programme = new Programme(entry.Code, entry.Name, source.Track, entry.Weeks,
                entry.Code == source.Code ? source.Description : $"{entry.Name}: {source.Description}");
            programme.SetCriteria(source.Criteria);
            programme.SetMicroCredential(source.MicroCredential);
            foreach (var module in source.Modules.OrderBy(m => m.Position))
                programme.AddModule(module.Title, module.PlannedLectureMinutes, module.PlannedExerciseMinutes, module.BadgeName, module.Topics);
            drafts.Add(new ProgrammeDraft(programme, template.Projects, template.TeamNames));
        }
        return drafts;
    }

    /// <summary>Six to fourteen instructors per centre, named as people of its country are.</summary>
    private async Task<Dictionary<int, List<Instructor>>> AddInstructorsAsync(BootcampDb db, List<TrainingCentre> centres, CancellationToken cancellationToken)
    {
        var instructors = new Dictionary<int, List<Instructor>>();
        var emails = new HashSet<string>(StringComparer.Ordinal);
        foreach (var centre in centres)
        {
            var country = CountryOf(centre);
            instructors[centre.Id] = [];
            for (var i = 0; i < 6 + _random.Next(9); i++)
            {
                var (first, last) = (Pick(country.FirstNames), Pick(country.LastNames));
                var email = UniqueEmail(emails, $"{Ascii(first)}.{Ascii(last)}", "bootcamp.local");
                instructors[centre.Id].Add(new Instructor($"{first} {last}", email, centre.Id));
            }
        }
        await BulkInsert.RunAsync(db, instructors.Values.SelectMany(i => i).ToList(), cancellationToken);
        return instructors;
    }

    private static NetworkCountry CountryOf(TrainingCentre centre) =>
        NetworkNames.Countries.First(c => c.Code == centre.CountryCode && c.TimeZoneId == centre.TimeZoneId);

    /// <summary>
    /// An admin, one staff account per centre, one account per partner and one instructor account per centre, all with
    /// the demo password: a generated network is test data, never a real installation. The password is hashed once,
    /// with the app's own hasher and settings, and the hash shared, so that a hundred accounts cost one hashing.
    /// </summary>
    private async Task<Dictionary<int, string>> AddAccountsAsync(BootcampDb db, List<TrainingCentre> centres, List<Partner> partners,
        Dictionary<int, List<Instructor>> instructors, CancellationToken cancellationToken)
    {
        var roles = Roles.All.ToDictionary(r => r, r => new IdentityRole(r) { NormalizedName = r.ToUpperInvariant() });
        db.Roles.AddRange(roles.Values);
        var hasher = new PasswordHasher<AppUser>(Options.Create(new PasswordHasherOptions { IterationCount = AuthServices.PasswordHashIterations }));
        var hash = hasher.HashPassword(new AppUser(), DemoAccounts.Password);
        var logins = instructors.Values.SelectMany(i => i).ToDictionary(i => i.Id, i => i.Email);
        void Add(string email, string name, string role, Action<AppUser>? link = null)
        {
            var user = new AppUser
            {
                UserName = email,
                NormalizedUserName = email.ToUpperInvariant(),
                Email = email,
                NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true,
                DisplayName = name,
                PasswordHash = hash,
                SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant(),
            };
            link?.Invoke(user);
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roles[role].Id });
        }
        Add("admin@bootcamp.local", "Network Admin", Roles.Admin);
        foreach (var centre in centres)
        {
            var slug = Ascii(centre.Name);
            Add($"staff.{slug}@bootcamp.local", $"{centre.Name} staff", Roles.Staff, u => u.Centres.Add(new StaffCentre { UserId = u.Id, CentreId = centre.Id }));
            var instructor = instructors[centre.Id][0];
            Add(instructor.Email, instructor.FullName, Roles.Instructor, u => u.InstructorId = instructor.Id);
        }
        foreach (var partner in partners)
            Add($"partner.{partner.ContactEmail.Split('@')[1].Split('.')[0]}@bootcamp.local", partner.Name, Roles.Partner, u => u.PartnerId = partner.Id);
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
        return logins;
    }

    private enum CohortFate
    {
        Completed,
        Active,
        Planned,
        Cancelled,
    }

    /// <summary>
    /// Cohorts over the five years up to today and half a year ahead. The statuses are dealt first (a share of each,
    /// at least one), then each cohort gets a start that makes it so; its calendar is generated around the centre's
    /// holidays, and the status is read back from the calendar's dates.
    /// </summary>
    private List<CohortPlan> PlanCohorts(NetworkSize size, List<TrainingCentre> centres, List<ProgrammePlan> programmes,
        Dictionary<int, List<Instructor>> instructors, List<Partner> partners, Dictionary<int, string> logins)
    {
        var cancelled = Math.Max(1, (int)Math.Round(size.Cohorts * 0.04));
        var planned = Math.Max(1, (int)Math.Round(size.Cohorts * 0.08));
        var active = Math.Max(1, (int)Math.Round(size.Cohorts * 0.15));
        var fates = Enumerable.Repeat(CohortFate.Cancelled, cancelled).Concat(Enumerable.Repeat(CohortFate.Planned, planned))
            .Concat(Enumerable.Repeat(CohortFate.Active, active))
            .Concat(Enumerable.Repeat(CohortFate.Completed, Math.Max(1, size.Cohorts - cancelled - planned - active)))
            .Take(size.Cohorts).OrderBy(_ => _random.Next()).ToList();
        var sequence = new Dictionary<string, int>(StringComparer.Ordinal);
        var cohorts = new List<CohortPlan>();
        foreach (var fate in fates)
        {
            var centre = Pick(centres);
            var programme = Pick(programmes);
            var zone = TimeZoneInfo.FindSystemTimeZoneById(centre.TimeZoneId);
            var today = _centreClock.Today(zone);
            var weeks = programme.Programme.DurationWeeks;
            var startWeeks = fate switch
            {
                CohortFate.Completed => -_random.Next(weeks + 10, 255),
                CohortFate.Active => -_random.Next(1, weeks - 4),
                CohortFate.Planned => _random.Next(2, 26),
                _ => _random.Next(-200, 20),
            };
            var pattern = Pick(NetworkNames.Patterns);
            var start = today.AddDays(7 * startWeeks);
            while (start.DayOfWeek != pattern[0].Day)
                start = start.AddDays(1);
            var prefix = $"{Ascii(centre.City)[..3].ToUpperInvariant()}-{programme.Programme.Code}";
            sequence[prefix] = sequence.GetValueOrDefault(prefix) + 1;
            var room = Pick(centre.Rooms);
            var cohort = new Cohort($"{prefix}-{start:yy}{sequence[prefix]:00}", programme.Programme.Id, centre.Id, start, room.Capacity, pattern);
            cohort.Update(cohort.Code, start, room.Capacity, room.Id, pattern);
            var teachers = instructors[centre.Id].OrderBy(_ => _random.Next()).Take(1 + _random.Next(3)).ToList();
            cohort.SetInstructors(teachers.Select(t => t.Id));
            // A local sponsor for three cohorts in ten; the first partner, the network's largest funder, also sponsors about
            // nearly one cohort in five anywhere, so that one partner's pages and exports span some four hundred cohorts at scale 1.
            var sponsors = new HashSet<int>();
            if (_random.NextDouble() < 0.3)
                sponsors.Add((partners.FirstOrDefault(p => p.CountryCode == centre.CountryCode && p.Id != centre.OperatorPartnerId) ?? Pick(partners)).Id);
            if (_random.NextDouble() < LargestFunderShare)
                sponsors.Add(partners[0].Id);
            cohort.SetSponsors(sponsors);
            IReadOnlyList<PlannedSession> sessions = [];
            if (fate == CohortFate.Cancelled)
            {
                cohort.ChangeStatus(CohortStatus.Cancelled, Pick(NetworkNames.CancellationReasons));
            }
            else
            {
                var modules = programme.Programme.Modules.OrderBy(m => m.Position).ToList();
                var schedule = ScheduleGenerator.Generate(
                    [.. modules.Select(m => new ModulePlan(m.Id, m.Title, m.PlannedLectureMinutes, m.Topics))],
                    pattern, start, zone, date => centre.Holidays.FirstOrDefault(h => h.Covers(date))?.Name);
                cohort.SetEndDate(schedule.EndDate);
                sessions = schedule.Sessions;
                if (start <= today)
                    cohort.ChangeStatus(CohortStatus.Active);
                if (schedule.EndDate < today)
                    cohort.ChangeStatus(CohortStatus.Completed);
            }
            cohorts.Add(new CohortPlan(cohort, programme, centre, zone, today, sessions, teachers, logins, []));
        }
        return cohorts;
    }

    /// <summary>
    /// Learners shared out over the cohorts that take them, by room size and how far enrolment has got (a planned
    /// cohort is still filling), to the exact total of the scale. Paces: a quarter strong, one in seven at risk.
    /// </summary>
    private Dictionary<CohortPlan, List<LearnerPlan>> PlanLearners(NetworkSize size, List<CohortPlan> cohorts)
    {
        var open = cohorts.Where(c => c.Cohort.Status != CohortStatus.Cancelled).ToList();
        var weights = open.Select(c => c.Cohort.Capacity * (c.Cohort.Status == CohortStatus.Planned ? 0.5 : 1.0) * (0.8 + (0.2 * _random.NextDouble()))).ToList();
        var total = weights.Sum();
        var counts = weights.Select(w => (int)Math.Floor(size.Learners * w / total)).ToList();
        for (var i = 0; counts.Sum() < size.Learners; i = (i + 1) % counts.Count)
            counts[i]++;
        var emails = new HashSet<string>(StringComparer.Ordinal);
        var learners = cohorts.ToDictionary(c => c, _ => new List<LearnerPlan>());
        for (var c = 0; c < open.Count; c++)
        {
            var cohort = open[c];
            var country = CountryOf(cohort.Centre);
            for (var i = 0; i < counts[c]; i++)
                learners[cohort].Add(PlanLearner(cohort, country, emails));
        }
        return learners;
    }

    private LearnerPlan PlanLearner(CohortPlan cohort, NetworkCountry country, HashSet<string> emails)
    {
        var (first, last) = (Pick(country.FirstNames), Pick(country.LastNames));
        var email = UniqueEmail(emails, $"{Ascii(first)}.{Ascii(last)}", Pick(["example.com", "example.net", "example.org"]));
        var phone = _random.Next(3) == 0 ? null : $"{country.DialCode} {_random.Next(100, 999)} {_random.Next(1000, 9999)} {_random.Next(100, 999)}";
        var learner = new Learner(first, last, email, phone);
        var roll = _random.NextDouble();
        var pace = roll < 0.25 ? LearnerPace.Strong : roll < 0.86 ? LearnerPace.Steady : LearnerPace.AtRisk;
        var start = cohort.Cohort.StartDate;
        var enrolledOn = Min(start.AddDays(-_random.Next(7, 36)), cohort.Today);
        var weeksRun = (Min(cohort.Cohort.EndDate ?? start, cohort.Today).DayNumber - start.DayNumber) / 7;
        var status = cohort.Cohort.Status switch
        {
            CohortStatus.Completed => pace == LearnerPace.AtRisk ? EnrolmentStatus.NotGraduated : EnrolmentStatus.Graduated,
            _ => EnrolmentStatus.Enrolled,
        };
        var leaving = _random.NextDouble();
        if (cohort.Cohort.Status is CohortStatus.Active or CohortStatus.Completed && weeksRun >= 4 && leaving < 0.08)
        {
            // Learners leave in the first weeks more often than later; the day is always in the past.
            var week = 2 + (int)Math.Floor(Math.Pow(_random.NextDouble(), 2) * (weeksRun - 3));
            var leftOn = start.AddDays((7 * (week - 1)) + 2);
            var deferred = leaving < 0.015;
            return new LearnerPlan(learner, cohort, pace, deferred ? EnrolmentStatus.Deferred : EnrolmentStatus.Withdrawn,
                Pick(deferred ? NetworkNames.DeferralReasons : NetworkNames.WithdrawalReasons), enrolledOn, leftOn);
        }
        return new LearnerPlan(learner, cohort, pace, status, null, enrolledOn, null);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static string UniqueEmail(HashSet<string> taken, string local, string domain)
    {
        var email = $"{local}@{domain}";
        for (var n = 2; !taken.Add(email); n++)
            email = $"{local}{n}@{domain}";
        return email;
    }

    /// <summary>Names as an e-mail address or a code can carry them: lower case, accents dropped, spaces and apostrophes out.</summary>
    private static string Ascii(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Replace("ß", "ss").Replace("ø", "o").Replace("ł", "l").Replace("Ł", "L").Replace("ı", "i").Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
                builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}

