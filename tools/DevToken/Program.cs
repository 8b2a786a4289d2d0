using System.Net.Http.Json;
using System.Text.Json;
using Platform.Contracts;

const string Usage = """
    usage: DevToken --agency AGENCY [--role ROLE...] [--district DISTRICT] [--subject SUB]
                    --authority URL --secret-file PATH
    Asks the identity service for a development token (any agency, roles and district; Development only) and prints
    it alone on the last line. Without --role the token is a partner organisation's member with no platform role,
    such as a grant applicant. ./platform token passes --authority and --secret-file.
    """;

// The identity service's development grant (services/Identity/Identity.Api/Connect/DevelopmentTokens.cs).
const string DevelopmentGrant = "urn:csp:params:oauth:grant-type:development";
const string DevelopmentClient = "csp-development";

string? agency = null, district = null, subject = null, authority = null, secretFile = null;
var roles = new List<string>();

for (var i = 0; i < args.Length; i++)
{
    var value = i + 1 < args.Length ? args[i + 1] : null;
    if (value is null && args[i] is not ("-h" or "--help"))
    {
        return Fail($"{args[i]} needs a value\n{Usage}");
    }

    switch (args[i])
    {
        case "--agency": agency = value; break;
        case "--role": roles.Add(value!); break;
        case "--district": district = value; break;
        case "--subject": subject = value; break;
        case "--authority": authority = value; break;
        case "--secret-file": secretFile = value; break;
        case "-h" or "--help": Console.Error.WriteLine(Usage); return 0;
        default: return Fail($"unknown argument '{args[i]}'\n{Usage}");
    }

    i++;
}

if (!Agencies.IsWellFormed(agency))
{
    return Fail($"--agency needs a slug such as {Agencies.Opcc} (lower-case words joined by hyphens), not '{agency}'");
}

if (roles.FirstOrDefault(role => !Roles.All.Contains(role)) is { } unknownRole)
{
    return Fail($"unknown role '{unknownRole}'; roles are: {string.Join(", ", Roles.All)}");
}

if (district is not null && !Districts.IsArea(district))
{
    return Fail($"unknown district '{district}'; districts are: {string.Join(", ", Districts.All)}, {Districts.County}");
}

if (authority is null || secretFile is null)
{
    return Fail($"--authority and --secret-file are required\n{Usage}");
}

if (!File.Exists(secretFile))
{
    return Fail($"no development client secret at {secretFile}; ./platform up creates it");
}

var form = new List<KeyValuePair<string, string>>
{
    new("grant_type", DevelopmentGrant),
    new("client_id", DevelopmentClient),
    new("client_secret", File.ReadAllText(secretFile).Trim()),
    new("agency", agency!),
};
form.AddRange(roles.Select(role => new KeyValuePair<string, string>("role", role)));
if (district is not null)
{
    form.Add(new("district", district));
}

if (subject is not null)
{
    form.Add(new("subject", subject));
}

using var http = new HttpClient();
HttpResponseMessage response;
try
{
    response = await http.PostAsync(new Uri(new Uri(authority.TrimEnd('/') + "/"), "connect/token"), new FormUrlEncodedContent(form));
}
catch (HttpRequestException failure)
{
    return Fail($"the identity service at {authority} did not answer ({failure.Message}); is ./platform up running?");
}

var body = await response.Content.ReadFromJsonAsync<JsonElement>();
if (!response.IsSuccessStatusCode)
{
    return Fail($"the identity service refused: {body}");
}

Console.Error.WriteLine(
    $"agency {agency}, roles {(roles.Count == 0 ? "none" : string.Join(", ", roles))}{(district is null ? "" : $", district {district}")}, valid {body.GetProperty("expires_in").GetInt32() / 60} min, from {authority}");
Console.WriteLine(body.GetProperty("access_token").GetString());
return 0;

static int Fail(string message)
{
    Console.Error.WriteLine($"error: {message}");
    return 2;
}
