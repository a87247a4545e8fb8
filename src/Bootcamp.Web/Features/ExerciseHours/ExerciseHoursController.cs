using System.Globalization;
using System.Text;
using System.Text.Json;
using Bootcamp.Domain.Common;
using Bootcamp.Domain.Logging;
using Bootcamp.Domain.Progress;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Shared;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Bootcamp.Web.Features.ExerciseHours;

[Authorize(Roles = Roles.AdminOrStaff + "," + Roles.Instructor)]
public sealed class ExerciseHoursController(BootcampDb db, UserScope scope, CentreClock clock, IConfiguration configuration) : Controller
{
    /// <summary>Pages show a view model whose <c>Form</c> property is what is posted back, so inputs are named Form.X.</summary>
    private const string FormPrefix = "Form";

    private ExerciseHoursQuery Query => new(db, scope);

    [HttpGet("/ExerciseHours/Cohorts/{cohortId:int}")]
    public async Task<IActionResult> Index(int cohortId, CancellationToken cancellationToken) =>
        await LoggingCohort.FindAsync(scope, cohortId, cancellationToken) is { } cohort
            ? View(await Query.IndexAsync(cohort, cancellationToken))
            : NotFound();

    /// <summary>
    /// The hours form. After a save it comes back with the entry just saved (<see cref="NextEntryKey"/>) minus its hours,
    /// so the next entry for the same learner, module or description is one field away.
    /// </summary>
    [HttpGet("/ExerciseHours/Cohorts/{cohortId:int}/Log")]
    public async Task<IActionResult> Log(int cohortId, int? learnerId, CancellationToken cancellationToken)
    {
        var cohort = await LoggingCohort.FindAsync(scope, cohortId, cancellationToken);
        if (cohort is null)
            return NotFound();
        var form = NextEntry() ?? new LogForm { Date = Today(cohort), Kind = ExerciseKind.Solo };
        if (learnerId is not null)
            form.Who = LogForm.LearnerPrefix + learnerId;
        if (form.Date is not { } date || date > Today(cohort) || !CalendarRange.Contains(date))
            form.Date = Today(cohort);
        return View(await Query.LogPageAsync(cohort, form, Today(cohort), cancellationToken));
    }

    [HttpPost("/ExerciseHours/Cohorts/{cohortId:int}/Log")]
    public async Task<IActionResult> Log(int cohortId, [Bind(Prefix = FormPrefix)] LogForm form, CancellationToken cancellationToken)
    {
        var cohort = await LoggingCohort.FindAsync(scope, cohortId, cancellationToken);
        if (cohort is null)
            return NotFound();
        if (form.GroupSetsKind())
            ModelState.Remove(Key(nameof(LogForm.Kind)));
        if (!ModelState.IsValid)
            return View(await Query.LogPageAsync(cohort, form, Today(cohort), cancellationToken));
        var learners = await Query.LearnersAsync(cohort, cancellationToken);
        var names = learners.ToDictionary(l => l.Id, l => l.Name);
        var group = form.GroupId is { } groupId ? (await Query.GroupsAsync(cohort, cancellationToken)).FirstOrDefault(g => g.Id == groupId) : null;
        if (form.GroupId is not null && group is not { MemberIds.Count: > 0 })
        {
            ModelState.AddModelError(Key(nameof(LogForm.Who)), "This project group has no members in the cohort.");
            return View(await Query.LogPageAsync(cohort, form, Today(cohort), cancellationToken));
        }
        var batch = form.Batch(group);
        var modules = await Query.ModulesAsync(cohort, cancellationToken);
        var problems = await Writer(cohort, learners, modules).AddAsync(batch, cancellationToken);
        foreach (var problem in problems.DistinctBy(p => (p.Field, p.Message)))
        {
            // A group entry names the member a problem is about, unless the rule's message already does.
            var name = names.GetValueOrDefault(batch[problem.Index].Entry.LearnerId, "A member");
            var message = group is not null && !problem.Message.Contains(name, StringComparison.Ordinal) ? $"{name}: {problem.Message}" : problem.Message;
            ModelState.AddModelError(Key(HoursFields.FieldFor(problem.Field)), message);
        }
        if (problems.Count > 0)
            return View(await Query.LogPageAsync(cohort, form, Today(cohort), cancellationToken));
        var what = $"{Hours.Number(form.Minutes())} h {form.Kind!.Value.ToString().ToLowerInvariant()} work in "
            + $"{modules.First(m => m.Id == form.ModuleId).Title} on {form.Date!.Value.ToString("ddd d MMM", CultureInfo.InvariantCulture)}";
        TempData["Flash"] = group is null
            ? $"Logged {what} for {names[form.LearnerId!.Value]}. The form keeps the learner, module, kind and description for the next entry."
            : $"Logged {what} for each of the {batch.Count} members of {group.Name}. The form keeps the group, module and description for the next entry.";
        TempData[NextEntryKey] = JsonSerializer.Serialize(form.Next());
        return RedirectToAction(nameof(Log), new { cohortId });
    }

