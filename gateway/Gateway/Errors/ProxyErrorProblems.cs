using Microsoft.AspNetCore.Diagnostics;
using Yarp.ReverseProxy.Forwarder;

namespace Platform.Gateway.Errors;

/// <summary>
/// Runs inside YARP's pipeline. Upstream responses pass through untouched (status-code pages are switched off for
/// them); when YARP could not forward, its error feature becomes a problem details body instead of an empty one.
/// </summary>
internal static class ProxyErrorProblems
{
    public static IApplicationBuilder UseProxyErrorProblems(this IApplicationBuilder proxy) =>
        proxy.Use(async (context, next) =>
        {
            if (context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
            {
                statusCodePages.Enabled = false;
            }

            await next(context);

            var error = context.GetForwarderErrorFeature();
            if (error is null || context.Response.HasStarted)
            {
                return;
            }

            var (status, title, detail) = Describe(error, context.Response.StatusCode);
            await GatewayProblems.WriteAsync(context, status, title, detail);
        });

    private static (int Status, string Title, string Detail) Describe(IForwarderErrorFeature error, int statusSetByYarp)
    {
        if (Unwrap(error.Exception).OfType<BadHttpRequestException>().FirstOrDefault() is { } badRequest)
        {
            return badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? (StatusCodes.Status413PayloadTooLarge, "Request body too large", "The request body exceeds the gateway's size limit.")
                : (badRequest.StatusCode, "Bad request", "The request body could not be read.");
        }

        return error.Error switch
        {
            ForwarderError.NoAvailableDestinations =>
                (StatusCodes.Status503ServiceUnavailable, "Service unavailable", "No instance of the service is available."),
            ForwarderError.RequestTimedOut =>
                (StatusCodes.Status504GatewayTimeout, "Service timed out", "The service did not answer in time."),
            ForwarderError.RequestCanceled or ForwarderError.RequestBodyCanceled or ForwarderError.RequestBodyClient =>
                (statusSetByYarp, "Request aborted", "The request was cancelled or its body could not be read."),
            _ => (StatusCodes.Status502BadGateway, "Service unreachable", "The service could not be reached or failed to answer."),
        };
    }

    private static IEnumerable<Exception> Unwrap(Exception? exception)
    {
        if (exception is null)
        {
            yield break;
        }

        yield return exception;
        IEnumerable<Exception> inner = exception switch
        {
            AggregateException aggregate => aggregate.InnerExceptions,
            { InnerException: { } single } => [single],
            _ => [],
        };
        foreach (var nested in inner.SelectMany(Unwrap))
        {
            yield return nested;
        }
    }
}
