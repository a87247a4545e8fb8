namespace Bootcamp.Domain.Subscriptions;

public enum RunOutcome { Delivered, Failed }

/// <summary>
/// One run of a subscription, kept whatever came of it: when the report was made and for which day, the file's
/// name and size, whether it was e-mailed, or why it failed. A scheduled run is for one due time
/// (<see cref="DueAtUtc"/>); a second run for a due time already delivered is not made.
/// </summary>
public sealed class SubscriptionRun
{
    public const int MaxProblemLength = 1000;

    private SubscriptionRun()
    {
    }

    public int Id { get; private set; }
    public int SubscriptionId { get; private set; }
    public DateTime DueAtUtc { get; private set; }
    public DateTime MadeAtUtc { get; private set; }
    public DateOnly AsOf { get; private set; }
    public RunOutcome Outcome { get; private set; }
    public string? FileName { get; private set; }
    public long? SizeBytes { get; private set; }

    /// <summary>The file in the owner's downloads (an export of the downloads store), while it is kept there.</summary>
    public Guid? DownloadId { get; private set; }
    public string? Problem { get; private set; }

    /// <summary>The address the link was sent to; null when no e-mail went out.</summary>
    public string? EmailedTo { get; private set; }

    /// <summary>Why the e-mail did not go out, when the file was delivered to the downloads but the mail failed.</summary>
    public string? EmailProblem { get; private set; }

    public static SubscriptionRun Delivered(int subscriptionId, DateTime dueAtUtc, DateTime madeAtUtc, DateOnly asOf, string fileName, long sizeBytes, Guid downloadId) => new()
    {
        SubscriptionId = subscriptionId, DueAtUtc = dueAtUtc, MadeAtUtc = madeAtUtc, AsOf = asOf, Outcome = RunOutcome.Delivered,
        FileName = fileName, SizeBytes = sizeBytes, DownloadId = downloadId,
    };

    public static SubscriptionRun Failed(int subscriptionId, DateTime dueAtUtc, DateTime madeAtUtc, DateOnly asOf, string problem) => new()
    {
        SubscriptionId = subscriptionId, DueAtUtc = dueAtUtc, MadeAtUtc = madeAtUtc, AsOf = asOf, Outcome = RunOutcome.Failed,
        Problem = Shorten(problem),
    };

    public void Emailed(string address) => EmailedTo = address;

    public void EmailFailed(string problem) => EmailProblem = Shorten(problem);

    private static string Shorten(string text) => text.Length <= MaxProblemLength ? text : text[..(MaxProblemLength - 1)] + "…";
}
