using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Scheduling;

namespace Bootcamp.Web.Features.Shared;

/// <summary>
/// Statuses as people read them (issue 12: "NotGraduated" on a page is a code word). Pages print these; the enum's
/// name stays what is stored, posted and used as the badge's CSS class.
/// </summary>
public static class StatusWords
{
    public static string Word(EnrolmentStatus status) => status.Word();

    public static string Word(CohortStatus status) => status switch
    {
        CohortStatus.Planned => "Planned",
        CohortStatus.Active => "Active",
        CohortStatus.Completed => "Completed",
        CohortStatus.Cancelled => "Cancelled",
        _ => status.ToString(),
    };

    public static string Word(SessionStatus status) => status switch
    {
        SessionStatus.Scheduled => "Scheduled",
        SessionStatus.Cancelled => "Cancelled",
        _ => status.ToString(),
    };

    /// <summary>"3 withdrawn", "1 not graduated": a count before the word, which then reads in lower case.</summary>
    public static string Count(int count, EnrolmentStatus status) => $"{count} {Word(status).ToLowerInvariant()}";
}
