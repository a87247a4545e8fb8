using Bootcamp.Web.Data.SeedData;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Bootcamp.Web.Infrastructure;

public static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        Console.WriteLine();
        Console.WriteLine("Bootcamp is running at " + string.Join(", ", addresses));
        Console.WriteLine($"Demo accounts (password {DemoAccounts.Password}):");
        foreach (var account in DemoAccounts.All)
            Console.WriteLine($"  {account.Email,-28} {account.Description}");
        Console.WriteLine();
    }
}
