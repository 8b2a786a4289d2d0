using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Platform.Web.Security;

namespace Platform.Web.Api;

/// <summary>
/// The platform's APIs, called through the gateway as the signed-in person (their access token from the server-side
/// ticket) or, for the public pages, as nobody. Answers are either the body or the API's problem, which pages show
/// as GOV.UK error messages (<see cref="ApiProblem"/>).
/// </summary>
public sealed class GatewayApi(HttpClient http, IHttpContextAccessor context)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task<ApiResult<T>> GetAsync<T>(string path, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Get, path, null, cancellationToken);

    public Task<ApiResult<T>> PostAsync<T>(string path, object? body, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Post, path, body ?? new { }, cancellationToken);

    public Task<ApiResult<T>> PutAsync<T>(string path, object body, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Put, path, body, cancellationToken);

    /// <summary>
    /// A change to a record the person read at <paramref name="version"/> (its ETag): the API refuses it with 409
    /// <c>stale-version</c> if someone else changed the record since, rather than overwrite their change.
    /// </summary>
    public Task<ApiResult<T>> PostAsync<T>(string path, object? body, uint version, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Post, path, body ?? new { }, cancellationToken, ifMatch: $"\"{version}\"");

    /// <summary>A create-or-replace (PUT); <paramref name="version"/> is the ETag read, when replacing what the person saw.</summary>
    public Task<ApiResult<T>> PutAsync<T>(string path, object body, uint? version = null, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Put, path, body, cancellationToken, ifMatch: version is { } read ? $"\"{read}\"" : null);

    /// <summary>
    /// Files the person chose, passed on to the API as multipart/form-data (one part per file, under
    /// <paramref name="partName"/>), streamed from the browser's upload rather than held in memory.
    /// </summary>
    public async Task<ApiResult<T>> PostFilesAsync<T>(
        string path, string partName, IEnumerable<IFormFile> files, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        using var request = await RequestAsync(HttpMethod.Post, path, null, null);
        using var form = new MultipartFormDataContent();
        foreach (var file in files)
        {
            var part = new StreamContent(file.OpenReadStream());
            part.Headers.ContentType = MediaTypeHeaderValue.TryParse(file.ContentType, out var type) ? type : new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, partName, Path.GetFileName(file.FileName));
        }

        request.Content = form;
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return ApiResult<T>.Success((await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken))!);
        }

        return ApiResult<T>.Failure(await ApiProblem.ReadAsync(response, cancellationToken));
    }

    /// <summary>A file the API makes (a CSV export), to hand to the browser as a download.</summary>
    public async Task<ApiResult<ApiFile>> GetFileAsync(string path, CancellationToken cancellationToken = default)
    {
        using var request = await RequestAsync(HttpMethod.Get, path, null, null);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        using var response = await http.SendAsync(request, cancellationToken);
        try
        {
            if (!response.IsSuccessStatusCode)
            {
                return ApiResult<ApiFile>.Failure(await ApiProblem.ReadAsync(response, cancellationToken));
            }

            return ApiResult<ApiFile>.Success(new ApiFile(
                await response.Content.ReadAsByteArrayAsync(cancellationToken),
                response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream"));
        }
        finally
        {
            ServerTiming.Record(context.HttpContext, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        }
    }

    private async Task<ApiResult<T>> SendAsync<T>(
        HttpMethod method, string path, object? body, CancellationToken cancellationToken, string? ifMatch = null)
    {
        using var request = await RequestAsync(method, path, body, ifMatch);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        using var response = await http.SendAsync(request, cancellationToken);
        try
        {
            if (response.IsSuccessStatusCode)
            {
                var value = response.StatusCode == HttpStatusCode.NoContent
                    ? default
                    : await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken);
                return ApiResult<T>.Success(value!);
            }

            return ApiResult<T>.Failure(await ApiProblem.ReadAsync(response, cancellationToken));
        }
        finally
        {
            ServerTiming.Record(context.HttpContext, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        }
    }

    private async Task<HttpRequestMessage> RequestAsync(HttpMethod method, string path, object? body, string? ifMatch)
    {
        var request = new HttpRequestMessage(method, path.TrimStart('/'));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: Json);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (context.HttpContext is { } httpContext && httpContext.User.Identity?.IsAuthenticated == true &&
            await httpContext.GetTokenAsync("access_token") is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }
}

/// <summary>A file as the API sent it.</summary>
public sealed record ApiFile(byte[] Content, string ContentType);

/// <summary>One page of a list the APIs page by keyset: the items, and the id to ask for the next page after (none on the last).</summary>
public sealed record ApiPage<T>(IReadOnlyList<T> Items, Guid? NextAfter);

public sealed class ApiResult<T>
{
    private ApiResult(T? value, ApiProblem? problem)
    {
        Value = value;
        Problem = problem;
    }

    public T? Value { get; }

    public ApiProblem? Problem { get; }

    public bool Succeeded => Problem is null;

    internal static ApiResult<T> Success(T value) => new(value, null);

    internal static ApiResult<T> Failure(ApiProblem problem) => new(default, problem);
}

internal static class GatewayApiSetup
{
    public static IServiceCollection AddGatewayApi(this IServiceCollection services, WebSettings settings)
    {
        services.AddHttpContextAccessor();
        services.AddHttpClient<GatewayApi>(http =>
        {
            http.BaseAddress = settings.Gateway;
            http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        }).ForwardingPersonAddress(settings);
        return services;
    }
}
