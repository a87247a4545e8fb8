using System.Globalization;
using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Logging;
using Bootcamp.Domain.Progress;
using Bootcamp.Web.Data;
using Bootcamp.Web.Data.Configurations;
using Bootcamp.Web.Features.Cohorts;
using Bootcamp.Web.Features.ExerciseHours;
using Bootcamp.Web.Features.Progress;
using Bootcamp.Web.Features.Shared;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Bootcamp.Benchmarks.Logging;

/// <summary>
/// The yardstick for EF Core: the cohort page's reads and the weekly grid's save done with hand-written SQL over
/// Microsoft.Data.Sqlite, in the same app, behind the same authentication, scope and anti-forgery filters, with the
/// same model binding, domain rules and Razor views. Only the data access differs, so the EF/raw ratio says what the
/// convenience costs. It lives here, not in the app: nothing in the product calls it.
/// </summary>
[Authorize(Roles = Roles.AdminOrStaff + "," + Roles.Instructor)]
public sealed class RawLoggingController(UserScope scope, IConfiguration configuration, IWebHostEnvironment environment) : Controller
{
    [HttpGet("/bench/raw/cohorts/{id:int}")]
    public async Task<IActionResult> Cohort(int id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var cohort = await FindAsync(connection, id, cancellationToken);
        if (cohort is null)
            return NotFound();
        var facts = await RawSql.ReadAsync(connection, """
            SELECT p.Name, p.Code, ct.Name, c.Capacity, c.Pattern,
                   (SELECT r.Name FROM Rooms r WHERE r.Id = c.DefaultRoomId),
                   (SELECT group_concat(Name, char(31)) FROM (SELECT i.FullName AS Name FROM Instructors i JOIN CohortInstructors ci ON ci.InstructorId = i.Id WHERE ci.CohortId = c.Id ORDER BY i.FullName)),
                   (SELECT group_concat(Name, char(31)) FROM (SELECT pa.Name AS Name FROM Partners pa JOIN CohortSponsors cs ON cs.PartnerId = pa.Id WHERE cs.CohortId = c.Id ORDER BY pa.Name))
            FROM Cohorts c JOIN Programmes p ON p.Id = c.ProgrammeId JOIN Centres ct ON ct.Id = c.CentreId
            WHERE c.Id = $id
            """, r => new
            {
                Programme = r.GetString(0), ProgrammeCode = r.GetString(1), Centre = r.GetString(2), Capacity = r.GetInt32(3),
                Pattern = PatternWords.Describe(PatternText.Parse(r.GetString(4))),
                Room = r.IsDBNull(5) ? null : r.GetString(5), Instructors = Names(r, 6), Sponsors = Names(r, 7),
            }, cancellationToken, ("$id", id));
        var learners = await RawSql.ReadAsync(connection, """
            SELECT e.Id, l.Id, l.FirstName || ' ' || l.LastName, l.Email, e.Status, e.EnrolledOn, e.StatusChangedOn, e.StatusReason
            FROM Enrolments e JOIN Learners l ON l.Id = e.LearnerId
            WHERE e.CohortId = $id
            ORDER BY CASE WHEN e.Status = 'Withdrawn' THEN 1 ELSE 0 END, l.LastName, l.FirstName
            """, r => new CohortLearnerRow(r.GetInt32(0), r.GetInt32(1), r.GetString(2), r.GetString(3), Enum.Parse<EnrolmentStatus>(r.GetString(4)),
                DateOnly.Parse(r.GetString(5), CultureInfo.InvariantCulture), r.IsDBNull(6) ? null : DateOnly.Parse(r.GetString(6), CultureInfo.InvariantCulture),
                r.IsDBNull(7) ? null : r.GetString(7)), cancellationToken, ("$id", id));
        var progress = await RawProgressQuery.LoadAsync(connection, cohort, DateTime.UtcNow, cancellationToken);

        var f = facts[0];
        return View("~/Features/Cohorts/Details.cshtml", new CohortDetailsViewModel(
            cohort.Id, cohort.Code, f.Programme, f.ProgrammeCode, f.Centre, cohort.TimeZoneId, cohort.Status, cohort.StartDate, cohort.EndDate,
            f.Pattern, f.Room, f.Instructors, f.Sponsors, f.Capacity, learners, scope.CanManageCentre(cohort.CentreId),
            CohortProgressViewModel.From(cohort.Id, progress, ProgressViewer.Of(scope))));
    }

