using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Text;

namespace Platform.ServiceDefaults.Errors;

/// <summary>
/// Turns exceptions into RFC 9457 problem details. Client mistakes become the matching 4xx with the field or rule
/// named; anything else is a 500 whose body says nothing about the internals (the trace id links it to the logs).
/// </summary>
internal sealed partial class ProblemExceptionHandler(
    IProblemDetailsService problems, IOptions<RequestLimits> limits, ILogger<ProblemExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            BadHttpRequestException bad => FromBadRequest(bad, httpContext.Request.Path.Value),
            RuleViolationException rule => FromRuleViolation(rule),
            InvalidHeaderException header => new HttpValidationProblemDetails(new Dictionary<string, string[]> { [header.Field] = [header.Message] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "A request header is not valid.",
            },
            StaleVersionException stale => StaleVersion(stale.CurrentVersion),
            DbUpdateConcurrencyException concurrency => StaleVersion(await CurrentVersionAsync(concurrency, cancellationToken)),
            _ => null,
        };

        if (problem is null && DatabaseRefusals.Describe(exception) is { } refused)
        {
            // A check the edge should have made: the rule and field, never the value (it may be personal data).
            LogRefusedByDatabase(logger, refused.Extensions["rule"] as string ?? "", httpContext.Request.Path);
            problem = refused;
        }

        if (problem is null)
        {
            LogUnhandled(logger, exception.GetType().Name, httpContext.Request.Path, exception);
            problem = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "Something went wrong on our side.",
            };
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails StaleVersion(uint? currentVersion)
    {
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "The record was changed by someone else.",
            Detail = "Reload it and apply your change again.",
            Extensions = { ["rule"] = "stale-version" },
        };
        if (currentVersion is { } version)
        {
            problem.Extensions["currentVersion"] = version;
        }

        return problem;
    }

    /// <summary>The row version now in the database, when the conflicting entity has one (xmin mapped as Version).</summary>
    private static async Task<uint?> CurrentVersionAsync(DbUpdateConcurrencyException concurrency, CancellationToken cancellationToken)
    {
        var entry = concurrency.Entries.Count > 0 ? concurrency.Entries[0] : null;
        if (entry?.Metadata.FindProperty("Version") is null)
        {
            return null;
        }

        var current = await entry.GetDatabaseValuesAsync(cancellationToken);
        return current?["Version"] as uint?;
    }

    private ProblemDetails FromBadRequest(BadHttpRequestException bad, string? path)
    {
        if (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return new ProblemDetails
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = "The request body is too large.",
                Detail = $"Bodies up to {limits.Value.MaxFor(path)} bytes are accepted.",
            };
        }

        if (bad.InnerException is JsonException json)
        {
            return new HttpValidationProblemDetails(ErrorsFrom(json))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request body is not valid for this endpoint.",
            };
        }

        if (MissingBody().IsMatch(bad.Message))
        {
            return new HttpValidationProblemDetails(new Dictionary<string, string[]> { ["body"] = [MissingBodyMessage] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request body is not valid for this endpoint.",
            };
        }

        if (BindFailure().Match(bad.Message) is { Success: true } failure)
        {
            return new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                [JsonNamingPolicy.CamelCase.ConvertName(failure.Groups["name"].Value)] = [WrongFormatMessage],
            })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "A route or query value is not valid.",
            };
        }

        return new ProblemDetails
        {
            Status = bad.StatusCode,
            Title = "The request could not be read.",
            Detail = bad.Message,
        };
    }

    private static ProblemDetails FromRuleViolation(RuleViolationException rule) => new()
    {
        Status = rule.Kind switch
        {
            RuleViolationKind.InvalidTransition => StatusCodes.Status409Conflict,
            RuleViolationKind.NotFound => StatusCodes.Status404NotFound,
            RuleViolationKind.Forbidden => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status422UnprocessableEntity,
        },
        Title = rule.Message,
        Extensions = { ["rule"] = rule.Rule },
    };

    private const string MissingBodyMessage = "This endpoint needs a JSON body (not empty, not null).";

    private const string WrongFormatMessage = "This value has the wrong type or format.";

    private const string NullMessage = "This field needs a value; null is not allowed.";

    private static readonly string[] RequiredMessage = ["This field is required."];

    private static Dictionary<string, string[]> ErrorsFrom(JsonException json)
    {
        var missing = MissingProperties(json.Message);
        if (missing.Count > 0)
        {
            // The path points at the object that lacks them: "incidents[0]" + "occurredOn".
            var parent = FieldFromJsonPath(json.Path);
            return missing.ToDictionary(field => parent == "body" ? field : $"{parent}.{field}", _ => RequiredMessage);
        }

        return new Dictionary<string, string[]> { [FieldFromJsonPath(json.Path)] = [DescribeJsonError(json)] };
    }

    /// <summary>System.Text.Json names missing constructor parameters only in its message: "... including: 'a', 'b'."</summary>
    private static List<string> MissingProperties(string message)
    {
        var marker = message.IndexOf("missing required properties including:", StringComparison.Ordinal);
        return marker < 0
            ? []
            : QuotedName().Matches(message[marker..]).Select(match => match.Groups[1].Value).ToList();
    }

    /// <summary>ASP.NET Core's words for a query or route value that does not parse: <c>Failed to bind parameter "Nullable&lt;Guid&gt; After" from "x".</c></summary>
    [GeneratedRegex("^Failed to bind parameter \"(?:[^\"]* )?(?<name>[A-Za-z0-9_]+)\" from")]
    private static partial Regex BindFailure();

    /// <summary>
    /// ASP.NET Core's words for an empty body, or the JSON <c>null</c>, where a body parameter is required:
    /// <c>Implicit body inferred for parameter "request" but no body was provided.</c> or
    /// <c>Required parameter "X request" was not provided from body.</c>
    /// </summary>
    [GeneratedRegex("(^Implicit body inferred for parameter .* but no body was provided)|(^Required parameter .* was not provided from body)")]
    private static partial Regex MissingBody();

    [GeneratedRegex("'([^']+)'")]
    private static partial Regex QuotedName();

    /// <summary><c>$.milestones[2].dueDate</c> becomes <c>milestones[2].dueDate</c>; the root is <c>body</c>.</summary>
    private static string FieldFromJsonPath(string? path)
    {
        var field = (path ?? "$").TrimStart('$').TrimStart('.');
        return field.Length == 0 ? "body" : field;
    }

    /// <summary>System.Text.Json's messages name CLR types; say what the client can act on instead.</summary>
    private static string DescribeJsonError(JsonException json) => json.Message switch
    {
        var m when m.StartsWith(StorableTextJsonConverter.MessagePrefix, StringComparison.Ordinal) =>
            m[StorableTextJsonConverter.MessagePrefix.Length..],
        var m when m.Contains("could not be mapped to any .NET member", StringComparison.Ordinal) =>
            "This field is not part of the request.",
        var m when m.Contains("could not be converted", StringComparison.Ordinal) => WrongFormatMessage,
        var m when m.Contains("doesn't allow", StringComparison.Ordinal) && m.Contains("null values", StringComparison.Ordinal) =>
            NullMessage,
        _ => "The body is not well-formed JSON.",
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database refused a value on {Path} ({Rule}); the edge should have refused it")]
    private static partial void LogRefusedByDatabase(ILogger logger, string rule, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled {ExceptionType} on {Path}")]
    private static partial void LogUnhandled(ILogger logger, string exceptionType, string path, Exception exception);
}
