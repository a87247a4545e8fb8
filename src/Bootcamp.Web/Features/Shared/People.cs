using Bootcamp.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Features.Shared;

/// <summary>Logged evidence records who acted by sign-in e-mail; pages show the person's name where the account still exists.</summary>
public static class People
{
    public static async Task<IReadOnlyDictionary<string, string>> NamesAsync(BootcampDb db, IEnumerable<string?> emails, CancellationToken cancellationToken)
    {
        var wanted = emails.OfType<string>().Distinct().ToList();
        var found = await db.Users.AsNoTracking()
            .Where(u => u.Email != null && wanted.Contains(u.Email))
            .Select(u => new { Email = u.Email!, u.DisplayName })
            .ToListAsync(cancellationToken);
        var names = wanted.ToDictionary(e => e, e => e, StringComparer.OrdinalIgnoreCase);
        foreach (var user in found.Where(u => !string.IsNullOrWhiteSpace(u.DisplayName)))
            names[user.Email] = user.DisplayName;
        return names;
    }
}
