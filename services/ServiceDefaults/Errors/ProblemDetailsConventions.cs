using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Platform.ServiceDefaults.Errors;

/// <summary>What every problem response carries, whoever produced it.</summary>
internal static class ProblemDetailsConventions
{
    public static void Apply(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problem.Instance ??= context.HttpContext.Request.Path;
        problem.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
        if (problem is HttpValidationProblemDetails validation)
        {
            CamelCaseFieldNames(validation);
        }
    }

    /// <summary>Validation names fields as the client wrote them (camelCase JSON), not as C# properties.</summary>
    private static void CamelCaseFieldNames(HttpValidationProblemDetails validation)
    {
        var renamed = validation.Errors.ToDictionary(
            pair => string.Join('.', pair.Key.Split('.').Select(part => JsonNamingPolicy.CamelCase.ConvertName(part))),
            pair => pair.Value);
        validation.Errors.Clear();
        foreach (var (field, messages) in renamed)
        {
            validation.Errors[field] = messages;
        }
    }
}