    /// <summary>Any <paramref name="week"/> gives a page: a date outside the years the app keeps is brought back inside them.</summary>
    [HttpGet("/ExerciseHours/Cohorts/{cohortId:int}/Week")]
    public async Task<IActionResult> Week(int cohortId, DateOnly? week, CancellationToken cancellationToken)
    {
        var cohort = await LoggingCohort.FindAsync(scope, cohortId, cancellationToken);
        if (cohort is null)
            return NotFound();
        var monday = MondayOf(week ?? Today(cohort));
        var module = await Query.ModuleOfWeekAsync(cohort, monday, cancellationToken) ?? (await Query.ModulesAsync(cohort, cancellationToken)).FirstOrDefault()?.Id;
        var learners = await Query.LearnersAsync(cohort, cancellationToken);
        var form = GridForm.For(learners.Select(l => l.Id), module, "Hands-on exercises");
        return View(await Query.GridPageAsync(cohort, monday, form, Today(cohort), cancellationToken));
    }

    [HttpPost("/ExerciseHours/Cohorts/{cohortId:int}/Week")]
    public async Task<IActionResult> Week(int cohortId, DateOnly week, [Bind(Prefix = FormPrefix)] GridForm form, CancellationToken cancellationToken)
    {
        var cohort = await LoggingCohort.FindAsync(scope, cohortId, cancellationToken);
        if (cohort is null)
            return NotFound();
        var monday = MondayOf(week);
        var learners = await Query.LearnersAsync(cohort, cancellationToken);
        var names = learners.ToDictionary(l => l.Id, l => l.Name);
        var typed = form.TypedCells(learners.Select(l => l.Id), monday).ToList();
        foreach (var cell in typed.Where(c => c.Hours.Problem is not null))
            ModelState.AddModelError(cell.Field, cell.Hours.Problem!);
        foreach (var learnerId in typed.Select(c => c.LearnerId).Distinct())
        {
            if (form.Modules.GetValueOrDefault(learnerId) is null)
                ModelState.AddModelError(GridForm.ModuleField(learnerId), $"Choose the module of {names[learnerId]}'s hours.");
            if (form.Kinds.GetValueOrDefault(learnerId) is null)
                ModelState.AddModelError(GridForm.KindField(learnerId), $"Choose solo or group work for {names[learnerId]}'s hours.");
        }
        var cells = typed.Where(c => c.Hours.Minutes is not null)
            .Select(c => (c.Field, Hours: new NewHours(new ExerciseEntry(c.LearnerId, form.Modules.GetValueOrDefault(c.LearnerId) ?? 0, c.Date, c.Hours.Minutes!.Value,
                form.Kinds.GetValueOrDefault(c.LearnerId) ?? ExerciseKind.Solo), form.Description ?? "", null, null)))
            .ToList();
        if (cells.Count == 0 && ModelState.IsValid)
            ModelState.AddModelError("", "Type the hours in at least one cell.");
        if (!ModelState.IsValid)
        {
            NothingSaved(typed.Count);
            return View(await Query.GridPageAsync(cohort, monday, form, Today(cohort), cancellationToken));
        }
        var problems = await Writer(cohort, learners, await Query.ModulesAsync(cohort, cancellationToken)).AddAsync([.. cells.Select(c => c.Hours)], cancellationToken);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                var key = problem.Field == nameof(ExerciseEntry.ModuleId) ? GridForm.ModuleField(cells[problem.Index].Hours.Entry.LearnerId) : cells[problem.Index].Field;
                if (ModelState[key]?.Errors.Any(e => e.ErrorMessage == problem.Message) != true)
                    ModelState.AddModelError(key, problem.Message);
            }
            NothingSaved(typed.Count);
            return View(await Query.GridPageAsync(cohort, monday, form, Today(cohort), cancellationToken));
        }
        TempData["Flash"] = $"Saved {cells.Count} {(cells.Count == 1 ? "entry" : "entries")}, {Hours.Number(cells.Sum(c => c.Hours.Entry.Minutes))} h in all.";
        return RedirectToAction(nameof(Week), new { cohortId, week = monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
    }

    [HttpGet("/ExerciseHours/Cohorts/{cohortId:int}/Import")]
    public async Task<IActionResult> Import(int cohortId, CancellationToken cancellationToken) =>
        await LoggingCohort.FindAsync(scope, cohortId, cancellationToken) is { } cohort
            ? View(new HoursImportViewModel(cohort, new ImportForm(), [], null, await Query.ModulesAsync(cohort, cancellationToken)))
            : NotFound();

    [HttpGet("/ExerciseHours/Cohorts/{cohortId:int}/Import/Sample")]
    public async Task<IActionResult> Sample(int cohortId, CancellationToken cancellationToken)
    {
        var cohort = await LoggingCohort.FindAsync(scope, cohortId, cancellationToken);
        if (cohort is null)
            return NotFound();
        var day = Today(cohort).AddDays(-1);
        var learners = (await Query.LearnersAsync(cohort, cancellationToken)).Where(l => l.Enrolment.Covers(day)).ToList();
        var text = HoursCsv.Sample(learners, await Query.ModulesAsync(cohort, cancellationToken), day);
        return File(Encoding.UTF8.GetBytes(text), "text/csv", $"hours-{cohort.Code}-sample.csv");
    }

    [HttpPost("/ExerciseHours/Cohorts/{cohortId:int}/Import")]
    [RequestSizeLimit(2_000_000)]
    public async Task<IActionResult> Import(int cohortId, [Bind(Prefix = FormPrefix)] ImportForm form, CancellationToken cancellationToken)
    {
        var cohort = await LoggingCohort.FindAsync(scope, cohortId, cancellationToken);
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
        var import = fileProblem is null && readable.Count == rows.Count && form.Command == "Import";
        // A preview checks the readable rows against the rules and the stored hours without writing anything.
        var problems = import ? await writer.AddAsync([.. readable.Select(r => r.Hours!)], cancellationToken)
            : readable.Count > 0 ? await writer.CheckAsync([.. readable.Select(r => r.Hours!)], cancellationToken)
            : [];
        if (import && problems.Count == 0)
        {
            TempData["Flash"] = $"Imported {rows.Count} rows, {Hours.Number(rows.Sum(r => r.Hours!.Entry.Minutes))} h in all.";
            return RedirectToAction(nameof(Index), new { cohortId });
        }
        foreach (var problem in problems.Where(p => !readable[p.Index].Problems.Contains(p.Message)))
            readable[problem.Index].Problems.Add(problem.Message);
        return View(new HoursImportViewModel(cohort, form, rows, fileProblem, modules));
    }

    [HttpGet("/ExerciseHours/Entries/{id:int}/Edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        await Query.EntryAsync(id, cancellationToken) is ({ } log, { } cohort)
            ? View(await Query.EditPageAsync(cohort, log, EditForm.Of(log), cancellationToken))
            : NotFound();

    [HttpPost("/ExerciseHours/Entries/{id:int}/Edit")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = FormPrefix)] EditForm form, CancellationToken cancellationToken)
    {
        if (await Query.EntryAsync(id, cancellationToken) is not ({ } log, { } cohort))
            return NotFound();
        if (!ModelState.IsValid)
            return View(await Query.EditPageAsync(cohort, log, form, cancellationToken));
        var outcome = await (await CorrectorAsync(cohort, cancellationToken)).CorrectAsync(id, form, cancellationToken);
        if (outcome.Saved)
            return Done(cohort, outcome, outcome.Rows == 1 ? "The entry was corrected." : $"The group entry was corrected for all {outcome.Rows} members.");
        Refused(outcome, form);
        return View(await Query.EditPageAsync(cohort, outcome.Entry, form, cancellationToken));
    }

    [HttpPost("/ExerciseHours/Entries/{id:int}/Delete")]
    public async Task<IActionResult> Delete(int id, [Bind(Prefix = FormPrefix)] EditForm form, CancellationToken cancellationToken)
    {
        if (await Query.EntryAsync(id, cancellationToken) is not (_, { } cohort))
            return NotFound();
        // Deleting needs only the version and the reason; the other fields may be half-edited.
        ModelState.Clear();
        var outcome = await (await CorrectorAsync(cohort, cancellationToken)).DeleteAsync(id, form, cancellationToken);
        if (outcome.Saved)
            return Done(cohort, outcome, outcome.Rows == 1 ? "The entry was deleted." : $"The group entry was deleted for all {outcome.Rows} members.");
        Refused(outcome, form);
        return View(nameof(Edit), await Query.EditPageAsync(cohort, outcome.Entry, form.Refill(outcome.Entry), cancellationToken));
    }

    [HttpGet("/ExerciseHours/Cohorts/{cohortId:int}/Learners/{learnerId:int}")]
    public async Task<IActionResult> Learner(int cohortId, int learnerId, [FromQuery] int page, CancellationToken cancellationToken)
    {
        var cohort = await LoggingCohort.FindAsync(scope, cohortId, cancellationToken);
        var model = cohort is null ? null : await Query.LearnerAsync(cohort, learnerId, page, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    private DateOnly Today(LoggingCohort cohort) => clock.Today(cohort.TimeZone);

    /// <summary>The grid's summary of a refused save: it is saved whole or not at all.</summary>
    private void NothingSaved(int typedCells)
    {
        var marked = ModelState.Count(e => e.Key.Length > 0 && e.Value is { Errors.Count: > 0 });
        if (typedCells > 0 && marked > 0)
            ModelState.AddModelError("", $"Nothing was saved: correct the {(marked == 1 ? "field" : $"{marked} fields")} marked below and save again.");
    }

    /// <summary>The entry just saved, carried to the next form through TempData rather than the address: a description is no business of logs and history.</summary>
    private const string NextEntryKey = "NextHoursEntry";

    private LogForm? NextEntry() =>
        TempData[NextEntryKey] is string json ? JsonSerializer.Deserialize<LogForm>(json) : null;

    private static DateOnly MondayOf(DateOnly day) => WeeklyHours.MondayOf(CalendarRange.Clamp(day));

    private HoursWriter Writer(LoggingCohort cohort, IReadOnlyList<LearnerOption> learners, IReadOnlyList<ModuleOption> modules) =>
        new(db, cohort, learners, modules, scope.UserName, clock.UtcNow, Today(cohort));

    private async Task<EntryCorrector> CorrectorAsync(LoggingCohort cohort, CancellationToken cancellationToken) =>
        new(db, scope, new Corrections(scope, configuration), cohort,
            await Query.LearnersAsync(cohort, cancellationToken), await Query.ModulesAsync(cohort, cancellationToken), clock.UtcNow, Today(cohort));

    private RedirectToActionResult Done(LoggingCohort cohort, CorrectionOutcome outcome, string flash)
    {
        TempData["Flash"] = flash;
        return RedirectToAction(nameof(Learner), new { cohortId = cohort.Id, learnerId = outcome.Entry.LearnerId });
    }

    /// <summary>Shows why nothing was saved; after someone else's save the form takes their version, so a second save is deliberate.</summary>
    private void Refused(CorrectionOutcome outcome, EditForm form)
    {
        foreach (var problem in outcome.Problems)
            ModelState.AddModelError(Key(problem.Field), problem.Message);
        if (outcome.CurrentVersion is { } version)
        {
            form.Version = version;
            ModelState.Remove(Key(nameof(EditForm.Version)));
        }
    }

    private static string Key(string field) => field.Length == 0 ? "" : $"{FormPrefix}.{field}";
}
