using Bootcamp.Domain.Common;

namespace Bootcamp.Domain.Projects;

/// <summary>
/// A group's work for one milestone: the link and note it handed in (recorded by its instructor), and the review.
/// <see cref="SubmittedOn"/> is the centre's date of the submission, which lateness is judged on.
/// </summary>
public sealed class MilestoneSubmission
{
    public const int MaxLinkLength = 400;
    public const int MaxNoteLength = 1000;

    private MilestoneSubmission()
    {
        Link = null!;
        Note = null!;
        SubmittedBy = null!;
    }

    public MilestoneSubmission(int cohortId, int groupId, int milestoneId, string link, string? note, string by, DateTime atUtc, DateOnly on)
    {
        CohortId = cohortId;
        GroupId = groupId;
        MilestoneId = milestoneId;
        Link = "";
        Note = "";
        SubmittedBy = by;
        Submit(link, note, by, atUtc, on);
    }

    public int Id { get; private set; }
    public int CohortId { get; private set; }
    public int GroupId { get; private set; }
    public int MilestoneId { get; private set; }
    public string Link { get; private set; }
    public string Note { get; private set; }
    public string SubmittedBy { get; private set; }
    public DateTime SubmittedAtUtc { get; private set; }
    public DateOnly SubmittedOn { get; private set; }
    public string? ReviewedBy { get; private set; }
    public DateTime? ReviewedAtUtc { get; private set; }
    public string? ReviewNote { get; private set; }

    public bool IsReviewed => ReviewedAtUtc is not null;

    /// <summary>A new submission replaces the old one and asks for a new review.</summary>
    public void Submit(string link, string? note, string by, DateTime atUtc, DateOnly on)
    {
        Link = CheckLink(link);
        var text = (note ?? "").Trim();
        if (text.Length > MaxNoteLength)
            throw new DomainException(nameof(Note), $"A note is at most {MaxNoteLength} characters.");
        CalendarRange.Check(nameof(SubmittedOn), on, "The submission date");
        Note = text;
        SubmittedBy = by;
        SubmittedAtUtc = atUtc;
        SubmittedOn = on;
        ReviewedBy = null;
        ReviewedAtUtc = null;
        ReviewNote = null;
    }

    public void Review(string? note, string by, DateTime atUtc)
    {
        var text = (note ?? "").Trim();
        if (text.Length > MaxNoteLength)
            throw new DomainException(nameof(ReviewNote), $"A review note is at most {MaxNoteLength} characters.");
        ReviewedBy = by;
        ReviewedAtUtc = atUtc;
        ReviewNote = text.Length == 0 ? null : text;
    }

    /// <summary>Work is handed in as a link to where it lives (a repository, a document, a deployed app).</summary>
    public static string CheckLink(string? link)
    {
        var text = (link ?? "").Trim();
        if (text.Length == 0)
            throw new DomainException(nameof(Link), "Give the link to the submitted work.");
        if (text.Length > MaxLinkLength)
            throw new DomainException(nameof(Link), $"A link is at most {MaxLinkLength} characters.");
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            throw new DomainException(nameof(Link), "A link starts with https:// or http://.");
        return text;
    }
}

public enum MilestoneState
{
    Open,
    Submitted,
    Reviewed,
}

/// <summary>Where one group stands on one milestone, and whether it is late.</summary>
public sealed record MilestoneStanding(MilestoneState State, bool Late);

/// <summary>Issue 10: a milestone is late when it was submitted after its due date, or its due date passed without a submission.</summary>
public static class MilestoneTiming
{
    public static MilestoneStanding Of(DateOnly dueDate, DateOnly? submittedOn, bool reviewed, DateOnly today)
    {
        var state = submittedOn is null ? MilestoneState.Open : reviewed ? MilestoneState.Reviewed : MilestoneState.Submitted;
        var late = submittedOn is { } on ? on > dueDate : today > dueDate;
        return new(state, late);
    }
}
