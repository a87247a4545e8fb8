namespace Bootcamp.Web.Data.SeedData;

/// <summary>
/// Whether this installation is a demo (<c>Demo:Enabled</c>). Only a demo imports the demo data set and its accounts,
/// whose password is published, and shows them on the sign-in page and in the start-up banner. On by default in
/// Development only, so that a production start never creates an account anyone knows the password of.
/// </summary>
public sealed record DemoMode(bool Enabled)
{
    public static DemoMode From(IConfiguration configuration, IHostEnvironment environment) =>
        new(configuration.GetValue("Demo:Enabled", environment.IsDevelopment()));
}
