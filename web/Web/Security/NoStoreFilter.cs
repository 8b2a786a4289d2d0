using Microsoft.AspNetCore.Mvc.Filters;

namespace Platform.Web.Security;

/// <summary>
/// Pages may show personal data (an applicant's name, a referral), so no page is kept by the browser or any cache:
/// the back button after signing out must not show them. Static assets are not pages and stay cacheable.
/// </summary>
internal sealed class NoStoreFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        context.HttpContext.Response.Headers.CacheControl = "no-cache, no-store"; // as antiforgery sets it, so it has nothing to override
        context.HttpContext.Response.Headers.Pragma = "no-cache";
        return next();
    }
}
