using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Testing;

/// <summary>
/// An access matrix checked against the service's real endpoint table: every mapped endpoint must have a row (a new
/// endpoint without one fails the test), and each persona is sent to each endpoint. A persona the row allows must get
/// past authorisation (any answer but 401 or 403: with made-up ids and an empty body that is usually 400, 404 or
/// 422); one it does not allow must get 401 without a token and 403 with one. Rules that depend on the record itself
/// (an applicant's own application, an assessor's assignment) are the job of the service's flow tests.
/// </summary>
public static partial class AccessMatrix
{
    /// <summary>Every endpoint the host maps, as <c>"METHOD /route/{id}"</c> (constraints removed).</summary>
    public static IReadOnlyList<string> EndpointsOf(IServiceProvider services, string prefix)
    {
        ArgumentNullException.ThrowIfNull(services);
        return
        [
            .. services.GetRequiredService<EndpointDataSource>().Endpoints
                .OfType<RouteEndpoint>()
                .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                    .Select(method => $"{method} {Normalise(e.RoutePattern.RawText ?? "")}"))
                .Where(key => key.Split(' ')[1].StartsWith(prefix, StringComparison.Ordinal) && !key.Contains("/openapi", StringComparison.Ordinal))
                .Distinct()
                .Order(StringComparer.Ordinal),
        ];
    }

    /// <summary>
    /// Sends every persona to every endpoint and returns what disagrees with <paramref name="allowed"/> (endpoint key to
    /// the personas allowed; <see cref="Anyone"/> for public routes, <see cref="SignedIn"/> for any token).
    /// </summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(
        IServiceProvider services, string prefix, IReadOnlyDictionary<string, HttpClient> personas, IReadOnlyDictionary<string, string[]> allowed)
    {
        ArgumentNullException.ThrowIfNull(personas);
        ArgumentNullException.ThrowIfNull(allowed);
        var endpoints = EndpointsOf(services, prefix);
        var violations = new List<string>();
        violations.AddRange(endpoints.Where(e => !allowed.ContainsKey(e)).Select(e => $"{e}: not in the access matrix"));
        violations.AddRange(allowed.Keys.Where(k => !endpoints.Contains(k)).Select(k => $"{k}: in the matrix but not mapped"));
        foreach (var endpoint in endpoints.Where(allowed.ContainsKey))
        {
            var (method, route) = (endpoint.Split(' ')[0], endpoint.Split(' ')[1]);
            var path = Placeholder().Replace(route, _ => Guid.NewGuid().ToString());
            foreach (var (persona, client) in personas)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                if (method is "POST" or "PUT" or "PATCH")
                {
                    request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                }

                using var response = await client.SendAsync(request);
                var status = response.StatusCode;
                var mayPass = allowed[endpoint].Contains(Anyone)
                    || allowed[endpoint].Contains(persona)
                    || (allowed[endpoint].Contains(SignedIn) && persona != Anonymous);
                var expected = mayPass ? "past authorisation"
                    : persona == Anonymous ? "401"
                    : "403";
                var ok = mayPass
                    ? status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                    : status == (persona == Anonymous ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden);
                if (!ok)
                {
                    violations.Add($"{endpoint} as {persona}: {(int)status}, expected {expected}");
                }
            }
        }

        return violations;
    }

    /// <summary>The persona name for a client without a token.</summary>
    public const string Anonymous = "anonymous";

    /// <summary>In a row: every persona, token or not.</summary>
    public const string Anyone = "*";

    /// <summary>In a row: every persona with a token.</summary>
    public const string SignedIn = "signed-in";

    private static string Normalise(string route)
    {
        var path = "/" + Constraint().Replace(route, "{$1}").Trim('/');
        return path;
    }

    [GeneratedRegex(@"\{([^}:?*]+)[^}]*\}")]
    private static partial Regex Constraint();

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Placeholder();
}
