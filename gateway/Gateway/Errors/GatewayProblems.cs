namespace Platform.Gateway.Errors;

/// <summary>RFC 9457 problem details for the responses the gateway itself produces.</summary>
internal static class GatewayProblems
{
    /// <summary>
    /// Writes application/problem+json whatever the client's Accept header says (the problem details service first,
    /// plain JSON serialisation as its fallback), so a client never sees an empty or HTML error.
    /// </summary>
    public static Task WriteAsync(HttpContext context, int status, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title).ExecuteAsync(context);

    /// <summary>Anything no route serves is a 404 problem, with or without a token (the platform's fallback policy
    /// would otherwise answer 401 and hide the mistake).</summary>
    public static IEndpointRouteBuilder MapUnknownRoutes(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapFallback("{**path}", (HttpContext context) => WriteAsync(context, StatusCodes.Status404NotFound, "Not Found",
            "No service answers this path. Service paths start with /api/<service>/; see /docs.")).AllowAnonymous();
        return endpoints;
    }
}
