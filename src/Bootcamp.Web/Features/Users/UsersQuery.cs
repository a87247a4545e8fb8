using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Shared;
using Bootcamp.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Users;

/// <summary>The account list and the pick-lists of the account forms; centres and instructors come through the scope roots.</summary>
public sealed class UsersQuery(BootcampDb db, UserScope scope, TimeProvider time)
{
    public async Task<UserListViewModel> ListAsync(string? role, string? q, int page, int pageSize, CancellationToken cancellationToken)
    {
        var filter = Roles.All.Contains(role) ? role : null;
        var search = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        var accounts = db.Users.AsNoTracking();
        if (filter is not null)
            accounts = accounts.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == filter)));
        if (search is not null)
        {
            var term = search.ToUpperInvariant();
            accounts = accounts.Where(u => u.DisplayName.ToUpper().Contains(term) || u.NormalizedEmail!.Contains(term));
        }
        var total = await accounts.CountAsync(cancellationToken);
        var pages = Math.Max(1, (total + pageSize - 1) / pageSize);
        page = Math.Clamp(page, 1, pages);
        var shown = await accounts
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Email)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.InstructorId, u.PartnerId, u.LockoutEnd })
            .ToListAsync(cancellationToken);

        var ids = shown.Select(u => u.Id).ToList();
        var roleOf = (await db.UserRoles.AsNoTracking()
                .Where(ur => ids.Contains(ur.UserId))
                .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
                .ToListAsync(cancellationToken))
            .GroupBy(x => x.UserId)
            .ToDictionary(g => g.Key, g => string.Join(", ", g.Select(x => x.Name)));
        var centresOf = (await db.StaffCentres.AsNoTracking()
                .Where(s => ids.Contains(s.UserId))
                .Join(scope.Centres(), s => s.CentreId, c => c.Id, (s, c) => new { s.UserId, c.Name })
                .ToListAsync(cancellationToken))
            .ToLookup(x => x.UserId, x => x.Name);
        var instructorIds = shown.Where(u => u.InstructorId is not null).Select(u => u.InstructorId!.Value).ToList();
        var instructors = await scope.Instructors().AsNoTracking().Where(i => instructorIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.FullName, cancellationToken);
        var partners = await db.Partners.AsNoTracking().Select(p => new { p.Id, p.Name }).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var now = time.GetUtcNow();
        var rows = shown.Select(u =>
            {
                var userRole = roleOf.GetValueOrDefault(u.Id, "");
                var reach = userRole switch
                {
                    Roles.Admin => "The whole network",
                    Roles.Staff => string.Join(", ", centresOf[u.Id].Order()),
                    Roles.Instructor => u.InstructorId is { } i ? "Instructor " + instructors.GetValueOrDefault(i, "?") : "",
                    Roles.Partner => u.PartnerId is { } p ? partners.GetValueOrDefault(p, "?") : "",
                    _ => "",
                };
                return new UserRow(u.Id, u.DisplayName, u.Email ?? "", userRole, reach, u.LockoutEnd > now);
            })
            .ToList();
        return new UserListViewModel(filter, search, page, pages, total, rows);
    }

    public async Task<UserChoices> ChoicesAsync(CancellationToken cancellationToken) => new(
        await scope.Centres().AsNoTracking().OrderBy(c => c.Name).Select(c => new Choice(c.Id, c.Name)).ToListAsync(cancellationToken),
        await scope.Instructors().AsNoTracking().OrderBy(i => i.FullName).Select(i => new Choice(i.Id, i.FullName + " (" + i.Email + ")")).ToListAsync(cancellationToken),
        await db.Partners.AsNoTracking().OrderBy(p => p.Name).Select(p => new Choice(p.Id, p.Name)).ToListAsync(cancellationToken));
}
