using Bootcamp.Domain.Common;

namespace Bootcamp.Domain.Cohorts;

public sealed class Instructor
{
    private Instructor()
    {
        FullName = null!;
        Email = null!;
    }

    public Instructor(string fullName, string email, int? homeCentreId)
    {
        FullName = fullName;
        Email = email;
        Update(fullName, email, homeCentreId);
    }

    public int Id { get; private set; }
    /// <summary>The secret part of the private iCal feed URL; resetting it invalidates old subscriptions.</summary>
    public string CalendarToken { get; private set; } = NewCalendarToken();
    public string FullName { get; private set; }
    public string Email { get; private set; }
    public int? HomeCentreId { get; private set; }

    public void Update(string fullName, string email, int? homeCentreId)
    {
        if (string.IsNullOrWhiteSpace(fullName))
            throw new DomainException(nameof(FullName), "An instructor needs a name.");
        FullName = fullName.Trim();
        Email = email.Trim();
        HomeCentreId = homeCentreId;
    }

    public void ResetCalendarToken() => CalendarToken = NewCalendarToken();

    private static string NewCalendarToken() => Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(20)).ToLowerInvariant();
}
