namespace Bootcamp.Web.Features.Shared;

/// <summary>Previous and next links under a paged list; a link is null on the first or last page.</summary>
public sealed record Pager(int Page, int Pages, string? PreviousUrl, string? NextUrl)
{
    public static Pager For(int page, int pages, Func<int, string> url) =>
        new(page, pages, page > 1 ? url(page - 1) : null, page < pages ? url(page + 1) : null);

    /// <summary>
    /// The page asked for among <paramref name="count"/> items, <paramref name="size"/> a page: a page before the first
    /// shows the first, one past the last shows the last.
    /// </summary>
    public static Pager Of(int requested, int count, int size, Func<int, string> url)
    {
        var pages = Math.Max(1, (count + size - 1) / size);
        return For(Math.Clamp(requested, 1, pages), pages, url);
    }

    /// <summary>How many items come before this page, at <paramref name="size"/> a page.</summary>
    public int Skip(int size) => (Page - 1) * size;
}
