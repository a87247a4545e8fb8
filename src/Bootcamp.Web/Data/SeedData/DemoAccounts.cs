namespace Bootcamp.Web.Data.SeedData;

public sealed record DemoAccount(string Email, string Description);

public static class DemoAccounts
{
    public const string Password = "Bootcamp!2026";

    public static IReadOnlyList<DemoAccount> All { get; } =
    [
        new("admin@bootcamp.local", "Admin: the whole network"),
        new("staff@bootcamp.local", "Centre staff: Berlin"),
        new("instructor@bootcamp.local", "Instructor: two cohorts"),
        new("partner@bootcamp.local", "Partner: its own cohorts"),
    ];
}
