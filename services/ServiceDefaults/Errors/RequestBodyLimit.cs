using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Platform.ServiceDefaults.Errors;

/// <summary>
/// Refuses bodies over <see cref="ProblemDetailsSetup.MaxRequestBodyBytes"/> with 413 on any server: Kestrel's own
/// limit covers streamed bodies, this covers a declared Content-Length up front (and hosts without Kestrel's limit).
/// </summary>
internal sealed class RequestBodyLimit(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentLength > ProblemDetailsSetup.MaxRequestBodyBytes)
        {
            throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = ProblemDetailsSetup.MaxRequestBodyBytes;
        }

        return next(context);
    }
}
