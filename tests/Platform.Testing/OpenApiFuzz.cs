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
/// and query parameters with odd values. Path ids and body fields ending in <c>Id</c> are taken, where it can, from
/// records the run itself created or listed earlier (harvested from <c>Location</c> headers and <c>id</c> fields), so
/// that broken bodies reach the handlers and the database instead of stopping at a 404. Deterministic for a seed
/// (apart from the ids the services mint). What a caller must never see is a 5xx.
/// </summary>
public static class OpenApiFuzz
{
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    private static readonly string[] OddIds =
        ["0", "-1", "abc", "00000000-0000-0000-0000-000000000000", "2147483648", "99999999999999999999", "%00", "%ED%A0%80", new string('9', 300), "1.5", "true"];

    /// <summary>A response that breaks the rule: the request, the status and the start of the body.</summary>
    public sealed record Finding(string Request, int Status, string Body)
    {
        public override string ToString() => $"{Status} for {Request}: {Body}";
    }

    /// <summary>
    /// What a run found. <see cref="ServerErrors"/>: every 5xx. <see cref="UnnamedRefusals"/>: a 400 or 422 that is not a
    /// problem detail naming a field (<c>errors</c>) or a rule (<c>rule</c>), and a 400 to a body broken at one field
    /// (NUL, unpaired surrogate, huge string, wrong type) that does not name that field.
    /// </summary>
    public sealed record Report(int Requests, IReadOnlyList<Finding> ServerErrors, IReadOnlyList<Finding> UnnamedRefusals, IReadOnlyDictionary<int, int> Statuses)
    {
        /// <summary>Requests that reached a handler and were accepted (2xx): how deep the run got.</summary>
        public int Accepted => Statuses.Where(s => s.Key is >= 200 and < 300).Sum(s => s.Value);

