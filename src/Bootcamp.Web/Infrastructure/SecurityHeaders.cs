namespace Bootcamp.Web.Infrastructure;

/// <summary>
/// Tells the browser to run only the app's own script files, never to show its pages in a frame, not to guess content
/// types and not to send page addresses (which hold ids) to other sites. Added as the response starts, so that every
/// response carries them: pages, static files, /health, redirects and error pages (the exception handler clears the
/// headers set before it).
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    /// <summary>
    /// No inline script anywhere. Inline style attributes stay allowed (<c>style-src-attr</c>) for the widths of the
    /// progress bars; they cannot run script.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data:; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var headers = ((HttpResponse)state).Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XFrameOptions = "DENY";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            return Task.CompletedTask;
        }, context.Response);
        return next(context);
    }
}
