using Bootcamp.Domain.Common;

namespace Bootcamp.Domain.Learners;

public sealed class Learner
{
    private Learner()
    {
        FirstName = null!;
        LastName = null!;
        Email = null!;
    }

    public Learner(string firstName, string lastName, string email, string? phone)
    {
        FirstName = firstName;
        LastName = lastName;
        Email = email;
        Update(firstName, lastName, email, phone);
    }

    public int Id { get; private set; }
    public string FirstName { get; private set; }
    public string LastName { get; private set; }
    public string Email { get; private set; }
    public string? Phone { get; private set; }

    public string FullName => $"{FirstName} {LastName}";

    public void Update(string firstName, string lastName, string email, string? phone)
    {
        if (string.IsNullOrWhiteSpace(firstName))
            throw new DomainException(nameof(FirstName), "First name is required.");
        if (string.IsNullOrWhiteSpace(lastName))
            throw new DomainException(nameof(LastName), "Last name is required.");
        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@'))
            throw new DomainException(nameof(Email), "A valid e-mail address is required.");
        FirstName = firstName.Trim();
        LastName = lastName.Trim();
        Email = email.Trim().ToLowerInvariant();
        Phone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
    }
}
