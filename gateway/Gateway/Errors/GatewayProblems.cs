namespace Platform.Gateway.Errors;

/// <summary>RFC 9457 problem details for every response the gateway itself produces.</summary>
internal static class GatewayProblems
{
    // TODO(service-defaults): drop this registration once builder.AddServiceDefaults() registers problem details.
    public static IServiceCollection AddGatewayProblemDetails(this IServiceCollection services) =>
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path);

    /// <summary>
    /// Writes application/problem+json whatever the client's Accept header says (the problem details service first,
    /// plain JSON serialisation as its fallback), so a client never sees an empty or HTML error.
    /// </summary>
    public static Task WriteAsync(HttpContext context, int status, string title, string detail) =>
        TypedResults.Problem(detail: detail, instance: context.Request.Path, statusCode: status, title: title).ExecuteAsync(context);
}