    private static IReadOnlyList<string> Names(SqliteDataReader r, int column) => r.IsDBNull(column) ? [] : r.GetString(column).Split('\u001f');

    /// <summary>What <c>ExerciseHoursController.Week</c> (post) does: read the cells, check the rules, write hours and audit in one transaction.</summary>
    [HttpPost("/bench/raw/cohorts/{id:int}/week")]
    public async Task<IActionResult> Week(int id, DateOnly week, [Bind(Prefix = "Form")] GridForm form, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var cohort = await FindAsync(connection, id, cancellationToken);
        if (cohort is null)
            return NotFound();
        if (!ModelState.IsValid)
            return BadRequest();
        var monday = WeeklyHours.MondayOf(week);
        var description = form.Description ?? "";
        var who = User.Identity!.Name!;
        var now = DateTime.UtcNow;
        var today = new CentreClock(TimeProvider.System).Today(cohort.TimeZone);

        var learners = await RawSql.ReadAsync(connection, """
            SELECT e.LearnerId, l.FirstName || ' ' || l.LastName, e.EnrolledOn, e.Status, e.StatusChangedOn
            FROM Enrolments e JOIN Learners l ON l.Id = e.LearnerId WHERE e.CohortId = $id ORDER BY e.LearnerId, e.EnrolledOn DESC
            """, r => (Id: r.GetInt32(0), Name: r.GetString(1), Period: RawSql.Period(r, 2)), cancellationToken, ("$id", id));
        var byId = learners.GroupBy(l => l.Id).ToDictionary(g => g.Key, g => new LoggableLearner(g.First().Name, g.First().Period));
        var modules = await RawSql.ReadAsync(connection, "SELECT Id, Title FROM Modules WHERE ProgrammeId = $p ORDER BY Position",
            r => (Id: r.GetInt32(0), Title: r.GetString(1)), cancellationToken, ("$p", cohort.ProgrammeId));
        var titles = modules.ToDictionary(m => m.Id, m => m.Title);

        var entries = new List<ExerciseEntry>();
        foreach (var learnerId in byId.Keys.Order())
        {
            for (var day = monday; day < monday.AddDays(7); day = day.AddDays(1))
            {
                if (HoursText.Read(form.Hours.GetValueOrDefault(GridForm.Key(learnerId, day))).Minutes is { } minutes)
                {
                    if (form.Modules.GetValueOrDefault(learnerId) is not { } moduleId || form.Kinds.GetValueOrDefault(learnerId) is not { } kind)
                        return BadRequest();
                    entries.Add(new ExerciseEntry(learnerId, moduleId, day, minutes, kind));
                }
            }
        }
        var noStored = new Dictionary<LearnerDay, int>();
        if (entries.Count == 0 || ExerciseEntryRules.CheckBatch(entries, Context(cohort, today, titles, byId, noStored)).Count > 0)
            return BadRequest();

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var ids = string.Join(',', entries.Select(x => x.LearnerId).Distinct());
        var stored = (await RawSql.ReadAsync(connection, $"""
            SELECT LearnerId, Date, SUM(Minutes) FROM ExerciseLogs
            WHERE LearnerId IN ({ids}) AND Date >= $first AND Date <= $last GROUP BY LearnerId, Date
            """, r => (Day: new LearnerDay(r.GetInt32(0), DateOnly.Parse(r.GetString(1), CultureInfo.InvariantCulture)), Minutes: r.GetInt32(2)),
            cancellationToken, ("$first", entries.Min(x => x.Date)), ("$last", entries.Max(x => x.Date))))
            .ToDictionary(x => x.Day, x => x.Minutes);
        if (ExerciseEntryRules.CheckBatch(entries, Context(cohort, today, titles, byId, stored)).Count > 0)
            return BadRequest();

        await using var insertLog = connection.CreateCommand();
        insertLog.CommandText = """
            INSERT INTO ExerciseLogs (CohortId, LearnerId, ModuleId, Date, Minutes, Kind, ProjectGroupId, GroupEntryId, Description, LoggedBy, LoggedAtUtc, Version)
            VALUES ($cohort, $learner, $module, $date, $minutes, $kind, NULL, NULL, $description, $who, $at, 0) RETURNING Id
            """;
        var logParameters = new[] { "$cohort", "$learner", "$module", "$date", "$minutes", "$kind", "$description", "$who", "$at" }
            .ToDictionary(n => n, n => insertLog.Parameters.Add(new SqliteParameter { ParameterName = n }));
        await using var insertAudit = connection.CreateCommand();
        insertAudit.CommandText = """
            INSERT INTO AuditEntries (CohortId, LearnerId, SessionId, Record, RecordId, Action, OldValue, NewValue, Reason, ChangedBy, ChangedAtUtc)
            VALUES ($cohort, $learner, NULL, 'ExerciseLog', $record, 'Created', NULL, $new, NULL, $who, $at)
            """;
        var auditParameters = new[] { "$cohort", "$learner", "$record", "$new", "$who", "$at" }
            .ToDictionary(n => n, n => insertAudit.Parameters.Add(new SqliteParameter { ParameterName = n }));
        foreach (var entry in entries)
        {
            // The same domain object and audit wording as the app; only the writing differs.
            var log = new ExerciseLog(cohort.Id, entry.LearnerId, entry.ModuleId, entry.Date, entry.Minutes, entry.Kind, null, null, description, who, now);
            logParameters["$cohort"].Value = cohort.Id;
            logParameters["$learner"].Value = entry.LearnerId;
            logParameters["$module"].Value = entry.ModuleId;
            logParameters["$date"].Value = entry.Date;
            logParameters["$minutes"].Value = entry.Minutes;
            logParameters["$kind"].Value = entry.Kind.ToString();
            logParameters["$description"].Value = description;
            logParameters["$who"].Value = who;
            logParameters["$at"].Value = now;
            var logId = Convert.ToInt32(await insertLog.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            auditParameters["$cohort"].Value = cohort.Id;
            auditParameters["$learner"].Value = entry.LearnerId;
            auditParameters["$record"].Value = logId;
            auditParameters["$new"].Value = AuditTrail.Describe(log, titles[entry.ModuleId]);
            auditParameters["$who"].Value = who;
            auditParameters["$at"].Value = now;
            await insertAudit.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        TempData["Flash"] = $"Saved {entries.Count} entries, {Hours.Number(entries.Sum(x => x.Minutes))} h in all.";
        return Redirect($"/ExerciseHours/Cohorts/{id}/Week?week={monday:yyyy-MM-dd}");
    }

    private static LoggingContext Context(LoggingCohort cohort, DateOnly today, Dictionary<int, string> modules,
        Dictionary<int, LoggableLearner> learners, Dictionary<LearnerDay, int> stored) =>
        new(today, cohort.StartDate, cohort.EndDate, modules.Keys.ToHashSet(), learners, stored);

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(DataServices.ConnectionString(configuration, environment));
        await connection.OpenAsync(cancellationToken);
        await SqlitePragmas.ApplyAsync(connection, cancellationToken);
        return connection;
    }

    /// <summary>The cohort if the user's scope holds it, with the same rule as <see cref="UserScope.Cohorts"/> for logging roles.</summary>
    private async Task<LoggingCohort?> FindAsync(SqliteConnection connection, int id, CancellationToken cancellationToken)
    {
        var found = await RawSql.ReadAsync(connection, """
            SELECT c.Id, c.Code, c.ProgrammeId, c.CentreId, ct.TimeZoneId, c.StartDate, c.EndDate, c.Status,
                   EXISTS (SELECT 1 FROM CohortInstructors ci WHERE ci.CohortId = c.Id AND ci.InstructorId = $instructor)
            FROM Cohorts c JOIN Centres ct ON ct.Id = c.CentreId WHERE c.Id = $id
            """, r => (Cohort: new LoggingCohort(r.GetInt32(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetString(4),
                DateOnly.Parse(r.GetString(5), CultureInfo.InvariantCulture), r.IsDBNull(6) ? null : DateOnly.Parse(r.GetString(6), CultureInfo.InvariantCulture),
                Enum.Parse<Bootcamp.Domain.Cohorts.CohortStatus>(r.GetString(7))), Teaches: r.GetBoolean(8)),
            cancellationToken, ("$id", id), ("$instructor", (object?)scope.InstructorId ?? DBNull.Value));
        if (found.Count == 0)
            return null;
        var (cohort, teaches) = found[0];
        return scope.IsAdmin || (scope.IsStaff && scope.StaffCentreIds.Contains(cohort.CentreId)) || (scope.IsInstructor && teaches) ? cohort : null;
    }
}
