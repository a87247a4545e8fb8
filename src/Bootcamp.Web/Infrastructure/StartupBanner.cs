using Bootcamp.Web.Data.SeedData;
using Bootcamp.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Bootcamp.Web.Infrastructure;

public static class StartupBanner
{
    /// <summary>Where the app listens and how to get in: the demo accounts in demo mode only, the first-admin command while there is no account.</summary>
    public static void Print(WebApplication app, bool hasAccounts)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        Console.WriteLine();
        Console.WriteLine("Bootcamp is running at " + string.Join(", ", addresses));
        if (app.Services.GetRequiredService<DemoMode>().Enabled && hasAccounts)
        {
            Console.WriteLine($"Demo mode. Demo accounts (password {DemoAccounts.Password}):");
            foreach (var account in DemoAccounts.All)
                Console.WriteLine($"  {account.Email,-28} {account.Description}");
        }
        else if (!hasAccounts)
        {
            Console.WriteLine(CreateAdminCommand.Instructions);
        }
        Console.WriteLine();
    }
}
