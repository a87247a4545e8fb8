namespace Bootcamp.Web.Features.Shared;

/// <summary>Previous and next links under a paged list; a link is null on the first or last page.</summary>
public sealed record Pager(int Page, int Pages, string? PreviousUrl, string? NextUrl)
{
    public static Pager For(int page, int pages, Func<int, string> url) =>
        new(page, pages, page > 1 ? url(page - 1) : null, page < pages ? url(page + 1) : null);
}
