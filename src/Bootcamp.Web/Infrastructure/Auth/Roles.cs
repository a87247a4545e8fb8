namespace Bootcamp.Web.Infrastructure.Auth;

public static class Roles
{
    public const string Admin = "Admin";
    public const string Staff = "Staff";
    public const string Instructor = "Instructor";
    public const string Partner = "Partner";

    public const string AdminOrStaff = Admin + "," + Staff;

    public static IReadOnlyList<string> All { get; } = [Admin, Staff, Instructor, Partner];
}
