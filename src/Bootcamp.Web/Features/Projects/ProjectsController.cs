using Bootcamp.Domain.Projects;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Shared;
using Bootcamp.Web.Infrastructure.Auth;
using Bootcamp.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Bootcamp.Web.Features.Projects;

/// <summary>
/// A cohort's group projects: the list, a project with its groups, forming and moving, milestones and grading.
/// Everyone reads within their scope; staff, admins and the cohort's instructors change (partners read only).
/// </summary>
[Authorize]
public sealed class ProjectsController(BootcampDb db, UserScope scope, CentreClock clock, IConfiguration configuration) : Controller
{
    private const string Editors = Roles.AdminOrStaff + "," + Roles.Instructor;

    private ProjectsQuery Query => new(db, scope, clock);

    [HttpGet("/Projects/Cohort/{cohortId:int}")]
    public async Task<IActionResult> Index(int cohortId, CancellationToken cancellationToken) =>
        await Query.CohortAsync(cohortId, cancellationToken) is { } cohort ? View(await Query.ListAsync(cohort, cancellationToken)) : NotFound();

    [HttpPost("/Projects/Cohort/{cohortId:int}/CopyTemplates")]
    [Authorize(Roles = Editors)]
    public async Task<IActionResult> CopyTemplates(int cohortId, CancellationToken cancellationToken)
    {
        if (await Query.CohortAsync(cohortId, cancellationToken) is not { } cohort)
            return NotFound();
        var copied = await new ProjectWriter(db).CopyTemplatesAsync(cohort, cancellationToken);
        TempData["Flash"] = copied == 0 ? "Every project of the programme is already in this cohort." : copied == 1 ? "1 project copied from the programme." : $"{copied} projects copied from the programme.";
        return Redirect($"/Projects/Cohort/{cohortId}");
    }

    [HttpGet("/Projects/Cohort/{cohortId:int}/Create")]
    [Authorize(Roles = Editors)]
    public async Task<IActionResult> Create(int cohortId, CancellationToken cancellationToken)
    {
        if (await Query.CohortAsync(cohortId, cancellationToken) is not { } cohort)
            return NotFound();
        var form = new ProjectForm { PassMarkPercent = 60, DueDate = cohort.Today.AddDays(28) };
        form.AddSpareRows();
        return View("Edit", new ProjectFormViewModel(cohort, null, await Query.ModulesAsync(cohort, cancellationToken), form));
    }

    [HttpPost("/Projects/Cohort/{cohortId:int}/Create")]
    [Authorize(Roles = Editors)]
    public async Task<IActionResult> Create(int cohortId, [Bind(Prefix = "Form")] ProjectForm form, CancellationToken cancellationToken)
    {
        if (await Query.CohortAsync(cohortId, cancellationToken) is not { } cohort)
            return NotFound();
        var id = 0;
        if (ModelState.IsValid && await ModelState.TryApplyAsync(async () => id = await new ProjectWriter(db).CreateAsync(cohort, form, cancellationToken), "Form"))
        {
            TempData["Flash"] = "Project created.";
            return Redirect($"/Projects/{id}");
        }
        return View("Edit", new ProjectFormViewModel(cohort, null, await Query.ModulesAsync(cohort, cancellationToken), form));
    }

