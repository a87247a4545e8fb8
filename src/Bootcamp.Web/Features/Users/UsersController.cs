using Bootcamp.Web.Features.Shared;
using Bootcamp.Web.Data;
using Bootcamp.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bootcamp.Web.Features.Users;

[Authorize(Roles = Roles.Admin)]
public sealed class UsersController(BootcampDb db, UserManager<AppUser> users, UserScope scope, TimeProvider time, IOptions<IdentityOptions> identity) : Controller
{
    public const int PageSize = 50;

    private UsersQuery Query => new(db, scope, time);

    [HttpGet]
    public async Task<IActionResult> Index(string? role, string? q, CancellationToken cancellationToken, int page = 1) =>
        View(await Query.ListAsync(role, q, page, PageSize, cancellationToken));

    [HttpGet]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View(new NewUserViewModel(new NewUserForm(), await Query.ChoicesAsync(cancellationToken), PasswordHint()));

    [HttpPost]
    public async Task<IActionResult> Create([Bind(Prefix = "Form")] NewUserForm form, CancellationToken cancellationToken)
    {
        var email = form.Email.Trim();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = form.DisplayName.Trim(), MustChangePassword = true };
        if (await users.FindByEmailAsync(email) is not null)
            ModelState.AddModelError("Form.Email", "An account with this e-mail address already exists.");
        // Checked here too, so that a weak password is reported together with the other mistakes, not after them.
        if (!string.IsNullOrEmpty(form.Password))
        {
            foreach (var validator in users.PasswordValidators)
                AddIdentityErrors(await validator.ValidateAsync(users, user, form.Password));
        }
        await CheckReferencesAsync(form, null, cancellationToken);
        if (!ModelState.IsValid)
            return View(new NewUserViewModel(form, await Query.ChoicesAsync(cancellationToken), PasswordHint()));

