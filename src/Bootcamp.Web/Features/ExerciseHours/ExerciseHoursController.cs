using System.Text;
using Bootcamp.Domain.Common;
using Bootcamp.Domain.Logging;
using Bootcamp.Domain.Scheduling;
using Bootcamp.Domain.Progress;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Shared;
using Bootcamp.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.ExerciseHours;

public sealed record EntryRow(int Id, DateOnly Date, string Learner, int LearnerId, string Module, int Minutes, ExerciseKind Kind, string? Group, string Description, string LoggedBy);

public sealed record LearnerTotal(int Id, string Name, string Status, int Minutes);

public sealed record HoursIndexViewModel(LoggingCohort Cohort, IReadOnlyList<LearnerTotal> Learners, IReadOnlyList<EntryRow> Recent);

public sealed record LogViewModel(LoggingCohort Cohort, LogForm Form, IReadOnlyList<LearnerOption> Learners, IReadOnlyList<GroupOption> Groups, IReadOnlyList<ModuleOption> Modules, DateOnly Today);

public sealed record GridViewModel(LoggingCohort Cohort, DateOnly Week, IReadOnlyList<DateOnly> Days, IReadOnlyList<LearnerOption> Learners,
    IReadOnlyDictionary<LearnerDay, int> Logged, IReadOnlyList<ModuleOption> Modules, GridForm Form, DateOnly Today);

public sealed record HoursImportViewModel(LoggingCohort Cohort, ImportForm Form, IReadOnlyList<CsvHoursRow> Rows, string? FileProblem, IReadOnlyList<ModuleOption> Modules)
{
    public bool Checked => Rows.Count > 0 || FileProblem is not null;
    public bool AllGood => FileProblem is null && Rows.Count > 0 && Rows.All(r => r.Problems.Count == 0);
}

/// <summary><paramref name="GroupRows"/> counts the rows one group entry made, this one included; 1 for a solo entry.</summary>
public sealed record EditViewModel(LoggingCohort Cohort, int Id, string Learner, string? Group, int GroupRows, EditForm Form, IReadOnlyList<ModuleOption> Modules, string LastChange);

public sealed record LearnerHistoryViewModel(LoggingCohort Cohort, LearnerOption Learner, IReadOnlyList<EntryRow> Entries, IReadOnlyList<AuditRow> Audit);

[Authorize(Roles = Roles.AdminOrStaff + "," + Roles.Instructor)]
public sealed class ExerciseHoursController(BootcampDb db, UserScope scope, TimeProvider clock, IConfiguration configuration) : Controller
{
    /// <summary>Pages show a view model whose <c>Form</c> property is what is posted back, so inputs are named Form.X.</summary>
    private const string FormPrefix = "Form";

    private ExerciseHoursQuery Query => new(db);
    private string Who => User.Identity!.Name!;

    [HttpGet("/ExerciseHours/Cohorts/{cohortId:int}")]
    public async Task<IActionResult> Index(int cohortId, CancellationToken cancellationToken)
    {
        var cohort = await LoggingCohort.FindAsync(scope, db, cohortId, cancellationToken);
        if (cohort is null)
            return NotFound();
        var learners = await Query.LearnersAsync(cohort, cancellationToken);
        var totals = await db.ExerciseLogs.AsNoTracking().Where(e => e.CohortId == cohortId)
            .GroupBy(e => e.LearnerId).Select(g => new { g.Key, Minutes = g.Sum(e => e.Minutes) })
            .ToDictionaryAsync(g => g.Key, g => g.Minutes, cancellationToken);
        var rows = learners.Select(l => new LearnerTotal(l.Id, l.Name, l.Enrolment.Status.ToString(), totals.GetValueOrDefault(l.Id))).ToList();
        var recent = await EntriesAsync(db.ExerciseLogs.Where(e => e.CohortId == cohortId), 30, cancellationToken);
        return View(new HoursIndexViewModel(cohort, rows, recent));
    }

    [HttpGet("/ExerciseHours/Cohorts/{cohortId:int}/Log")]
    public async Task<IActionResult> Log(int cohortId, int? learnerId, CancellationToken cancellationToken)
    {
        var cohort = await LoggingCohort.FindAsync(scope, db, cohortId, cancellationToken);
        if (cohort is null)
            return NotFound();
        var form = new LogForm
        {
            Date = cohort.Today(clock),
            Kind = ExerciseKind.Solo,
            Who = learnerId is null ? null : LogForm.LearnerPrefix + learnerId,
        };
        return View(await LogModelAsync(cohort, form, cancellationToken));
    }

