using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Platform.ServiceDefaults.Text;

/// <summary>
/// Query string values and path segments go through <see cref="StorableText"/> before any endpoint binds them: a
/// <c>%00</c> in a search term is a 400 naming the parameter, not a database error.
/// </summary>
internal sealed class QueryTextGuard(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var (name, values) in context.Request.Query)
        {
            if (StorableText.Problem(name) is { } nameProblem)
            {
                errors["query"] = [nameProblem];
            }

            foreach (var value in values)
            {
                if (value is not null && StorableText.Problem(value) is { } problem)
                {
                    errors[name] = [problem];
                }
            }
        }

        if (context.Request.Path.Value is { } path && StorableText.Problem(path) is { } pathProblem)
        {
            errors["path"] = [pathProblem];
        }

        if (errors.Count == 0)
        {
            await next(context);
            return;
        }

        await TypedResults.ValidationProblem(errors, title: "A route or query value is not valid.").ExecuteAsync(context);
    }
}
