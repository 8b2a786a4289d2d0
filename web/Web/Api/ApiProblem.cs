using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.Web.Api;

/// <summary>
/// An API's RFC 9457 problem, as a page shows it: the messages per field (validation problems name the field, e.g.
/// <c>Applicant.Name</c> or <c>Incidents[0].OccurredOn</c>), and the rule or title and detail otherwise.
/// </summary>
public sealed class ApiProblem
{
    public required HttpStatusCode Status { get; init; }

    public string? Title { get; init; }

    public string? Detail { get; init; }

    /// <summary>The rule the request broke (<c>rule</c> in the problem), e.g. <c>stale-version</c>.</summary>
    public string? Rule { get; init; }

    /// <summary>The problem document as sent, for a page that shows an extension of its own (e.g. a file's rejected rows).</summary>
    public JsonElement Document { get; init; }

    /// <summary>Messages per API field name, compared without regard to case.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();

    /// <summary>What to tell the person when no field is named.</summary>
    public string Summary => Status switch
    {
        HttpStatusCode.Unauthorized => "Your session has ended. Sign in again.",
        HttpStatusCode.Forbidden => Rule is not null && Title is not null ? Title : "You do not have access to do this.",
        HttpStatusCode.TooManyRequests => "There have been too many attempts. Wait a minute and try again.",
        >= HttpStatusCode.InternalServerError => "Sorry, there is a problem with the service. Try again later.",
        _ => Detail ?? Title ?? "Something was not right with what you sent.",
    };

    public static async Task<ApiProblem> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        JsonElement body = default;
        if (response.Content.Headers.ContentType?.MediaType is { } type && type.Contains("json", StringComparison.Ordinal))
        {
            try
            {
                body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            }
            catch (JsonException)
            {
                // Not a problem document after all: the status alone says what happened.
            }
        }

        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("errors", out var fields) && fields.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in fields.EnumerateObject())
            {
                errors[field.Name] = field.Value.ValueKind == JsonValueKind.Array
                    ? [.. field.Value.EnumerateArray().Select(message => message.GetString() ?? "")]
                    : [field.Value.ToString()];
            }
        }

        return new ApiProblem
        {
            Status = response.StatusCode,
            Title = Text(body, "title"),
            Detail = Text(body, "detail"),
            Rule = Text(body, "rule"),
            Errors = errors,
            Document = body,
        };
    }

    /// <summary>The record changed since the person read it (409 <c>stale-version</c>): their change was not made.</summary>
    public bool IsStaleVersion => Status == HttpStatusCode.Conflict && Rule == "stale-version";

    /// <summary>The first message for any API field whose name starts with <paramref name="prefix"/>.</summary>
    public string? MessageFor(string prefix) =>
        Errors.FirstOrDefault(error => error.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    private static string? Text(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
