namespace Bootcamp.Web.Features.Subscriptions;

public static class SubscriptionServices
{
    public static IServiceCollection AddSubscriptions(this IServiceCollection services)
    {
        services.AddSingleton<SubscriptionScheduler>();
        services.AddScoped<SubscriptionsQuery>();
        services.AddScoped<SubscriptionWriter>();
        services.AddScoped<SubscriptionJob>();
        services.AddHostedService<SubscriptionJobsAtStartup>();
        return services;
    }
}