    [HttpPost("/ExerciseHours/Cohorts/{cohortId:int}/Log")]
    public async Task<IActionResult> Log(int cohortId, [Bind(Prefix = FormPrefix)] LogForm form, CancellationToken cancellationToken)
    {
        var cohort = await LoggingCohort.FindAsync(scope, db, cohortId, cancellationToken);
        if (cohort is null)
            return NotFound();
        if (!ModelState.IsValid)
            return View(await LogModelAsync(cohort, form, cancellationToken));
        var learnerList = await Query.LearnersAsync(cohort, cancellationToken);
        var learners = learnerList.ToDictionary(l => l.Id);
        var minutes = HoursText.Minutes(form.Hours)!.Value;
        var batch = new List<NewHours>();
        GroupOption? group = null;
        if (form.GroupId is { } groupId)
        {
            group = (await Query.GroupsAsync(cohort, cancellationToken)).FirstOrDefault(g => g.Id == groupId);
            if (group is null || group.MemberIds.Count == 0)
            {
                ModelState.AddModelError(Key(nameof(LogForm.Who)), "This project group has no members in the cohort.");
                return View(await LogModelAsync(cohort, form, cancellationToken));
            }
            var entryId = Guid.NewGuid();
            batch.AddRange(group.MemberIds.Select(id =>
                new NewHours(new ExerciseEntry(id, form.ModuleId!.Value, form.Date!.Value, minutes, ExerciseKind.Group), form.Description!, groupId, entryId)));
        }
        else
        {
            batch.Add(new NewHours(new ExerciseEntry(form.LearnerId!.Value, form.ModuleId!.Value, form.Date!.Value, minutes, form.Kind!.Value), form.Description!, null, null));
        }
        var problems = await Writer(cohort, learnerList, await Query.ModulesAsync(cohort, cancellationToken)).AddAsync(batch, cancellationToken);
        if (problems.Count > 0)
        {
            foreach (var problem in problems.DistinctBy(p => (p.Field, p.Message)))
            {
                var learnerId = batch[problem.Index].Entry.LearnerId;
                var name = learners.TryGetValue(learnerId, out var l) ? l.Name : "A member";
                var message = group is not null && !problem.Message.Contains(name, StringComparison.Ordinal) ? $"{name}: {problem.Message}" : problem.Message;
                ModelState.AddModelError(Key(LogField(problem.Field)), message);
            }
            return View(await LogModelAsync(cohort, form, cancellationToken));
        }
        TempData["Flash"] = group is null
            ? $"Logged {Hours.Number(minutes)} h for {learners[form.LearnerId!.Value].Name}."
            : $"Logged {Hours.Number(minutes)} h for each of the {batch.Count} members of {group.Name}.";
        return Redirect($"/ExerciseHours/Cohorts/{cohortId}/Log");
    }

    [HttpGet("/ExerciseHours/Cohorts/{cohortId:int}/Week")]
    public async Task<IActionResult> Week(int cohortId, DateOnly? week, CancellationToken cancellationToken)
    {
        var cohort = await LoggingCohort.FindAsync(scope, db, cohortId, cancellationToken);
        if (cohort is null)
            return NotFound();
        var monday = WeeklyHours.MondayOf(week ?? cohort.Today(clock));
        var modules = await Query.ModulesAsync(cohort, cancellationToken);
        var (weekStartUtc, weekEndUtc) = (ScheduleGenerator.ToUtc(monday, TimeOnly.MinValue, cohort.TimeZone), ScheduleGenerator.ToUtc(monday.AddDays(7), TimeOnly.MinValue, cohort.TimeZone));
        var sessionModule = await db.Sessions.AsNoTracking()
            .Where(s => s.CohortId == cohortId && s.StartUtc >= weekStartUtc && s.StartUtc < weekEndUtc)
            .OrderBy(s => s.StartUtc)
            .Select(s => (int?)s.ModuleId).FirstOrDefaultAsync(cancellationToken);
        var form = new GridForm { ModuleId = sessionModule ?? modules.FirstOrDefault()?.Id, Description = "Hands-on exercises" };
        return View(await GridModelAsync(cohort, monday, form, cancellationToken));
    }