        public override string ToString() =>
            $"{Requests} requests ({string.Join(", ", Statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"))}); " +
            $"{ServerErrors.Count} 5xx, {UnnamedRefusals.Count} refusals naming no field or rule" + Environment.NewLine +
            string.Join(Environment.NewLine, ServerErrors.Concat(UnnamedRefusals).Take(40));

        /// <summary>Two runs' findings together (e.g. one document as staff, then anonymously).</summary>
        public Report Add(Report other)
        {
            ArgumentNullException.ThrowIfNull(other);
            var statuses = Statuses.ToDictionary();
            foreach (var (status, count) in other.Statuses)
            {
                statuses[status] = statuses.GetValueOrDefault(status) + count;
            }

            return new Report(Requests + other.Requests, [.. ServerErrors, .. other.ServerErrors], [.. UnnamedRefusals, .. other.UnnamedRefusals], statuses);
        }
    }

    /// <summary>Mutations at one field that a service must refuse (when it refuses) naming that field.</summary>
    private static readonly string[] FieldMutations = ["wrong type", "NUL character", "unpaired surrogate", "huge string"];

    /// <summary>How many operations a run of <see cref="RunAsync"/> would walk (to share a number of requests out).</summary>
    public static async Task<int> OperationCountAsync(HttpClient client, string documentPath, string? onlyPathsStartingWith = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var document = JsonNode.Parse(await client.GetStringAsync(new Uri(documentPath, UriKind.Relative)))!;
        return document["paths"]!.AsObject()
            .Where(path => onlyPathsStartingWith is null || path.Key.StartsWith(onlyPathsStartingWith, StringComparison.Ordinal))
            .Sum(path => Methods.Count(method => path.Value?[method] is not null));
    }

    /// <param name="onlyPathsStartingWith">Walk only these operations (e.g. the public routes, anonymously); null: all.</param>
    public static async Task<Report> RunAsync(HttpClient client, string documentPath, int seed, int requestsPerOperation, string? onlyPathsStartingWith = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var document = JsonNode.Parse(await client.GetStringAsync(new Uri(documentPath, UriKind.Relative)))!;
        var random = new Random(seed);
        var known = new KnownIds();
        var requests = 0;
        var errors = new List<Finding>();
        var unnamed = new List<Finding>();
        var statuses = new Dictionary<int, int>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            if (onlyPathsStartingWith is not null && !path.StartsWith(onlyPathsStartingWith, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var method in Methods)
            {
                if (item![method] is not { } operation)
                {
                    continue;
                }

                var schema = operation["requestBody"]?["content"]?["application/json"]?["schema"];
                for (var i = 0; i < requestsPerOperation; i++)
                {
                    // Odd path values on every other request without a body, on about one in four with one (never tied to
                    // the body's mutation, which would hide that mutation behind a 404 at every path with an id).
                    var odd = schema is null ? i % 2 == 1 : random.Next(4) == 0;
                    var url = Url(path, operation, random, odd, known);
                    var (description, body) = schema is null ? ("no body", null) : Body(document, schema, random, i, known);
                    using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url);
                    if (body is not null)
                    {
                        request.Content = new StringContent(body, Encoding.UTF8, "application/json");
                    }

                    request.Headers.TryAddWithoutValidation("Idempotency-Key", random.Next(4) == 0 ? new string('k', 500) : Guid.NewGuid().ToString());
                    var badIfMatch = random.Next(4) == 0;
                    if (badIfMatch)
                    {
                        request.Headers.TryAddWithoutValidation("If-Match", random.Next(2) == 0 ? "\"abc\"" : "\"99999999999\"");
                    }

                    using var response = await SendAsync(client, request);
                    requests++;
                    var status = response is null ? 400 : (int)response.StatusCode;
                    statuses[status] = statuses.GetValueOrDefault(status) + 1;
                    if (response is null)
                    {
                        continue;
                    }

                    var text = await response.Content.ReadAsStringAsync();
                    var described = $"{method.ToUpperInvariant()} {url} ({description}): {Cut(body)}";
                    if (status >= 500)
                    {
                        errors.Add(new Finding(described, status, Cut(text)));
                    }
                    else if (RefusedRequestLine(url, response, text))
                    {
                        continue;
                    }
                    else if (status is 400 or 422 && !NamesFieldOrRule(response, text))
                    {
                        unnamed.Add(new Finding(described, status, Cut(text)));
                    }
                    // With an odd path value or a malformed If-Match as well, or a route value the walk could not make
                    // plausible (a string it fills with "x"), naming that instead of the body's field is right.
                    else if (status == 400 && !odd && !badIfMatch && FieldMutations.FirstOrDefault(description.StartsWith) is { } mutation &&
                        !NamesField(response, text, description[(mutation.Length + " at ".Length)..]) &&
                        !NamesParameter(text, operation))
                    {
                        unnamed.Add(new Finding(described, status, Cut(text)));
                    }
                    else if (status is >= 200 and < 300)
                    {
                        known.Harvest(path, response, text);
                    }
                }
            }
        }

        return new Report(requests, errors, unnamed, statuses);
    }

    /// <summary>
    /// The response, or null where the in-memory test host refuses the request line itself (a path with an encoded NUL),
    /// which Kestrel answers with 400 before any service code runs.
    /// </summary>
    private static async Task<HttpResponseMessage?> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        try
        {
            return await client.SendAsync(request);
        }
        catch (InvalidOperationException refused) when (refused.Message.Contains("null characters", StringComparison.Ordinal))
        {
            return null;
        }
    }

    /// <summary>
    /// Kestrel refuses a path holding an encoded NUL with an empty 400 before any middleware runs (as the in-memory test
    /// host throws, see <see cref="SendAsync"/>): nothing a service could name.
    /// </summary>
    private static bool RefusedRequestLine(string url, HttpResponseMessage response, string body) =>
        response.StatusCode == System.Net.HttpStatusCode.BadRequest && url.Contains("%00", StringComparison.Ordinal) &&
        body.Length == 0 && response.Content.Headers.ContentType is null;

    private static bool NamesFieldOrRule(HttpResponseMessage response, string body)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return false;
        }

        try
        {
            return JsonNode.Parse(body) is JsonObject problem &&
                (problem["errors"] is JsonObject { Count: > 0 } || problem["rule"] is JsonValue);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool NamesField(HttpResponseMessage response, string body, string field) =>
        response.Content.Headers.ContentType?.MediaType == "application/problem+json" &&
        body.Contains(field, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the problem's <c>errors</c> name one of the operation's path or query parameters.</summary>
    private static bool NamesParameter(string body, JsonNode operation)
    {
        var names = (operation["parameters"]?.AsArray() ?? []).Select(p => p?["name"]?.GetValue<string>()).OfType<string>().ToList();
        try
        {
            return JsonNode.Parse(body)?["errors"] is JsonObject errors &&
                errors.Any(error => names.Contains(error.Key, StringComparer.OrdinalIgnoreCase));
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Cut(string? text) => text is null ? "" : text.Length <= 3000 ? text : text[..3000] + "…";

    private static string Url(string path, JsonNode operation, Random random, bool odd, KnownIds known)
    {
        var url = new StringBuilder();
        var previous = "";
        foreach (var segment in path.Split('/'))
        {
            if (url.Length > 0 || segment.Length > 0)
            {
                url.Append('/');
            }

            url.Append(System.Text.RegularExpressions.Regex.Replace(segment, "\\{([^}]+)\\}", match =>
                odd ? OddIds[random.Next(OddIds.Length)]
                : known.Pick(previous, random) ?? PlausiblePathValue(match.Groups[1].Value, operation, random)));
            previous = segment;
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

    private static (string Description, string Body) Body(JsonNode document, JsonNode schema, Random random, int round, KnownIds known)
    {
        var plausible = Plausible(document, schema, random, depth: 0);
        known.FillReferences(plausible, random);
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

        var (parent, key, field) = leaves[random.Next(leaves.Count)];
        var target = parent is JsonArray items ? items[int.Parse(key, CultureInfo.InvariantCulture)] : parent[key];
        var description = mutation switch
        {
            4 => Set(parent, key, target is JsonValue v && v.GetValueKind() == JsonValueKind.String ? JsonValue.Create(12345) : JsonValue.Create("not-the-type"), "wrong type"),
            5 => Set(parent, key, JsonValue.Create("nul\u0000inside"), "NUL character"),
            6 => Set(parent, key, JsonValue.Create("lone " + LoneSurrogateMarker + " surrogate"), "unpaired surrogate"),
            7 => Set(parent, key, JsonValue.Create(new string('h', 100_000)), "huge string"),
            8 => Set(parent, key, JsonValue.Create(1e308), "huge number"),
            9 => Remove(parent, key),
            10 => Set(root, "unexpectedField", JsonValue.Create(true), "extra field"),
            11 => Set(parent, key, JsonValue.Create("2025-02-30"), "impossible date"),
            _ => Set(parent, key, JsonValue.Create("no-such-value"), "unknown enum value"),
        };
        // A JSON writer replaces a lone surrogate by U+FFFD, so the escape a client in another language might send is put in by hand.
        return (description + " at " + field, root.ToJsonString().Replace(LoneSurrogateMarker, "\\ud800", StringComparison.Ordinal));
    }

    private const string LoneSurrogateMarker = "LONE-SURROGATE-HERE";

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

    /// <summary>Every value in the body: its parent, its key there, and the nearest property name (what a problem names).</summary>
    private static IEnumerable<(JsonNode Parent, string Key, string Field)> Leaves(JsonNode node, string field = "")
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    yield return (obj, key, key);
                    if (value is not null and not JsonValue)
                    {
                        foreach (var leaf in Leaves(value, key))
                        {
                            yield return leaf;
                        }
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    yield return (array, i.ToString(CultureInfo.InvariantCulture), field);
                    if (array[i] is { } item and not JsonValue)
                    {
                        foreach (var leaf in Leaves(item, field))
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

    private static string Fit(string text, JsonNode schema)
    {
        var min = schema["minLength"]?.GetValue<int>() ?? 0;
        var max = schema["maxLength"]?.GetValue<int>() ?? int.MaxValue;
        return text.Length > max ? text[..max] : text.PadRight(min, 'x');
    }

    /// <summary>A schema without a type still says what it constrains: properties an object, a length a string.</summary>
    private static string? ImpliedType(JsonNode schema) =>
        schema["properties"] is not null ? "object"
        : schema["items"] is not null || schema["maxItems"] is not null ? "array"
        : schema["maxLength"] is not null || schema["minLength"] is not null || schema["pattern"] is not null ? "string"
        : null;

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

        switch (TypeOf(schema) ?? ImpliedType(schema))
        {
            case "object":
                var result = new JsonObject();
                foreach (var (name, property) in schema["properties"]?.AsObject() ?? [])
                {
                    // What the document marks read-only is shown, never sent (the service would ignore it).
                    if (property?["readOnly"]?.GetValue<bool>() != true)
                    {
                        result[name] = Plausible(document, property, random, depth + 1);
                    }
                }

                return result;
            case "array":
                return new JsonArray(Plausible(document, schema["items"] ?? new JsonObject { ["type"] = "string" }, random, depth + 1));
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
                    _ => Fit("plausible text " + random.Next(1000).ToString(CultureInfo.InvariantCulture), schema),
                });
            default:
                return null;
        }
    }

    /// <summary>
    /// Ids of records the run has seen, by the path segment that names their collection (<c>funds</c>, <c>rounds</c>,
    /// <c>responses</c>): from each 2xx's <c>Location</c> header, and from the <c>id</c> of the object or list items it
    /// returned for a path ending in that collection.
    /// </summary>
    private sealed class KnownIds
    {
        private const int MaxPerCollection = 20;

        private readonly Dictionary<string, List<string>> byCollection = new(StringComparer.Ordinal);

        public string? Pick(string collection, Random random) =>
            byCollection.TryGetValue(collection, out var ids) && ids.Count > 0 ? ids[random.Next(ids.Count)] : null;

        public void Harvest(string documentPath, HttpResponseMessage response, string body)
        {
            if (response.Headers.Location is { } location)
            {
                var segments = location.OriginalString.Split('?')[0].Split('/', StringSplitOptions.RemoveEmptyEntries);
                if (segments.Length >= 2)
                {
                    Add(segments[^2], segments[^1]);
                }
            }

            var collection = documentPath.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(s => !s.StartsWith('{'));
            if (collection is null || response.Content.Headers.ContentType?.MediaType is not ("application/json" or "application/problem+json"))
            {
                return;
            }

            try
            {
                var items = JsonNode.Parse(body) switch
                {
                    JsonArray array => array.Take(MaxPerCollection),
                    JsonObject { } page when page["items"] is JsonArray array => array.Take(MaxPerCollection),
                    JsonObject single when documentPath.EndsWith(collection, StringComparison.Ordinal) => [single],
                    _ => [],
                };
                foreach (var item in items)
                {
                    if (item?["id"] is JsonValue id && id.GetValueKind() is JsonValueKind.String or JsonValueKind.Number)
                    {
                        Add(collection, id.ToString());
                    }
                }
            }
            catch (JsonException)
            {
                // Not JSON after all: nothing to learn.
            }
        }

        /// <summary>Properties named <c>fundId</c>, <c>priorityIds</c>: an id the run has seen in a collection whose name starts the same.</summary>
        public void FillReferences(JsonNode? node, Random random)
        {
            if (node is not JsonObject obj)
            {
                return;
            }

            foreach (var (name, value) in obj.ToList())
            {
                var stem = name.EndsWith("Id", StringComparison.Ordinal) ? name[..^2] : name.EndsWith("Ids", StringComparison.Ordinal) ? name[..^3] : null;
                if (stem is { Length: > 1 } && Collection(stem[..^1]) is { } collection)
                {
                    var id = collection[random.Next(collection.Count)];
                    obj[name] = value is JsonArray ? new JsonArray(JsonValue.Create(id)) : JsonValue.Create(id);
                }
                else if (value is JsonArray array)
                {
                    foreach (var item in array)
                    {
                        FillReferences(item, random);
                    }
                }
                else
                {
                    FillReferences(value, random);
                }
            }
        }

        private List<string>? Collection(string prefix) =>
            byCollection.Where(c => c.Value.Count > 0 && c.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).Select(c => c.Value).FirstOrDefault();

        private void Add(string collection, string id)
        {
            if (!Guid.TryParse(id, out _) && !long.TryParse(id, CultureInfo.InvariantCulture, out _))
            {
                return;
            }

            var ids = byCollection.TryGetValue(collection, out var list) ? list : byCollection[collection] = [];
            if (ids.Count < MaxPerCollection && !ids.Contains(id))
            {
                ids.Add(id);
            }
        }
    }
}
