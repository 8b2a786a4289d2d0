using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.Testing;

/// <summary>
/// Generated bad input for every operation of an OpenAPI document (issue 14): from each request body's schema it builds
/// a plausible body, then breaks it one way per request (wrong type, NUL, unpaired surrogate, huge string, huge
/// number, missing or extra field, deep nesting, impossible date, unknown enum value, not JSON at all), and fills path
/// and query parameters with odd values. Deterministic for a seed. What a caller must never see is a 5xx.
/// </summary>
public static class OpenApiFuzz
{
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    private static readonly string[] OddIds =
        ["0", "-1", "abc", "00000000-0000-0000-0000-000000000000", "2147483648", "99999999999999999999", "%00", "%ED%A0%80", new string('9', 300), "1.5", "true"];

    public sealed record ServerError(string Request, int Status, string Body);

    /// <returns>How many requests were sent, and each that got a 5xx.</returns>
    public static async Task<(int Requests, List<ServerError> ServerErrors)> RunAsync(
        HttpClient client, string documentPath, int seed, int requestsPerOperation)
    {
        ArgumentNullException.ThrowIfNull(client);
        var document = JsonNode.Parse(await client.GetStringAsync(new Uri(documentPath, UriKind.Relative)))!;
        var random = new Random(seed);
        var requests = 0;
        var errors = new List<ServerError>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var method in Methods)
            {
                if (item![method] is not { } operation)
                {
                    continue;
                }

                var schema = operation["requestBody"]?["content"]?["application/json"]?["schema"];
                for (var i = 0; i < requestsPerOperation; i++)
                {
                    var url = Url(path, operation, random, odd: i % 2 == 1);
                    var (description, body) = schema is null ? ("no body", null) : Body(document, schema, random, i);
                    using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url);
                    if (body is not null)
                    {
                        request.Content = new StringContent(body, Encoding.UTF8, "application/json");
                    }

                    request.Headers.TryAddWithoutValidation("Idempotency-Key", random.Next(4) == 0 ? new string('k', 500) : Guid.NewGuid().ToString());
                    if (random.Next(4) == 0)
                    {
                        request.Headers.TryAddWithoutValidation("If-Match", random.Next(2) == 0 ? "\"abc\"" : "\"99999999999\"");
                    }

                    using var response = await client.SendAsync(request);
                    requests++;
                    if ((int)response.StatusCode >= 500)
                    {
                        var text = await response.Content.ReadAsStringAsync();
                        errors.Add(new ServerError($"{method.ToUpperInvariant()} {url} ({description}): {Cut(body)}", (int)response.StatusCode, Cut(text)));
                    }
                }
            }
        }

        return (requests, errors);
    }

    private static string Cut(string? text) => text is null ? "" : text.Length <= 300 ? text : text[..300] + "…";

    private static string Url(string path, JsonNode operation, Random random, bool odd)
    {
        var url = new StringBuilder();
        foreach (var segment in path.Split('/'))
        {
            if (url.Length > 0 || segment.Length > 0)
            {
                url.Append('/');
            }

            url.Append(System.Text.RegularExpressions.Regex.Replace(segment, "\\{([^}]+)\\}", match =>
                odd ? OddIds[random.Next(OddIds.Length)] : PlausiblePathValue(match.Groups[1].Value, operation, random)));
        }

        var query = (operation["parameters"]?.AsArray() ?? [])
            .Where(p => p?["in"]?.GetValue<string>() == "query")
            .Select(p => $"{p!["name"]!.GetValue<string>()}={(odd ? OddIds[random.Next(OddIds.Length)] : "1")}")
            .ToList();
        return query.Count == 0 ? url.ToString() : $"{url}?{string.Join('&', query)}";
    }

    private static string PlausiblePathValue(string name, JsonNode operation, Random random)
    {
        var parameter = (operation["parameters"]?.AsArray() ?? []).FirstOrDefault(p => p?["name"]?.GetValue<string>() == name);
        var schema = parameter?["schema"];
        return TypeOf(schema) switch
        {
            "integer" => random.Next(1, 5).ToString(CultureInfo.InvariantCulture),
            _ when schema?["format"]?.GetValue<string>() == "uuid" => Guid.NewGuid().ToString(),
            _ => "x",
        };
    }

    private static (string Description, string Body) Body(JsonNode document, JsonNode schema, Random random, int round)
    {
        var plausible = Plausible(document, schema, random, depth: 0);
        var mutation = round % 13;
        switch (mutation)
        {
            case 0:
                return ("plausible", plausible?.ToJsonString() ?? "null");
            case 1:
                return ("not JSON", "{\"unterminated\": ");
            case 2:
                return ("deep nesting", new string('[', 5000) + new string(']', 5000));
            case 3:
                return ("null body", "null");
        }

        if (plausible is not JsonObject root)
        {
            return ("wrong top-level type", "{\"x\":1}");
        }

        var leaves = Leaves(root).ToList();
        if (leaves.Count == 0)
        {
            return ("extra field on empty object", "{\"unexpected\":1}");
        }

        var (parent, key) = leaves[random.Next(leaves.Count)];
        var target = parent[key];
        var description = mutation switch
        {
            4 => Set(parent, key, target is JsonValue v && v.GetValueKind() == JsonValueKind.String ? JsonValue.Create(12345) : JsonValue.Create("not-the-type"), "wrong type"),
            5 => Set(parent, key, JsonValue.Create("nul\u0000inside"), "NUL character"),
            6 => Set(parent, key, JsonValue.Create("lone \ud800 surrogate"), "unpaired surrogate"),
            7 => Set(parent, key, JsonValue.Create(new string('h', 100_000)), "huge string"),
            8 => Set(parent, key, JsonValue.Create(1e308), "huge number"),
            9 => Remove(parent, key),
            10 => Set(root, "unexpectedField", JsonValue.Create(true), "extra field"),
            11 => Set(parent, key, JsonValue.Create("2025-02-30"), "impossible date"),
            _ => Set(parent, key, JsonValue.Create("no-such-value"), "unknown enum value"),
        };
        return (description + " at " + key, root.ToJsonString());
    }

    private static string Set(JsonNode parent, string key, JsonNode? value, string description)
    {
        if (parent is JsonObject obj)
        {
            obj[key] = value;
        }
        else if (parent is JsonArray array && int.TryParse(key, CultureInfo.InvariantCulture, out var index))
        {
            array[index] = value;
        }

        return description;
    }

    private static string Remove(JsonNode parent, string key)
    {
        if (parent is JsonObject obj)
        {
            obj.Remove(key);
        }

        return "missing field";
    }

    private static IEnumerable<(JsonNode Parent, string Key)> Leaves(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    yield return (obj, key);
                    if (value is not null and not JsonValue)
                    {
                        foreach (var leaf in Leaves(value))
                        {
                            yield return leaf;
                        }
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    yield return (array, i.ToString(CultureInfo.InvariantCulture));
                    if (array[i] is { } item and not JsonValue)
                    {
                        foreach (var leaf in Leaves(item))
                        {
                            yield return leaf;
                        }
                    }
                }

                break;
        }
    }

    private static JsonNode? Resolve(JsonNode document, JsonNode? schema)
    {
        for (var hops = 0; hops < 20 && schema?["$ref"]?.GetValue<string>() is { } reference; hops++)
        {
            schema = reference.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries)
                .Aggregate((JsonNode?)document, (node, part) => node?[part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)]);
        }

        return schema;
    }

    private static string? TypeOf(JsonNode? schema) => schema?["type"] switch
    {
        JsonArray types => types.Select(t => t?.GetValue<string>()).FirstOrDefault(t => t is not null and not "null"),
        JsonValue type => type.GetValue<string>(),
        _ => null,
    };

    private static JsonNode? Plausible(JsonNode document, JsonNode? schema, Random random, int depth)
    {
        schema = Resolve(document, schema);
        if (schema is null || depth > 8)
        {
            return null;
        }

        if (schema["enum"] is JsonArray values && values.Count > 0)
        {
            return values[random.Next(values.Count)]?.DeepClone();
        }

        foreach (var combinator in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema[combinator] is JsonArray options && options.Count > 0)
            {
                return Plausible(document, options.FirstOrDefault(o => TypeOf(Resolve(document, o)) != "null") ?? options[0], random, depth + 1);
            }
        }

        switch (TypeOf(schema) ?? (schema["properties"] is not null ? "object" : null))
        {
            case "object":
                var result = new JsonObject();
                foreach (var (name, property) in schema["properties"]?.AsObject() ?? [])
                {
                    result[name] = Plausible(document, property, random, depth + 1);
                }

                return result;
            case "array":
                return new JsonArray(Plausible(document, schema["items"], random, depth + 1));
            case "integer":
                return JsonValue.Create(random.Next(1, 10));
            case "number":
                return JsonValue.Create(1.5);
            case "boolean":
                return JsonValue.Create(random.Next(2) == 0);
            case "string":
                return JsonValue.Create(schema["format"]?.GetValue<string>() switch
                {
                    "date" => "2025-07-15",
                    "date-time" => "2025-07-15T10:00:00Z",
                    "uuid" => Guid.NewGuid().ToString(),
                    _ => "plausible text " + random.Next(1000).ToString(CultureInfo.InvariantCulture),
                });
            default:
                return null;
        }
    }
}