    [HttpPost("/ExerciseHours/Cohorts/{cohortId:int}/Week")]
    public async Task<IActionResult> Week(int cohortId, DateOnly week, [Bind(Prefix = FormPrefix)] GridForm form, CancellationToken cancellationToken)
    {
        var cohort = await LoggingCohort.FindAsync(scope, db, cohortId, cancellationToken);
        if (cohort is null)
            return NotFound();
        var monday = WeeklyHours.MondayOf(week);
        var learners = await Query.LearnersAsync(cohort, cancellationToken);
        var cells = new List<(string Field, NewHours Hours)>();
        foreach (var learner in learners)
        {
            for (var day = monday; day < monday.AddDays(7); day = day.AddDays(1))
            {
                var minutes = HoursText.Minutes(form.Hours.GetValueOrDefault(GridForm.Key(learner.Id, day)));
                if (minutes is null)
                    continue;
                if (minutes == int.MinValue)
                {
                    ModelState.AddModelError(GridForm.Field(learner.Id, day), HoursText.NotANumber);
                    continue;
                }
                cells.Add((GridForm.Field(learner.Id, day),
                    new NewHours(new ExerciseEntry(learner.Id, form.ModuleId ?? 0, day, minutes.Value, form.Kind), form.Description ?? "", null, null)));
            }
        }
        if (cells.Count == 0 && ModelState.IsValid)
            ModelState.AddModelError("", "Type the hours in at least one cell.");
        if (!ModelState.IsValid)
            return View(await GridModelAsync(cohort, monday, form, cancellationToken));
        var modules = await Query.ModulesAsync(cohort, cancellationToken);
        var problems = await Writer(cohort, learners, modules).AddAsync([.. cells.Select(c => c.Hours)], cancellationToken);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                var key = problem.Field == nameof(ExerciseEntry.ModuleId) ? Key(nameof(GridForm.ModuleId)) : cells[problem.Index].Field;
                if (ModelState[key]?.Errors.Any(e => e.ErrorMessage == problem.Message) != true)
                    ModelState.AddModelError(key, problem.Message);
            }
            ModelState.AddModelError("", "Nothing was saved: correct the cells marked below and save again.");
            return View(await GridModelAsync(cohort, monday, form, cancellationToken));
        }
        TempData["Flash"] = $"Saved {cells.Count} entries, {Hours.Number(cells.Sum(c => c.Hours.Entry.Minutes))} h in all.";
        return Redirect($"/ExerciseHours/Cohorts/{cohortId}/Week?week={monday:yyyy-MM-dd}");
    }

    [HttpGet("/ExerciseHours/Cohorts/{cohortId:int}/Import")]
    public async Task<IActionResult> Import(int cohortId, CancellationToken cancellationToken)
    {
        var cohort = await LoggingCohort.FindAsync(scope, db, cohortId, cancellationToken);
        if (cohort is null)
            return NotFound();
        return View(new HoursImportViewModel(cohort, new ImportForm(), [], null, await Query.ModulesAsync(cohort, cancellationToken)));
    }

    [HttpGet("/ExerciseHours/Cohorts/{cohortId:int}/Import/Sample")]
    public async Task<IActionResult> Sample(int cohortId, CancellationToken cancellationToken)
    {
        var cohort = await LoggingCohort.FindAsync(scope, db, cohortId, cancellationToken);
        if (cohort is null)
            return NotFound();
        var day = cohort.Today(clock).AddDays(-1);
        var learners = (await Query.LearnersAsync(cohort, cancellationToken)).Where(l => l.Enrolment.Covers(day)).ToList();
        var modules = await Query.ModulesAsync(cohort, cancellationToken);
        var text = HoursCsv.Sample(learners, modules, day);
        return File(Encoding.UTF8.GetBytes(text), "text/csv", $"hours-{cohort.Code}-sample.csv");
    }

    [HttpPost("/ExerciseHours/Cohorts/{cohortId:int}/Import")]
    [RequestSizeLimit(2_000_000)]
    public async Task<IActionResult> Import(int cohortId, [Bind(Prefix = FormPrefix)] ImportForm form, CancellationToken cancellationToken)
    {
        var cohort = await LoggingCohort.FindAsync(scope, db, cohortId, cancellationToken);
        if (cohort is null)
            return NotFound();
        var modules = await Query.ModulesAsync(cohort, cancellationToken);
        if (form.File is { Length: > 0 })
        {
            using var reader = new StreamReader(form.File.OpenReadStream(), Encoding.UTF8);
            form.Csv = await reader.ReadToEndAsync(cancellationToken);
        }
        if (string.IsNullOrWhiteSpace(form.Csv))
        {
            ModelState.AddModelError(Key(nameof(ImportForm.File)), "Choose a CSV file or paste its text.");
            return View(new HoursImportViewModel(cohort, form, [], null, modules));
        }
        var learners = await Query.LearnersAsync(cohort, cancellationToken);
        var rows = HoursCsv.Read(form.Csv, learners, modules, out var fileProblem);
        var readable = rows.Where(r => r.Hours is not null).ToList();
        var writer = Writer(cohort, learners, modules);
        if (fileProblem is null && readable.Count == rows.Count && form.Command == "Import")
        {
            var problems = await writer.AddAsync([.. readable.Select(r => r.Hours!)], cancellationToken);
            if (problems.Count == 0)
            {
                TempData["Flash"] = $"Imported {rows.Count} rows, {Hours.Number(rows.Sum(r => r.Hours!.Entry.Minutes))} h in all.";
                return Redirect($"/ExerciseHours/Cohorts/{cohortId}");
            }
            AddProblems(readable, problems);
        }
        else if (readable.Count > 0)
        {
            // A preview checks the readable rows against the rules and the stored hours without writing anything.
            var context = await Query.ContextAsync(cohort, cohort.Today(clock),
                [.. readable.Select(r => new LearnerDay(r.Hours!.Entry.LearnerId, r.Hours.Entry.Date)).Distinct()], learners, modules, [], cancellationToken);
            AddProblems(readable, ExerciseEntryRules.CheckBatch([.. readable.Select(r => r.Hours!.Entry)], context));
        }
        return View(new HoursImportViewModel(cohort, form, rows, fileProblem, modules));

        static void AddProblems(List<CsvHoursRow> readable, IReadOnlyList<EntryProblem> problems)
        {
            foreach (var problem in problems)
            {
                if (!readable[problem.Index].Problems.Contains(problem.Message))
                    readable[problem.Index].Problems.Add(problem.Message);
            }
        }
    }

    [HttpGet("/ExerciseHours/Entries/{id:int}/Edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var log = await db.ExerciseLogs.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        var cohort = log is null ? null : await LoggingCohort.FindAsync(scope, db, log.CohortId, cancellationToken);
        if (log is null || cohort is null)
            return NotFound();
        var form = new EditForm
        {
            ModuleId = log.ModuleId, Date = log.Date, Hours = Hours.Number(log.Minutes), Kind = log.Kind,
            Description = log.Description, Version = log.Version,
        };
        return View(await EditModelAsync(cohort, log, form, cancellationToken));
    }

    [HttpPost("/ExerciseHours/Entries/{id:int}/Edit")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = FormPrefix)] EditForm form, CancellationToken cancellationToken)
    {
        var cohortId = await db.ExerciseLogs.Where(e => e.Id == id).Select(e => (int?)e.CohortId).SingleOrDefaultAsync(cancellationToken);
        var cohort = cohortId is null ? null : await LoggingCohort.FindAsync(scope, db, cohortId.Value, cancellationToken);
        if (cohort is null)
            return NotFound();
        var modules = await Query.ModulesAsync(cohort, cancellationToken);
        var learners = await Query.LearnersAsync(cohort, cancellationToken);
        var today = cohort.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        if (!ModelState.IsValid)
            return View(await EditModelAsync(cohort, await db.ExerciseLogs.AsNoTracking().SingleAsync(e => e.Id == id, cancellationToken), form, cancellationToken));
        ExerciseLog log;
        // The checks run inside the write transaction, so no one can change the entry between them and the save;
        // a refusal leaves it before the page is built, so the one writer slot is not held for that.
        await using (var transaction = await WriteTransaction.BeginAsync(db, cancellationToken))
        {
            log = await db.ExerciseLogs.SingleAsync(e => e.Id == id, cancellationToken);
            var rows = await RowsToCorrectAsync(log, form.WholeGroup, cancellationToken);
            if (await CorrectAsync(cohort, log, rows, form, learners, modules, today, cancellationToken))
            {
                var titles = modules.ToDictionary(m => m.Id, m => m.Title);
                var audit = new AuditTrail(db, Who, now);
                foreach (var row in rows)
                {
                    var before = AuditTrail.Describe(row, titles[row.ModuleId]);
                    row.Change(form.ModuleId!.Value, form.Date!.Value, HoursText.Minutes(form.Hours)!.Value, form.Kind!.Value, form.Description!, Who, now);
                    audit.ExerciseChanged(row, before, titles[row.ModuleId], form.Reason);
                }
                await audit.SaveAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                TempData["Flash"] = rows.Count == 1 ? "The entry was corrected." : $"The group entry was corrected for all {rows.Count} members.";
                return Redirect($"/ExerciseHours/Cohorts/{cohort.Id}/Learners/{log.LearnerId}");
            }
        }
        return View(await EditModelAsync(cohort, log, form, cancellationToken));
    }

    [HttpPost("/ExerciseHours/Entries/{id:int}/Delete")]
    public async Task<IActionResult> Delete(int id, [Bind(Prefix = FormPrefix)] EditForm form, CancellationToken cancellationToken)
    {
        var cohortId = await db.ExerciseLogs.Where(e => e.Id == id).Select(e => (int?)e.CohortId).SingleOrDefaultAsync(cancellationToken);
        var cohort = cohortId is null ? null : await LoggingCohort.FindAsync(scope, db, cohortId.Value, cancellationToken);
        if (cohort is null)
            return NotFound();
        ModelState.Clear();
        var modules = await Query.ModulesAsync(cohort, cancellationToken);
        var titles = modules.ToDictionary(m => m.Id, m => m.Title);
        var now = clock.GetUtcNow().UtcDateTime;
        ExerciseLog log;
        await using (var transaction = await WriteTransaction.BeginAsync(db, cancellationToken))
        {
            log = await db.ExerciseLogs.SingleAsync(e => e.Id == id, cancellationToken);
            if (log.Version != form.Version)
                await RefuseStaleAsync(cohort, log, form, titles, cancellationToken);
            else
                await CheckWindowAsync(cohort, log, form.Reason, cohort.Today(clock), cancellationToken);
            if (ModelState.IsValid)
            {
                var rows = await RowsToCorrectAsync(log, form.WholeGroup, cancellationToken);
                var audit = new AuditTrail(db, Who, now);
                foreach (var row in rows)
                {
                    audit.ExerciseDeleted(row, AuditTrail.Describe(row, titles[row.ModuleId]), form.Reason);
                    db.ExerciseLogs.Remove(row);
                }
                await audit.SaveAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                TempData["Flash"] = rows.Count == 1 ? "The entry was deleted." : $"The group entry was deleted for all {rows.Count} members.";
                return Redirect($"/ExerciseHours/Cohorts/{cohort.Id}/Learners/{log.LearnerId}");
            }
        }
        FillFrom(form, log);
        return View(nameof(Edit), await EditModelAsync(cohort, log, form, cancellationToken));
    }

    [HttpGet("/ExerciseHours/Cohorts/{cohortId:int}/Learners/{learnerId:int}")]
    public async Task<IActionResult> Learner(int cohortId, int learnerId, CancellationToken cancellationToken)
    {
        var cohort = await LoggingCohort.FindAsync(scope, db, cohortId, cancellationToken);
        var learner = cohort is null ? null : (await Query.LearnersAsync(cohort, cancellationToken)).FirstOrDefault(l => l.Id == learnerId);
        if (cohort is null || learner is null)
            return NotFound();
        var entries = await EntriesAsync(db.ExerciseLogs.Where(e => e.CohortId == cohortId && e.LearnerId == learnerId), 1000, cancellationToken);
        var audit = await AuditHistory.ReadAsync(db, db.AuditEntries.Where(a => a.CohortId == cohortId && a.LearnerId == learnerId), cohort, cancellationToken);
        return View(new LearnerHistoryViewModel(cohort, learner, entries, audit));
    }

    private HoursWriter Writer(LoggingCohort cohort, IReadOnlyList<LearnerOption> learners, IReadOnlyList<ModuleOption> modules) =>
        new(db, Query, cohort, learners, modules, Who, clock.GetUtcNow().UtcDateTime, cohort.Today(clock));

    /// <summary>Checks a correction: the version the form was built from, the correction window, then the logging rules.</summary>
    private async Task<bool> CorrectAsync(LoggingCohort cohort, ExerciseLog log, IReadOnlyList<ExerciseLog> rows, EditForm form, IReadOnlyList<LearnerOption> learners,
        IReadOnlyList<ModuleOption> modules, DateOnly today, CancellationToken cancellationToken)
    {
        if (log.Version != form.Version)
        {
            await RefuseStaleAsync(cohort, log, form, modules.ToDictionary(m => m.Id, m => m.Title), cancellationToken);
            return false;
        }
        if (!await CheckWindowAsync(cohort, log, form.Reason, today, cancellationToken))
            return false;
        var entries = rows.Select(r => new ExerciseEntry(r.LearnerId, form.ModuleId!.Value, form.Date!.Value, HoursText.Minutes(form.Hours)!.Value, form.Kind!.Value)).ToList();
        var context = await Query.ContextAsync(cohort, today, [.. entries.Select(e => new LearnerDay(e.LearnerId, e.Date))], learners, modules,
            [.. rows.Select(r => r.Id)], cancellationToken);
        var names = learners.ToDictionary(l => l.Id, l => l.Name);
        foreach (var problem in ExerciseEntryRules.CheckBatch(entries, context))
        {
            // The page shows one learner's row; a problem with another member's row is named in the summary.
            if (rows[problem.Index] == log)
                ModelState.AddModelError(Key(LogField(problem.Field)), problem.Message);
            else
                ModelState.AddModelError("", $"{names.GetValueOrDefault(rows[problem.Index].LearnerId, "Another member")}: {problem.Message}");
        }
        return ModelState.IsValid;
    }

    /// <summary>The entry alone, or with every other row its group entry made when the whole group is corrected.</summary>
    private async Task<IReadOnlyList<ExerciseLog>> RowsToCorrectAsync(ExerciseLog log, bool wholeGroup, CancellationToken cancellationToken) =>
        wholeGroup && log.GroupEntryId is { } entry
            ? await db.ExerciseLogs.Where(e => e.GroupEntryId == entry && e.CohortId == log.CohortId).OrderBy(e => e.Id).ToListAsync(cancellationToken)
            : [log];

    private async Task<bool> CheckWindowAsync(LoggingCohort cohort, ExerciseLog log, string? reason, DateOnly today, CancellationToken cancellationToken)
    {
        var corrections = new Corrections(db, scope, configuration);
        var first = (await corrections.FirstRecordingsAsync(AuditedRecord.ExerciseLog, [log.Id], cancellationToken)).GetValueOrDefault(log.Id)
            ?? new FirstRecording(log.LoggedBy, log.LoggedAtUtc);
        var problems = corrections.Check(first, cohort, Who, reason, today);
        foreach (var problem in problems)
            ModelState.AddModelError(problem.Field == nameof(EditForm.Reason) ? Key(nameof(EditForm.Reason)) : "", problem.Message);
        return problems.Count == 0;
    }

    /// <summary>Someone else saved the entry since this form was built: say what they saved, keep this person's input, and take the new version so a second save is deliberate.</summary>
    private async Task RefuseStaleAsync(LoggingCohort cohort, ExerciseLog current, EditForm form, IReadOnlyDictionary<int, string> titles, CancellationToken cancellationToken)
    {
        var names = await People.NamesAsync(db, [current.LoggedBy], cancellationToken);
        ModelState.AddModelError("",
            $"{names[current.LoggedBy]} changed this entry at {cohort.LocalTime(current.LoggedAtUtc):d MMM yyyy HH:mm} while you were editing; it now reads: " +
            $"{AuditTrail.Describe(current, titles.GetValueOrDefault(current.ModuleId, "?"))}. Nothing of yours was saved; your changes are kept below, save again to replace theirs.");
        form.Version = current.Version;
        ModelState.Remove(Key(nameof(EditForm.Version)));
    }

    private static void FillFrom(EditForm form, ExerciseLog log)
    {
        form.ModuleId = log.ModuleId;
        form.Date = log.Date;
        form.Hours = Hours.Number(log.Minutes);
        form.Kind = log.Kind;
        form.Description = log.Description;
    }

    private static string Key(string field) => field.Length == 0 ? "" : $"{FormPrefix}.{field}";

    private static string LogField(string ruleField) => ruleField switch
    {
        nameof(ExerciseEntry.Minutes) => nameof(LogForm.Hours),
        nameof(ExerciseEntry.ModuleId) => nameof(LogForm.ModuleId),
        nameof(ExerciseEntry.Date) => nameof(LogForm.Date),
        nameof(ExerciseEntry.LearnerId) => nameof(LogForm.Who),
        nameof(ExerciseEntry.Kind) => nameof(LogForm.Kind),
        _ => "",
    };

    private async Task<IReadOnlyList<EntryRow>> EntriesAsync(IQueryable<ExerciseLog> logs, int take, CancellationToken cancellationToken)
    {
        var rows = await logs.AsNoTracking()
            .OrderByDescending(e => e.Date).ThenByDescending(e => e.Id)
            .Take(take)
            .Select(e => new
            {
                e.Id, e.Date, e.LearnerId, e.Minutes, e.Kind, e.Description, e.LoggedBy,
                Learner = db.Learners.Where(l => l.Id == e.LearnerId).Select(l => l.FirstName + " " + l.LastName).First(),
                Module = db.Modules.Where(m => m.Id == e.ModuleId).Select(m => m.Title).First(),
                Group = db.ProjectGroups.Where(g => g.Id == e.ProjectGroupId).Select(g => g.Name).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var names = await People.NamesAsync(db, rows.Select(r => r.LoggedBy), cancellationToken);
        return rows.Select(r => new EntryRow(r.Id, r.Date, r.Learner, r.LearnerId, r.Module, r.Minutes, r.Kind, r.Group, r.Description, names[r.LoggedBy])).ToList();
    }

    private async Task<LogViewModel> LogModelAsync(LoggingCohort cohort, LogForm form, CancellationToken cancellationToken) =>
        new(cohort, form,
            [.. (await Query.LearnersAsync(cohort, cancellationToken)).Where(l => !l.Enrolment.HasLeft)],
            await Query.GroupsAsync(cohort, cancellationToken),
            await Query.ModulesAsync(cohort, cancellationToken),
            cohort.Today(clock));

    private async Task<GridViewModel> GridModelAsync(LoggingCohort cohort, DateOnly monday, GridForm form, CancellationToken cancellationToken)
    {
        var sunday = monday.AddDays(6);
        var learners = (await Query.LearnersAsync(cohort, cancellationToken))
            .Where(l => l.Enrolment.EnrolledOn <= sunday && (l.Enrolment.LeftOn is null || l.Enrolment.LeftOn > monday))
            .ToList();
        return new GridViewModel(cohort, monday, [.. Enumerable.Range(0, 7).Select(monday.AddDays)], learners,
            await Query.LoggedAsync(cohort, monday, sunday, cancellationToken),
            await Query.ModulesAsync(cohort, cancellationToken), form, cohort.Today(clock));
    }

    private async Task<EditViewModel> EditModelAsync(LoggingCohort cohort, ExerciseLog log, EditForm form, CancellationToken cancellationToken)
    {
        var learner = await db.Learners.AsNoTracking().Where(l => l.Id == log.LearnerId).Select(l => l.FirstName + " " + l.LastName).SingleAsync(cancellationToken);
        var group = log.ProjectGroupId is null ? null : await db.ProjectGroups.AsNoTracking().Where(g => g.Id == log.ProjectGroupId).Select(g => g.Name).SingleOrDefaultAsync(cancellationToken);
        var names = await People.NamesAsync(db, [log.LoggedBy], cancellationToken);
        var lastChange = $"Last saved by {names[log.LoggedBy]} on {cohort.LocalTime(log.LoggedAtUtc):d MMM yyyy HH:mm}.";
        var groupRows = log.GroupEntryId is { } entry ? await db.ExerciseLogs.CountAsync(e => e.GroupEntryId == entry && e.CohortId == log.CohortId, cancellationToken) : 1;
        return new EditViewModel(cohort, log.Id, learner, group, groupRows, form, await Query.ModulesAsync(cohort, cancellationToken), lastChange);
    }
}