        ApplyScope(user, form);
        await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
        var result = await users.CreateAsync(user, form.Password);
        if (result.Succeeded)
            result = await users.AddToRoleAsync(user, form.Role);
        if (!result.Succeeded)
        {
            AddIdentityErrors(result);
            return View(new NewUserViewModel(form, await Query.ChoicesAsync(cancellationToken), PasswordHint()));
        }
        await transaction.CommitAsync(cancellationToken);
        TempData["Flash"] = $"Account {email} created. At first sign-in they choose their own password.";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    public async Task<IActionResult> Edit(string id, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().Include(u => u.Centres).SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null)
            return NotFound();
        var form = new EditUserForm
        {
            DisplayName = user.DisplayName,
            Role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? "",
            CentreIds = [.. user.Centres.Select(c => c.CentreId)],
            InstructorId = user.InstructorId,
            PartnerId = user.PartnerId,
        };
        return View(await EditPageAsync(user, form, cancellationToken));
    }

    [HttpPost]
    public async Task<IActionResult> Edit(string id, [Bind(Prefix = "Form")] EditUserForm form, CancellationToken cancellationToken)
    {
        var user = await db.Users.Include(u => u.Centres).SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null)
            return NotFound();
        if (user.Id == scope.UserId && form.Role != Roles.Admin)
            ModelState.AddModelError("Form.Role", "You cannot take the admin role from your own account.");
        await CheckReferencesAsync(form, user.Id, cancellationToken);
        if (!ModelState.IsValid)
            return View(await EditPageAsync(user, form, cancellationToken));

        await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
        user.DisplayName = form.DisplayName.Trim();
        ApplyScope(user, form);
        // Scope is read from the database on every request (UserScope), so saving it is enough.
        await db.SaveChangesAsync(cancellationToken);
        var current = await users.GetRolesAsync(user);
        if (current.Count != 1 || current[0] != form.Role)
        {
            Ensure(await users.RemoveFromRolesAsync(user, current));
            Ensure(await users.AddToRoleAsync(user, form.Role));
            // The role travels in the sign-in cookie; a new stamp ends the old cookie at the user's next request.
            Ensure(await users.UpdateSecurityStampAsync(user));
        }
        await transaction.CommitAsync(cancellationToken);
        TempData["Flash"] = $"Account {user.Email} saved.";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> Lock(string id, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
            return NotFound();
        if (user.Id == scope.UserId)
        {
            TempData["Flash"] = "You cannot lock your own account.";
            return RedirectToAction(nameof(Edit), new { id });
        }
        Ensure(await users.SetLockoutEnabledAsync(user, true));
        Ensure(await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue));
        // Ends any session the user has open, at their next request.
        Ensure(await users.UpdateSecurityStampAsync(user));
        TempData["Flash"] = $"Account {user.Email} locked: it cannot sign in until unlocked.";
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost]
    public async Task<IActionResult> Unlock(string id, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
            return NotFound();
        Ensure(await users.SetLockoutEndDateAsync(user, null));
        Ensure(await users.ResetAccessFailedCountAsync(user));
        TempData["Flash"] = $"Account {user.Email} unlocked.";
        return RedirectToAction(nameof(Edit), new { id });
    }

    private static void ApplyScope(AppUser user, UserScopeFields form)
    {
        user.PartnerId = form.Role == Roles.Partner ? form.PartnerId : null;
        user.InstructorId = form.Role == Roles.Instructor ? form.InstructorId : null;
        var centreIds = form.Role == Roles.Staff ? form.CentreIds.Distinct().ToList() : [];
        user.Centres.RemoveAll(c => !centreIds.Contains(c.CentreId));
        foreach (var centreId in centreIds.Where(id => user.Centres.All(c => c.CentreId != id)))
            user.Centres.Add(new StaffCentre { UserId = user.Id, CentreId = centreId });
    }

    private async Task CheckReferencesAsync(UserScopeFields form, string? userId, CancellationToken cancellationToken)
    {
        if (form.Role == Roles.Staff && form.CentreIds.Count > 0)
        {
            var wanted = form.CentreIds.Distinct().ToList();
            if (await scope.Centres().CountAsync(c => wanted.Contains(c.Id), cancellationToken) != wanted.Count)
                ModelState.AddModelError("Form.CentreIds", "Choose centres from the list.");
        }
        if (form.Role == Roles.Instructor && form.InstructorId is { } instructorId)
        {
            if (!await scope.Instructors().AnyAsync(i => i.Id == instructorId, cancellationToken))
                ModelState.AddModelError("Form.InstructorId", "Choose an instructor from the list.");
            else if (await db.Users.AnyAsync(u => u.InstructorId == instructorId && u.Id != userId, cancellationToken))
                ModelState.AddModelError("Form.InstructorId", "Another account already signs in as this instructor.");
        }
        if (form.Role == Roles.Partner && form.PartnerId is { } partnerId && !await db.Partners.AnyAsync(p => p.Id == partnerId, cancellationToken))
            ModelState.AddModelError("Form.PartnerId", "Choose a partner from the list.");
    }

    /// <summary>Puts Identity's own messages next to the field they are about, one message per field (a field shows only its first).</summary>
    private void AddIdentityErrors(IdentityResult result)
    {
        var byField = result.Errors.GroupBy(error =>
            error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Form.Password"
            : error.Code.Contains("Email", StringComparison.Ordinal) || error.Code.Contains("UserName", StringComparison.Ordinal) ? "Form.Email"
            : "");
        foreach (var field in byField)
            ModelState.AddModelError(field.Key, string.Join(" ", field.Select(e => e.Description)));
    }

    private static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    private string PasswordHint()
    {
        var policy = identity.Value.Password;
        var needs = new List<string>();
        if (policy.RequireUppercase)
            needs.Add("an upper-case letter");
        if (policy.RequireLowercase)
            needs.Add("a lower-case letter");
        if (policy.RequireDigit)
            needs.Add("a digit");
        if (policy.RequireNonAlphanumeric)
            needs.Add("a symbol such as ! or #");
        return needs.Count == 0
            ? $"At least {policy.RequiredLength} characters."
            : $"At least {policy.RequiredLength} characters, with {string.Join(", ", needs[..^1])}{(needs.Count > 1 ? " and " : "")}{needs[^1]}.";
    }

    private async Task<EditUserViewModel> EditPageAsync(AppUser user, EditUserForm form, CancellationToken cancellationToken) =>
        new(user.Id, user.Email ?? "", user.LockoutEnd > time.GetUtcNow(), user.Id == scope.UserId, form, await Query.ChoicesAsync(cancellationToken));
}
