namespace Bootcamp.Web.Data.SeedData;

public sealed record DemoAccount(string Email, string Description);

/// <summary>The demo accounts of seed-data/accounts.json, for the start-up banner and the sign-in page; keep the two in step.</summary>
public static class DemoAccounts
{
    public const string Password = "Bootcamp!2026";

    public static IReadOnlyList<DemoAccount> All { get; } =
    [
        new("admin@bootcamp.local", "Admin: the whole network"),
        new("staff@bootcamp.local", "Centre staff: Berlin"),
        new("instructor@bootcamp.local", "Instructor: Amira Haddad, two cohorts"),
        new("partner@bootcamp.local", "Partner: Atlantic Skills Alliance (Lisbon)"),
        new("lisbon.staff@bootcamp.local", "Centre staff: Lisbon"),
        new("maple@bootcamp.local", "Partner: Maple Digital Futures (sponsor)"),
    ];
}
