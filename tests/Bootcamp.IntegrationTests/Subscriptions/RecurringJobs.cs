using Bootcamp.IntegrationTests.Support;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Subscriptions;

/// <summary>The app's recurring jobs as its Hangfire storage holds them, and a way to run one now on its real server.</summary>
public static class RecurringJobs
{
    public static RecurringJobDto? Find(BootcampApp app, string id)
    {
        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
        return connection.GetRecurringJobs().SingleOrDefault(j => j.Id == id);
    }

    public static IReadOnlyList<string> Ids(BootcampApp app)
    {
        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
        return [.. connection.GetRecurringJobs().Select(j => j.Id)];
    }

    /// <summary>Triggers the recurring job and waits until the app's Hangfire server has run it; returns the final state's name.</summary>
    public static async Task<string> RunNowAsync(BootcampApp app, string id)
    {
        var manager = (IRecurringJobManagerV2)app.Services.GetRequiredService<IRecurringJobManager>();
        var jobId = manager.TriggerJob(id) ?? throw new InvalidOperationException($"No recurring job {id}");
        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var state = connection.GetStateData(jobId)?.Name;
            // A job that threw is failed, then scheduled for a retry.
            if (state is "Succeeded" or "Failed" or "Scheduled" or "Deleted")
                return state;
            await Task.Delay(50);
        }
        throw new TimeoutException($"Job {jobId} of {id} did not finish within a minute");
    }
}
