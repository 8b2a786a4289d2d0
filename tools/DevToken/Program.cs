using System.Globalization;
using Platform.Contracts;
using Platform.Testing;

const string Usage = """
    usage: DevToken --agency AGENCY --role ROLE [--role ROLE...] [--district DISTRICT] [--minutes N]
                    [--key-file PATH] [--issuer ISSUER] [--audience AUDIENCE] [--subject SUB]
    Prints a development JWT alone on the last line. The key file defaults to .platform/dev-signing-key.
    """;

string? agency = null, district = null, subject = null;
string issuer = "csp-dev", audience = "csp-platform";
var keyFile = Path.Combine(RepositoryRoot.FullPath, ".platform", "dev-signing-key");
var minutes = 60;
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
        case "--issuer": issuer = value!; break;
        case "--audience": audience = value!; break;
        case "--key-file": keyFile = value!; break;
        case "--minutes" when int.TryParse(value, CultureInfo.InvariantCulture, out var parsed) && parsed > 0: minutes = parsed; break;
        case "--minutes": return Fail($"--minutes needs a positive whole number, not '{value}'");
        case "-h" or "--help": Console.Error.WriteLine(Usage); return 0;
        default: return Fail($"unknown argument '{args[i]}'\n{Usage}");
    }

    i++;
}

if (!Agencies.IsWellFormed(agency))
{
    return Fail($"--agency needs a slug such as {Agencies.Opcc} (lower-case words joined by hyphens), not '{agency}'");
}

if (roles.Count == 0)
{
    return Fail($"give at least one --role: {string.Join(", ", Roles.All)}");
}

if (roles.FirstOrDefault(role => !Roles.All.Contains(role)) is { } unknownRole)
{
    return Fail($"unknown role '{unknownRole}'; roles are: {string.Join(", ", Roles.All)}");
}

if (district is not null && !Districts.IsArea(district))
{
    return Fail($"unknown district '{district}'; districts are: {string.Join(", ", Districts.All)}, {Districts.County}");
}

if (!File.Exists(keyFile))
{
    return Fail($"no signing key at {keyFile}; ./platform up creates it");
}

var token = DevTokens.Issue(File.ReadAllText(keyFile).Trim(), agency!, roles, district, TimeSpan.FromMinutes(minutes),
    issuer, audience, subject);
Console.Error.WriteLine(
    $"agency {agency}, roles {string.Join(", ", roles)}{(district is null ? "" : $", district {district}")}, valid {minutes} min, issuer {issuer}, audience {audience}");
Console.WriteLine(token);
return 0;

static int Fail(string message)
{
    Console.Error.WriteLine($"error: {message}");
    return 2;
}
