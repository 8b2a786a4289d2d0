using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Platform.ServiceDefaults.Errors;

/// <summary>
/// Refuses bodies over <see cref="RequestLimits.MaxRequestBodyBytes"/> (or a larger limit for its path, <see cref="RequestLimits.LargeBodies"/>) with 413 before anything reads them: a declared
/// Content-Length up front (on any host, TestServer included), a streamed body through the server's own limit.
/// </summary>
internal sealed class RequestBodyLimit(RequestDelegate next, IOptions<RequestLimits> limits)
{
    public Task InvokeAsync(HttpContext context)
    {
        var max = limits.Value.MaxFor(context.Request.Path.Value);
        if (context.Request.ContentLength > max)
        {
            throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = max;
        }

        return next(context);
    }
}