    [HttpGet("/Projects/{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken) =>
        await Query.ProjectAsync(id, cancellationToken) is { } found
            ? View(await Query.PageAsync(found.Cohort, found.Project, new MoveForm(), cancellationToken))
            : NotFound();

    [HttpGet("/Projects/{id:int}/Edit")]
    [Authorize(Roles = Editors)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        if (await Query.ProjectAsync(id, cancellationToken) is not { } found || await Query.FormAsync(id, cancellationToken) is not { } form)
            return NotFound();
        return View(new ProjectFormViewModel(found.Cohort, id, await Query.ModulesAsync(found.Cohort, cancellationToken), form));
    }

    [HttpPost("/Projects/{id:int}/Edit")]
    [Authorize(Roles = Editors)]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Form")] ProjectForm form, CancellationToken cancellationToken)
    {
        if (await Query.ProjectAsync(id, cancellationToken) is not { } found)
            return NotFound();
        if (ModelState.IsValid && await ModelState.TryApplyAsync(() => new ProjectWriter(db).UpdateAsync(found.Cohort, id, form, cancellationToken), "Form"))
        {
            TempData["Flash"] = "Project saved.";
            return Redirect($"/Projects/{id}");
        }
        return View(new ProjectFormViewModel(found.Cohort, id, await Query.ModulesAsync(found.Cohort, cancellationToken), form));
    }

    [HttpGet("/Projects/{id:int}/Groups")]
    [Authorize(Roles = Editors)]
    public async Task<IActionResult> Groups(int id, CancellationToken cancellationToken)
    {
        if (await Query.ProjectAsync(id, cancellationToken) is not { } found)
            return NotFound();
        if (await Query.HasGroupsAsync(id, cancellationToken))
            return FormedAlready(id);
        var learners = await Query.FormingLearnersAsync(found.Cohort, cancellationToken);
        var form = new GroupsForm { GroupCount = GroupBalancer.SuggestedGroupCount(learners.Count), Rows = [.. learners.Select(l => new GroupPick { LearnerId = l.LearnerId })] };
        form.FitNames();
        return View(new GroupsViewModel(found.Cohort, found.Project, learners, form, Preview: false));
    }

    [HttpPost("/Projects/{id:int}/Groups")]
    [Authorize(Roles = Editors)]
    public async Task<IActionResult> Groups(int id, GroupsForm form, CancellationToken cancellationToken)
    {
        if (await Query.ProjectAsync(id, cancellationToken) is not { } found)
            return NotFound();
        if (await Query.HasGroupsAsync(id, cancellationToken))
            return FormedAlready(id);
        var learners = await Query.FormingLearnersAsync(found.Cohort, cancellationToken);
        var known = learners.Select(l => l.LearnerId).ToHashSet();
        if (form.Command == GroupsForm.Save && form.Rows.Any(r => !known.Contains(r.LearnerId)))
            ModelState.AddModelError("", "A learner on this page is no longer enrolled and was taken off it; check the groups and save again.");
        form.Rows = [.. form.Rows.Where(r => known.Contains(r.LearnerId)).Concat(learners.Where(l => form.Rows.All(r => r.LearnerId != l.LearnerId)).Select(l => new GroupPick { LearnerId = l.LearnerId }))];
        var preview = false;
        if (form.Command == GroupsForm.Balance && form.GroupCount is >= 1 and <= GroupsForm.MaxGroups)
        {
            var dealt = GroupBalancer.Balance([.. learners.Select(l => new LearnerStrength(l.LearnerId, l.Strength))], form.GroupCount.Value);
            var groupOf = dealt.SelectMany((members, g) => members.Select(m => (m, g))).ToDictionary(x => x.m, x => x.g + 1);
            foreach (var row in form.Rows)
                row.Group = groupOf[row.LearnerId];
            ModelState.Clear();
            preview = true;
        }
        else if (form.Command == GroupsForm.Save && ModelState.IsValid)
        {
            var groups = form.Names.Select((name, i) => new NewGroup(name!.Trim(), [.. form.Rows.Where(r => r.Group == i + 1).Select(r => r.LearnerId)])).ToList();
            if (await ModelState.TryApplyAsync(() => new GroupWriter(db, scope.UserName, clock.UtcNow).FormAsync(found.Cohort, id, groups, cancellationToken), prefix: ""))
            {
                TempData["Flash"] = $"{groups.Count} groups formed.";
                return Redirect($"/Projects/{id}");
            }
        }
        else if (form.Command != GroupsForm.Save)
        {
            // Resizing shows the form again with the new number of groups; only a wrong number has anything to say.
            var countErrors = ModelState.TryGetValue(nameof(GroupsForm.GroupCount), out var entry) ? entry.Errors.Select(e => e.ErrorMessage).ToList() : [];
            ModelState.Clear();
            foreach (var error in countErrors)
                ModelState.AddModelError(nameof(GroupsForm.GroupCount), error);
        }
        form.FitNames();
        return View(new GroupsViewModel(found.Cohort, found.Project, learners, form, preview));
    }

    [HttpPost("/Projects/{id:int}/Move")]
    [Authorize(Roles = Editors)]
    public async Task<IActionResult> Move(int id, [Bind(Prefix = "Move")] MoveForm form, CancellationToken cancellationToken)
    {
        if (await Query.ProjectAsync(id, cancellationToken) is not { } found)
            return NotFound();
        if (ModelState.IsValid && await ModelState.TryApplyAsync(() => new GroupWriter(db, scope.UserName, clock.UtcNow)
                .MoveAsync(found.Cohort, id, form.LearnerId!.Value, form.ToGroupId == 0 ? null : form.ToGroupId, form.Reason!, cancellationToken), prefix: "Move"))
        {
            TempData["Flash"] = "The learner's group is changed.";
            return Redirect($"/Projects/{id}#moves");
        }
        return View(nameof(Details), await Query.PageAsync(found.Cohort, found.Project, form, cancellationToken));
    }

    [HttpGet("/Projects/Groups/{id:int}")]
    public async Task<IActionResult> Group(int id, CancellationToken cancellationToken) =>
        await Query.GroupAsync(id, cancellationToken) is { } found
            ? View(new GroupPageViewModel(found.Cohort, found.Project, found.Group, new SubmitForm(), new ReviewForm()))
            : NotFound();

    [HttpPost("/Projects/Groups/{id:int}/Submit")]
    [Authorize(Roles = Editors)]
    public async Task<IActionResult> Submit(int id, [Bind(Prefix = "Submit")] SubmitForm form, CancellationToken cancellationToken)
    {
        if (await Query.GroupAsync(id, cancellationToken) is not { } found)
            return NotFound();
        if (ModelState.IsValid && await ModelState.TryApplyAsync(() => Milestones(found.Cohort).SubmitAsync(id, form, cancellationToken), prefix: "Submit"))
        {
            TempData["Flash"] = "Submission recorded.";
            return Redirect($"/Projects/Groups/{id}");
        }
        return View(nameof(Group), new GroupPageViewModel(found.Cohort, found.Project, found.Group, form, new ReviewForm()));
    }

    [HttpPost("/Projects/Groups/{id:int}/Review")]
    [Authorize(Roles = Editors)]
    public async Task<IActionResult> Review(int id, [Bind(Prefix = "Review")] ReviewForm form, CancellationToken cancellationToken)
    {
        if (await Query.GroupAsync(id, cancellationToken) is not { } found)
            return NotFound();
        if (ModelState.IsValid && await ModelState.TryApplyAsync(() => Milestones(found.Cohort).ReviewAsync(id, form, cancellationToken), prefix: "Review", fieldKey: _ => nameof(ReviewForm.Note)))
        {
            TempData["Flash"] = "Review recorded.";
            return Redirect($"/Projects/Groups/{id}");
        }
        return View(nameof(Group), new GroupPageViewModel(found.Cohort, found.Project, found.Group, new SubmitForm(), form));
    }

    [HttpGet("/Projects/Groups/{id:int}/Grade")]
    [Authorize(Roles = Editors)]
    public async Task<IActionResult> Grade(int id, CancellationToken cancellationToken)
    {
        if (await Query.GroupAsync(id, cancellationToken) is not { } found)
            return NotFound();
        var form = new GradeForm
        {
            TeamGrade = found.Group.TeamGrade,
            Rows = [.. found.Group.Members.Select(m => new AdjustmentRow { LearnerId = m.LearnerId, Adjustment = m.Adjustment })],
        };
        return View(await GradePageAsync(found, form, cancellationToken));
    }

    [HttpPost("/Projects/Groups/{id:int}/Grade")]
    [Authorize(Roles = Editors)]
    public async Task<IActionResult> Grade(int id, [Bind(Prefix = "Form")] GradeForm form, CancellationToken cancellationToken)
    {
        if (await Query.GroupAsync(id, cancellationToken) is not { } found)
            return NotFound();
        if (ModelState.IsValid)
        {
            var problems = await Grades(found.Cohort).GradeAsync(id, found.Project.PassMarkPercent, form, cancellationToken);
            if (problems.Count == 0)
            {
                TempData["Flash"] = $"{found.Group.Name} graded.";
                return Redirect($"/Projects/{found.Project.Id}");
            }
            foreach (var problem in problems)
                ModelState.AddModelError(problem.Field.Length == 0 ? "" : $"Form.{problem.Field}", problem.Message);
        }
        return View(await GradePageAsync(found, form, cancellationToken));
    }

    private MilestoneWriter Milestones(ProjectCohort cohort) => new(db, scope.UserName, clock.UtcNow, cohort.Today);

    private GradeWriter Grades(ProjectCohort cohort) => new(db, new Corrections(scope, configuration), cohort, scope.UserName, clock.UtcNow);

    private async Task<GradeViewModel> GradePageAsync((ProjectCohort Cohort, ProjectHeader Project, GroupCard Group) found, GradeForm form, CancellationToken cancellationToken)
    {
        var window = await Grades(found.Cohort).WindowAsync(found.Group.Id, cancellationToken);
        var days = new Corrections(scope, configuration).Days;
        var note = window is null ? "Not graded yet."
            : window.Open ? $"First graded on {window.FirstOn:d MMM yyyy}; the {days}-day correction window is open until {window.LastOpenDay:d MMM yyyy}."
            : $"First graded on {window.FirstOn:d MMM yyyy}; the {days}-day correction window closed on {window.LastOpenDay:d MMM yyyy}, so a change needs a reason and only centre staff can make it.";
        return new(found.Cohort, found.Project, found.Group, form, ReasonNeeded: window is { Open: false }, note, await Query.PeerViewsAsync(found.Group, cancellationToken));
    }

    private IActionResult FormedAlready(int id)
    {
        TempData["Flash"] = "This project's groups are formed; move learners one at a time below, so their history is kept.";
        return Redirect($"/Projects/{id}");
    }
}
